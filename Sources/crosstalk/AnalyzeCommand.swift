import ArgumentParser
import Foundation
import Reports

/// `crosstalk analyze`: the analysis as a terminal summary, JSON, CSV, Markdown, or the graph as GraphML or GEXF.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse who answers whom: counts, influence, and talk across levels and departments.",
    discussion: """
      Examples:
        crosstalk analyze Samples/slack-export.zip --org Samples/org-chart.csv \\
          --level-bands 0=executive,1=director,2=manager,3-=staff
        crosstalk analyze export.zip --format json --output analysis.json
        crosstalk analyze emails.csv --from interactions-csv --columns source=Sender,target=Recipient,time=Date
        crosstalk analyze export.zip --org org.csv --format graphml --output graph.graphml

      graphml and gexf write the selected graph: one node per person who took part (id = person id) with every \
      people-table column as a node attribute, and directed edges with weight = interaction count. Gephi opens \
      both; NetworkX reads them with read_graphml and read_gexf.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, graphml, gexf
  }

  @OptionGroup var input: InputOptions
  @OptionGroup var roleArguments: RoleArguments

  @Option(
    help: """
      Output format: table (a readable summary), json (everything), csv (the people table), markdown, \
      graphml or gexf (the graph with every people-table column on its nodes and weighted edges).
      """)
  var format: Format = .table

  @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output.")
  var output: String?

  @Option(help: "How many people the summary's rankings (and the JSON roles lists) list.")
  var top: Int = 10

  func validate() throws {
    guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top).") }
  }

  func run() throws {
    let analysis = try AnalysisRun.analyze(input, roles: try roleArguments.options(top: top))
    let text: String =
      switch format {
      case .table: AnalysisSummary.render(analysis, style: .terminal, top: top)
      case .markdown: "# Crosstalk analysis\n\n" + AnalysisSummary.render(analysis, style: .markdown, top: top)
      case .json: AnalysisJSON.render(analysis)
      case .csv: PeopleTable.csv(analysis)
      case .graphml: GraphMLWriter.render(analysis)
      case .gexf: GEXFWriter.render(analysis)
      }
    try Terminal.write(Data(text.utf8), to: output)
  }
}
