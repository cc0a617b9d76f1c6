import ArgumentParser
import OrgAnalysis

/// `crosstalk title-rules`: prints the built-in title rules, a file to copy and edit for `--title-rules`.
struct TitleRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "title-rules",
    abstract: "Print the built-in rules that give a level to a job title (edit a copy, pass it with --title-rules).")

  func run() { print(TitleRules.builtInText, terminator: "") }
}
