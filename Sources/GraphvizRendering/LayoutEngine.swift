/// A Graphviz layout engine, named as Graphviz names it.
///
/// `dot` draws hierarchies (ranks, clusters); `neato`, `fdp` and `sfdp` are force-directed, `sfdp` being the
/// one that scales to thousands of nodes; `circo` is circular and `twopi` radial.
public enum LayoutEngine: String, CaseIterable, Sendable {
  case dot, neato, fdp, sfdp, circo, twopi

  /// The engine named `name`, ignoring ASCII case.
  ///
  /// - Throws: `RenderError.unknownLayoutEngine` naming `name` and listing the valid names.
  /// - Complexity: O(1).
  public init(parsing name: String) throws(RenderError) {
    guard let engine = LayoutEngine(rawValue: name.lowercased()) else { throw .unknownLayoutEngine(name) }
    self = engine
  }
}

/// An output format that Graphviz renders in memory.
///
/// `svg`, `png` (through cairo) and `pdf` are pictures; `dot` and `xdot` are the input with layout positions
/// added (`xdot` with drawing operations), and `json` is the same as JSON.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf, dot, xdot, json

  /// The format named `name`, ignoring ASCII case.
  ///
  /// - Throws: `RenderError.unknownFormat` naming `name` and listing the valid names.
  /// - Complexity: O(1).
  public init(parsing name: String) throws(RenderError) {
    guard let format = RenderFormat(rawValue: name.lowercased()) else { throw .unknownFormat(name) }
    self = format
  }
}
