import Foundation
import TestSupport
import Testing

/// Shared helpers for running the built `crosstalk` binary on the committed sample and on files the tests write.
enum CLI {
  static let sampleExport = "Samples/slack-export.zip"
  static let sampleOrgChart = "Samples/org-chart.csv"
  static let bands = "0=executive,1=director,2=manager,3-=staff"
  /// The sample with its org chart and no permutation test (it adds time and nothing these tests check).
  static let sampleArguments = [sampleExport, "--org", sampleOrgChart, "--permutations", "0"]

  static func run(_ arguments: [String]) throws -> CommandRunner.Result { try CommandRunner.run(arguments) }

  /// `analyze` of the sample as JSON, run once for every test that reads it.
  static let sampleJSON: Result<CommandRunner.Result, any Error> = Result {
    try run(["analyze"] + sampleArguments + ["--level-bands", bands, "--format", "json"])
  }

  /// The top-level JSON object of a run's standard output.
  static func object(_ result: CommandRunner.Result) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
  }

  /// Writes `text` to a new file `name` in a fresh temporary folder and returns its path.
  static func write(_ text: String, named name: String) throws -> String {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The documented keys of a `people` row (DESIGN.md "JSON output") that the analysis computes today, plus the
  /// component numbers; see `PeopleTable.columns`.
  static let peopleKeys = [
    "id", "name", "title", "department", "level", "level_rank", "level_source", "manager", "has_direct_reports",
    "org_match", "messages", "replies_sent",
    "replies_received", "in_degree", "out_degree", "in_strength", "out_strength", "pagerank", "betweenness",
    "closeness", "harmonic", "hub", "authority", "constraint", "effective_size", "efficiency", "hierarchy",
    "core_number", "community", "community_participation", "group_participation", "brokerage", "brokerage_z",
    "weak_component", "strong_component", "persona",
  ]
}

extension CommandRunner.Result {
  /// Standard output split into lines, without the final empty one.
  var outputLines: [String] {
    outputText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(
      outputText.hasSuffix("\n") ? 1 : 0)
  }
}
