import Foundation
import TestSupport
import Testing

/// `crosstalk analyze` of the committed sample in every output format.
@Suite struct AnalyzeOutputTests {
  private func sampleJSON() throws -> (CommandRunner.Result, [String: Any]) {
    let result = try CLI.sampleJSON.get()
    #expect(result.status == 0, "\(result.standardError)")
    return (result, try CLI.object(result))
  }

  @Test func jsonHasTheSchemaAndTheDocumentedKeysInOrder() throws {
    let (result, object) = try sampleJSON()
    #expect(object["schema"] as? String == "crosstalk.analysis/1")
    let topLevelKeys = result.outputLines.compactMap { line -> String? in
      guard line.hasPrefix("  \""), !line.hasPrefix("   "), let end = line.dropFirst(3).firstIndex(of: "\"") else {
        return nil
      }
      return String(line[line.index(line.startIndex, offsetBy: 3) ..< end])
    }
    // DESIGN.md "JSON output" order; `departments` repeats department mixing whatever `--group-by` is,
    // `health` follows `participation`, `org` is the org-chart join.
    #expect(topLevelKeys == [
      "schema", "inputs", "diagnostics", "summary", "people", "levels", "groups", "departments", "hierarchy",
      "participation", "health", "roles", "org",
    ])
  }

  @Test func inputsReconcileReadWithUsedAndSkipped() throws {
    let (_, object) = try sampleJSON()
    let inputs = try #require(object["inputs"] as? [[String: Any]])
    #expect(inputs.count == 1)
    for input in inputs {
      #expect(input["path"] as? String == CLI.sampleExport)
      #expect(input["format"] as? String == "slack")
      let read = try #require(input["records_read"] as? Int)
      let used = try #require(input["records_used"] as? Int)
      let skipped = try #require(input["records_skipped"] as? [String: Int])
      #expect(read > 0)
      #expect(read == used + skipped.values.reduce(0, +))
    }
  }

  @Test func summaryAgreesWithThePeopleRows() throws {
    let (_, object) = try sampleJSON()
    let summary = try #require(object["summary"] as? [String: Any])
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(summary["people"] as? Int == people.count)
    let withNode = people.filter { ($0["in_degree"] as? Int ?? 0) + ($0["out_degree"] as? Int ?? 0) > 0 }
    #expect(summary["nodes"] as? Int == withNode.count)
    #expect(summary["active_people"] as? Int == withNode.count)
    let interactions = try #require(summary["interactions"] as? [String: Int])
    #expect(Set(interactions.keys) == ["reply", "mention", "reaction", "message"])
    #expect(summary["inferred_replies"] as? Int == 0)
    #expect(summary["kinds"] as? [String] == ["reply", "mention", "message"])
    // Every edge's weight leaves one person and reaches another.
    let totalWeight = try #require(summary["total_weight"] as? Double)
    let outStrength = people.compactMap { $0["out_strength"] as? Double }.reduce(0, +)
    let inStrength = people.compactMap { $0["in_strength"] as? Double }.reduce(0, +)
    #expect(isClose(outStrength, totalWeight, relative: 1e-12))
    #expect(isClose(inStrength, totalWeight, relative: 1e-12))
    // The selected kinds' counts make up the total weight (each interaction weighs 1 in a Slack export).
    let selected = ["reply", "mention", "message"].compactMap { interactions[$0] }.reduce(0, +)
    #expect(isClose(Double(selected), totalWeight, relative: 1e-12))
    // PageRank is a probability distribution over the nodes.
    let pagerank = people.compactMap { $0["pagerank"] as? Double }.reduce(0, +)
    #expect(isClose(pagerank, 1, relative: 1e-9))
  }

  @Test func everyPersonRowHasTheDocumentedKeys() throws {
    let (_, object) = try sampleJSON()
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(!people.isEmpty)
    for row in people {
      #expect(Set(row.keys) == Set(CLI.peopleKeys), "\(row["id"] ?? "?")")
      #expect(row["id"] is String)
    }
  }

  @Test func levelMatrixSumsToTheIncludedWeight() throws {
    let (_, object) = try sampleJSON()
    let levels = try #require(object["levels"] as? [String: Any])
    #expect(levels["order"] as? [String] == ["executive", "director", "manager", "staff"])
    let matrix = try #require(levels["matrix"] as? [[Double]])
    #expect(matrix.count == 4 && matrix.allSatisfy { $0.count == 4 })
    let included = try #require(levels["included_weight"] as? Double)
    #expect(isClose(matrix.joined().reduce(0, +), included, relative: 1e-12))
    let excluded = try #require(levels["excluded_weight"] as? Double)
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(isClose(included + excluded, try #require(summary["total_weight"] as? Double), relative: 1e-12))
    let shares = ["upward_share", "downward_share", "lateral_share"].compactMap { levels[$0] as? Double }
    #expect(shares.count == 3)
    #expect(isClose(shares.reduce(0, +), 1, relative: 1e-12))
  }

  @Test func csvHeaderIsThePeopleKeys() throws {
    let result = try CLI.run(["analyze"] + CLI.sampleArguments + ["--format", "csv"])
    #expect(result.status == 0, "\(result.standardError)")
    // The JSON objects `brokerage` and `brokerage_z` spread into one CSV column per role.
    let roles = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"]
    let csvKeys = CLI.peopleKeys.flatMap { key in
      switch key {
      case "brokerage": roles.map { "brokerage_\($0)" }
      case "brokerage_z": (roles + ["total"]).map { "brokerage_z_\($0)" }
      default: [key]
      }
    }
    #expect(result.outputLines.first == csvKeys.joined(separator: ","))
    let (_, object) = try sampleJSON()
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(result.outputLines.count == people.count + 1)  // the sample's names hold no line breaks
  }

  @Test func markdownStartsWithTheTitle() throws {
    let result = try CLI.run(["analyze"] + CLI.sampleArguments + ["--format", "markdown"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.outputText.hasPrefix("# Crosstalk analysis\n\n"))
    #expect(result.outputText.contains("## Top people by PageRank\n\n| # | person |"))
  }

  @Test func outputFileReceivesTheResultAndStandardOutputStaysEmpty() throws {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent("analysis.json")
    let result = try CLI.run(["analyze"] + CLI.sampleArguments + ["--format", "json", "--output", url.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    #expect(object["schema"] as? String == "crosstalk.analysis/1")
  }

  @Test func tableShowsRankingsLevelsAndTheOrgChartJoin() throws {
    let result = try CLI.run(["analyze"] + CLI.sampleArguments)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.outputLines
    for heading in ["Top people by PageRank", "Top people by betweenness", "Talk across levels", "Org chart"] {
      #expect(lines.contains(heading), "missing \(heading)")
    }
    // The committed sample: 60 chart rows; one Slack user (UT6L4JRYM) has no row and row e015 no Slack user.
    #expect(lines.contains("60 entries, 60 with a known level. Matched 59 people (0 by id, 59 by e-mail, 0 by name)."))
    #expect(lines.contains("People in the export not in the chart: 1: UT6L4JRYM."))
    #expect(lines.contains("Chart entries not in the export: 1: e015."))
    #expect(result.standardError.contains("warning: person in the export has no org-chart entry"))
  }

  @Test func tableWithoutAnOrgChartHasNoLevelSection() throws {
    let result = try CLI.run(["analyze", CLI.sampleExport, "--permutations", "0"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.outputLines.contains("Talk across levels"))
    #expect(result.outputLines.contains("Top people by PageRank"))
  }

  @Test func strictTurnsTheUnmatchedPersonWarningIntoFailure() throws {
    let strict = try CLI.run(["analyze"] + CLI.sampleArguments + ["--strict"])
    #expect(strict.status == 1)
    #expect(strict.standardError.contains("crosstalk: error: warnings were reported and --strict is set"))
    #expect(strict.standardOutput.isEmpty)
    let lenient = try CLI.run(["analyze"] + CLI.sampleArguments + ["--format", "csv"])
    #expect(lenient.status == 0)
  }
}
