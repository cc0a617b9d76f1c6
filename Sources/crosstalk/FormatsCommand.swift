import ArgumentParser
import Importers

/// `crosstalk formats`: the input formats this build reads and what each provides.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats", abstract: "List the export formats Crosstalk reads and what each provides.")

  func run() {
    for format in ExportFormat.allCases {
      let provides = format.capabilities.map(\.rawValue).joined(separator: ", ")
      print("\(format.rawValue)\n  \(format.summary)\n  provides: \(provides)")
      if let note = format.replyNote { print("  replies: \(note)") }
      print("  e.g. \(format.example)")
    }
  }
}
