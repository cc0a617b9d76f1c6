import DOT
import OrgAnalysis

/// One part of the HTML report: an anchor id, a heading, and either its body or why it is left out.
///
/// Choices: a section whose data is missing (no org chart, no windows) is not hidden silently: it stays in the
/// report as its heading and a one-line reason, so the reader knows what to add to get it. The body is HTML
/// markup that is already escaped (build it with `HTML`).
public struct ReportSection: Sendable, Equatable {
  /// What the section shows.
  public enum Content: Sendable, Equatable {
    /// Escaped HTML markup.
    case body(String)
    /// Plain text (escaped when written) saying which data is missing.
    case omitted(reason: String)
  }

  /// The anchor of the section, unique in the report: letters, digits and `-`.
  public var id: String
  /// The heading, plain text.
  public var title: String
  public var content: Content

  public init(id: String, title: String, content: Content) {
    self.id = id
    self.title = title
    self.content = content
  }

  /// Builds one section from what the report knows; `HTMLReport.standardSections` lists the report's sections.
  public typealias Builder = @Sendable (ReportContext) -> ReportSection
}

/// Everything a section builder may use: the analysis and a way to draw Graphviz pictures.
public struct ReportContext: Sendable {
  public var analysis: Analysis
  public var pictures: PictureRenderer

  public init(analysis: Analysis, pictures: PictureRenderer) {
    self.analysis = analysis
    self.pictures = pictures
  }

  /// The picture of `graph` laid out with `engine`, as an inline SVG figure with `caption`, or a paragraph
  /// saying why it could not be drawn.
  /// - Complexity: that of the layout, plus O(n) in the SVG's length.
  func figure(_ graph: DOTGraph, engine: String, id: String, caption: String) -> String {
    do {
      let svg = try InlineSVG.clean(pictures.svg(graph, engine), idPrefix: id)
      return "<figure class=\"picture\">" + svg + "<figcaption>" + HTML.text(caption) + "</figcaption></figure>"
    } catch {
      return HTML.paragraph("The picture could not be drawn: \(error)", className: "missing")
    }
  }
}

/// Draws DOT as SVG text; the report's caller supplies it (Graphviz lives outside this module).
///
/// Choices: a closure rather than a dependency on `GraphvizRendering`, so `Reports` builds and tests without
/// Graphviz; tests pass a fake that returns a fixed SVG or throws.
public struct PictureRenderer: Sendable {
  /// Returns the SVG document for a DOT graph and a layout engine name (`dot`, `neato`, `sfdp`, …).
  public var svg: @Sendable (DOTGraph, _ engine: String) throws -> String

  public init(svg: @escaping @Sendable (DOTGraph, _ engine: String) throws -> String) {
    self.svg = svg
  }
}
