import ArgumentParser
import DOT
import Foundation
import GraphvizRendering
import OrgAnalysis
import Reports

/// `crosstalk report`: one self-contained HTML file with the summary, ambassadors, influencers and
/// bridge-builders, personas, the pictures, the level and department heat maps, participation, conversation
/// health, trends per month and the definitions.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one self-contained HTML report: summary, ambassadors, roles, pictures, participation, trends.",
    discussion: """
      The report is a single HTML file with its styles and pictures inside (SVG drawn by Graphviz in the \
      process, charts drawn by Crosstalk): it needs no network, no script and no font, and a \
      Content-Security-Policy tag makes the browser block anything else. It prints well.

      Ambassadors, influencers and bridge-builders come with their reasons in words; --top, --shortlist and \
      --ambassador-weights tune them as in `analyze` (docs/roles.md). Trends are per month unless --window says \
      otherwise. Sections whose data is missing (levels and \
      departments without --org) say so in one line. Departments and levels of fewer than 5 people are left \
      out of every group figure unless --min-group-size says otherwise; --pseudonymize shows people by keyed \
      pseudonyms.

      Example:
        crosstalk report Samples/slack-export.zip --org Samples/org-chart.csv \
      --level-bands 0=executive,1=director,2=manager,3-=staff --output report.html
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The HTML file to write.")
  var output: String

  @Option(help: "The report's title.")
  var title: String = "Crosstalk report"

  @OptionGroup var roleArguments: RoleArguments

  @Option(help: "How many people the overall ambassador, influencer and bridge-builder lists show.")
  var top: Int = 10

  func validate() throws {
    guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top).") }
  }

  func run() throws {
    var input = self.input
    if input.window == nil { input.window = .month }
    let analysis = try AnalysisRun.analyze(
      input, roles: try roleArguments.options(top: top), defaultMinGroupSize: 5)
    let html = HTMLReport(title: title).render(analysis, pictures: Self.graphviz)
    try Terminal.write(Data(html.utf8), to: output)
    Terminal.progress("wrote \(output) (\(html.utf8.count / 1024) kB)")
  }

  /// Draws the report's pictures as SVG with Graphviz in this process.
  static let graphviz = PictureRenderer { graph, engineName in
    let engine = LayoutEngine(rawValue: engineName) ?? .dot
    let bytes = try PictureDrawing.draw(graph, engine: engine, format: .svg)
    return String(decoding: bytes, as: UTF8.self)
  }
}
