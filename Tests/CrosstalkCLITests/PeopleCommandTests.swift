import Foundation
import TestSupport
import Testing

/// `crosstalk people --role` and the `roles` object of `analyze --format json` on the committed sample.
@Suite struct PeopleCommandTests {
  private static let bands = ["--level-bands", CLI.bands]

  @Test func ambassadorsOfOneDepartmentAreRankedWithReasons() throws {
    let result = try CLI.run(
      ["people"] + CLI.sampleArguments + Self.bands + ["--role", "ambassador", "--department", "Sales", "--format",
                                                       "json"])
    #expect(result.status == 0)
    let object = try CLI.object(result)
    #expect(object["role"] as? String == "ambassador")
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(!people.isEmpty)
    #expect(people.allSatisfy { $0["department"] as? String == "Sales" })
    let scores = people.compactMap { $0["score"] as? Double }
    #expect(scores.count == people.count && scores == scores.sorted(by: >))
    #expect(people.allSatisfy { (($0["reasons"] as? [String])?.count ?? 0) >= 1 })
  }

  /// The persona listing and the JSON persona counts agree, and the people rows carry the same persona.
  @Test func personaListingMatchesTheCountsOfAnalyze() throws {
    let analyze = try CLI.object(try CLI.sampleJSON.get())
    let roles = try #require(analyze["roles"] as? [String: Any])
    let personas = try #require(roles["personas"] as? [String: Any])
    let counts = try #require(personas["counts"] as? [String: Int])
    let rows = try #require(analyze["people"] as? [[String: Any]])
    #expect(counts.values.reduce(0, +) == rows.count)
    let result = try CLI.run(["people"] + CLI.sampleArguments + ["--role", "responder", "--format", "csv"])
    #expect(result.status == 0)
    #expect(result.outputLines.first == "rank,id,name,department,level,score,reasons")
    #expect(result.outputLines.count - 1 == counts["responder"])
    #expect(rows.filter { $0["persona"] as? String == "responder" }.count == counts["responder"])
  }

  /// Asking fewer replies per post of a catalyst can only add catalysts (the rule is tried before responder and
  /// engager, after observer and broadcaster, which the threshold does not touch); the JSON echoes the value.
  @Test func personaThresholdsChangeThePersonas() throws {
    func catalysts(_ extra: [String]) throws -> (count: Int, thresholds: [String: Double]) {
      let result = try CLI.run(["analyze"] + CLI.sampleArguments + extra + ["--format", "json"])
      #expect(result.status == 0, "\(result.standardError)")
      let personas = try #require((try CLI.object(result)["roles"] as? [String: Any])?["personas"] as? [String: Any])
      let counts = try #require(personas["counts"] as? [String: Int])
      return (counts["catalyst"] ?? 0, try #require(personas["thresholds"] as? [String: Double]))
    }
    let standard = try catalysts([])
    let eager = try catalysts(["--persona-thresholds", "catalyst_minimum_replies_per_post=0.5"])
    #expect(eager.count > standard.count)
    #expect(eager.thresholds["catalyst_minimum_replies_per_post"] == 0.5)
    let bad = try CLI.run(["analyze", CLI.sampleExport, "--persona-thresholds", "loud=1"])
    #expect(bad.status == 64 && bad.standardError.contains("--persona-thresholds: unknown persona threshold 'loud'"))
  }

  @Test func rolesObjectHasTheDocumentedKeys() throws {
    let analyze = try CLI.object(try CLI.sampleJSON.get())
    let roles = try #require(analyze["roles"] as? [String: Any])
    #expect(Set(roles.keys) == ["influencers", "bridge_builders", "ambassadors", "personas"])
    let ambassadors = try #require(roles["ambassadors"] as? [String: Any])
    #expect(Set(ambassadors.keys) == ["weights", "eligible", "overall", "by_department", "by_level"])
    let byLevel = try #require(ambassadors["by_level"] as? [String: [[String: Any]]])
    #expect(Set(byLevel.keys) == ["executive", "director", "manager", "staff"])
    #expect(byLevel.values.allSatisfy { $0.count <= 3 })
    let influencers = try #require(roles["influencers"] as? [[String: Any]])
    #expect(influencers.count == 10)
    let first = try #require(influencers.first)
    #expect(Set(first.keys) == ["id", "name", "department", "level", "score", "components", "figures", "reasons"])
  }

  @Test func badWeightsAndShortlistAreUsageErrors() throws {
    let weights = try CLI.run(["people"] + CLI.sampleArguments + ["--role", "ambassador", "--ambassador-weights",
                                                                 "fame=1"])
    #expect(weights.status == 64)
    #expect(weights.standardError.contains("unknown ambassador weight 'fame'"))
    let shortlist = try CLI.run(["analyze"] + CLI.sampleArguments + ["--shortlist", "0"])
    #expect(shortlist.status == 64)
    let role = try CLI.run(["people"] + CLI.sampleArguments + ["--role", "champion"])
    #expect(role.status == 64)
  }

  @Test func helpShowsTheRolesAndExamples() throws {
    let result = try CLI.run(["people", "--help"])
    #expect(result.status == 0)
    for text in ["--role", "bridge-builder", "--ambassador-weights", "--shortlist", "Examples:"] {
      #expect(result.outputText.contains(text), "\(text)")
    }
  }
}
