import ArgumentParser
import Foundation
import OrgAnalysis
import Reports

/// `crosstalk people`: everyone in one role or persona, with score and reasons.
struct PeopleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "List the people in a role or persona, with score and reasons.",
    discussion: """
      Roles are ranked by score, best first: influencer (attention received), bridge-builder (connects \
      separate people and groups), ambassador (weighted score, broadcasters excluded). Personas list people in \
      table order: engager, catalyst, responder, broadcaster, observer (observers need the export's full user \
      directory). docs/roles.md defines each one.

      Examples:
        crosstalk people export.zip --org org.csv --role ambassador --shortlist 5
        crosstalk people export.zip --org org.csv --role influencer \\
          --department Sales --level 2 --format csv
        crosstalk people export.zip --role broadcaster
        crosstalk people export.zip --org org.csv --role ambassador \\
          --ambassador-weights influence=0.5,bridging=0.5
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
  }

  @OptionGroup var input: InputOptions
  @OptionGroup var roleArguments: RoleArguments

  @Option(help: "The role or persona to list.")
  var role: RoleListing.Role

  @Option(help: "Only people of this department.")
  var department: String?

  @Option(help: "Only people of this level (its name, or its rank number without --level-bands).")
  var level: String?

  @Option(help: "Output format: table, csv or json.")
  var format: Format = .table

  @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output.")
  var output: String?

  func run() throws {
    let analysis = try AnalysisRun.analyze(input, roles: try roleArguments.options(top: 10))
    let lines = RoleListing.lines(analysis, role: role, department: department, level: level)
    let text: String =
      switch format {
      case .table: RoleListing.table(lines)
      case .csv: RoleListing.csv(lines)
      case .json: RoleListing.json(lines, role: role)
      }
    try Terminal.write(Data(text.utf8), to: output)
  }
}

extension RoleListing.Role: ExpressibleByArgument {}
