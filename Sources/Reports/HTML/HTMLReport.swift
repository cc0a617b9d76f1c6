import OrgAnalysis

/// The self-contained HTML report (`crosstalk report`): one file with inline CSS and inline SVG, no script, no
/// font and no reference to the network, readable on a screen and in print.
///
/// Structure: a title, a table of contents, then one `<section>` per `ReportSection.Builder` in `sections`,
/// in order. To add a section, write a `ReportSection.Builder` in its own file under `Reports/HTML/` and list
/// it in `standardSections` (or pass your own list).
///
/// Choices: the markup is XHTML-compatible HTML5 (every element closed, attributes quoted, only XML's
/// predefined entities), so it also parses as XML; a Content-Security-Policy meta tag
/// (`default-src 'none'; style-src 'unsafe-inline'; img-src data:`) makes a browser block, and report, any
/// request to anything outside the file. The only addresses in the file are the XHTML and SVG namespace names.
public struct HTMLReport: Sendable {
  /// The report's sections, in reading order.
  public static let standardSections: [ReportSection.Builder] = [
    ReportSection.summary, ReportSection.ambassadors, ReportSection.influencers, ReportSection.personas,
    ReportSection.hierarchy, ReportSection.departments, ReportSection.network, ReportSection.participation,
    ReportSection.health, ReportSection.trends, ReportSection.methods,
  ]

  public var title: String
  public var sections: [ReportSection.Builder]

  public init(title: String = "Crosstalk report", sections: [ReportSection.Builder] = HTMLReport.standardSections) {
    self.title = title
    self.sections = sections
  }

  /// The report of `analysis`, with pictures drawn by `pictures`.
  /// - Complexity: the sum of the sections' costs, dominated by the Graphviz layouts.
  public func render(_ analysis: Analysis, pictures: PictureRenderer) -> String {
    let context = ReportContext(analysis: analysis, pictures: pictures)
    return document(sections.map { $0(context) })
  }

  /// The whole document around already built sections.
  /// - Complexity: O(n) in the total length of the sections.
  public func document(_ built: [ReportSection]) -> String {
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
      <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>\(HTML.text(title))</title>
      <style>\(ReportStyle.css)</style>
      </head>
      <body>
      <header><h1>\(HTML.text(title))</h1></header>

      """
    html += "<nav aria-label=\"Contents\"><h2>Contents</h2><ol>"
    html += built.map { "<li><a href=\"#\($0.id)\">" + HTML.text($0.title) + "</a></li>" }.joined()
    html += "</ol></nav>\n<main>\n"
    for section in built {
      html += "<section id=\"\(section.id)\"><h2>" + HTML.text(section.title) + "</h2>"
      switch section.content {
      case .body(let body): html += body
      case .omitted(let reason): html += HTML.paragraph(reason, className: "missing")
      }
      html += "</section>\n"
    }
    return html + "</main>\n<footer><p>Written by Crosstalk, offline; this file loads nothing from elsewhere.</p>"
      + "</footer>\n</body>\n</html>\n"
  }

  /// Blocks every request except inline styles and `data:` images.
  public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
}
