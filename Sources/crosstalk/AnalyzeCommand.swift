import ArgumentParser
import Foundation
import Reports

/// `crosstalk analyze`: the analysis as a terminal summary, JSON, CSV or Markdown.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse who answers whom: counts, influence, brokerage, and talk across levels and departments.",
    discussion: """
      Examples:
        crosstalk analyze Samples/slack-export.zip --org Samples/org-chart.csv --level-bands 0=executive,1=director,2=manager,3-=staff
        crosstalk analyze export.zip --format json --output analysis.json
        crosstalk analyze emails.csv --from interactions-csv --columns source=Sender,target=Recipient,time=Date
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: table (a readable summary), json (everything), csv (the people table), markdown.")
  var format: Format = .table

  @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output.")
  var output: String?

  @Option(help: "How many people the summary's rankings list.")
  var top: Int = 10

  func validate() throws {
    guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top).") }
  }

  func run() throws {
    let analysis = try AnalysisRun.analyze(input)
    let text: String =
      switch format {
      case .table: AnalysisSummary.render(analysis, style: .terminal, top: top)
      case .markdown: "# Crosstalk analysis\n\n" + AnalysisSummary.render(analysis, style: .markdown, top: top)
      case .json: AnalysisJSON.render(analysis)
      case .csv: PeopleTable.csv(analysis)
      }
    try Terminal.write(Data(text.utf8), to: output)
  }
}
