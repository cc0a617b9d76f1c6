/// Why a DOT document could not be rendered, or why an engine or format name was not understood.
///
/// Graphviz's own messages (captured from its error handler, trimmed) are carried as `message`.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The DOT text did not parse; `message` is the Graphviz parser's message.
  case invalidDOT(message: String)
  /// The layout engine failed on a parsed graph.
  case layoutFailed(engine: LayoutEngine, message: String)
  /// Rendering a laid-out graph to the format failed.
  case renderFailed(format: RenderFormat, message: String)
  /// A layout engine name that is not one of `LayoutEngine.allCases`.
  case unknownLayoutEngine(String)
  /// A format name that is not one of `RenderFormat.allCases`.
  case unknownFormat(String)

  public var description: String {
    switch self {
    case let .invalidDOT(message):
      "invalid DOT: \(message)"
    case let .layoutFailed(engine, message):
      "layout with engine '\(engine.rawValue)' failed: \(message)"
    case let .renderFailed(format, message):
      "rendering to format '\(format.rawValue)' failed: \(message)"
    case let .unknownLayoutEngine(name):
      "unknown layout engine '\(name)' (expected one of: \(Self.choices(LayoutEngine.allCases.map(\.rawValue))))"
    case let .unknownFormat(name):
      "unknown output format '\(name)' (expected one of: \(Self.choices(RenderFormat.allCases.map(\.rawValue))))"
    }
  }

  private static func choices(_ names: [String]) -> String {
    names.sorted().joined(separator: ", ")
  }
}
