import Foundation
import GraphMetrics
import OrgAnalysis
import Reports
import Testing

@Suite struct AnalysisJSONTests {
  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func levelsCarryTheHandComputedMatrixAndNullLifts() throws {
    let text = AnalysisJSON.render(try AnalysisFixtures.hierarchy())
    #expect(text.hasSuffix("}\n"))
    let levels = try #require(try object(text)["levels"] as? [String: Any])
    #expect(levels["order"] as? [String] == ["executive", "director", "manager", "staff"])
    // By hand from AnalysisFixtures.hierarchyTies (rows = from, columns = to).
    #expect(levels["matrix"] as? [[Double]] == [[0, 1, 0, 0], [2, 0, 0, 0], [0, 4, 0, 0], [0, 0, 4, 0]])
    // Nobody sends to staff, so every expected count in the staff column is 0 and its lift undefined.
    let lift = try #require(levels["lift"] as? [[Any]])
    #expect(lift.allSatisfy { $0[3] is NSNull })
    #expect(lift[3][2] as? Double == 2.75)
    #expect(levels["included_weight"] as? Double == 11)
    #expect(levels["excluded_weight"] as? Double == 0)
  }

  @Test func personRowsFollowThePeopleTableColumns() throws {
    let document = try object(AnalysisJSON.render(try AnalysisFixtures.hierarchy()))
    let people = try #require(document["people"] as? [[String: Any]])
    #expect(people.map { $0["id"] as? String } == ["dev", "lead", "eng", "ceo", "sales", "rep"])
    #expect(people.allSatisfy { Set($0.keys) == Set(PeopleTable.columns.map(\.key)) })
    let ceo = try #require(people.first { $0["id"] as? String == "ceo" })
    #expect(ceo["level"] as? String == "executive")
    #expect(ceo["level_rank"] as? Int == 0)
    #expect(ceo["manager"] is NSNull)
    #expect(ceo["in_strength"] as? Double == 2)
  }

  @Test func emptyAnalysisHasNullReciprocityAndNoLevels() throws {
    let document = try object(AnalysisJSON.render(AnalysisFixtures.analysis(ties: [])))
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["nodes"] as? Int == 0)
    #expect(summary["reciprocity"] is NSNull)
    #expect(document["levels"] == nil)
    #expect(document["people"] as? [Any] != nil)
  }
}

@Suite struct EstimateReportingTests {
  @Test func exactCentralitiesAreSaidToBeExact() {
    let analysis = AnalysisFixtures.analysis(ties: AnalysisFixtures.hierarchyTies)
    #expect(analysis.summary.estimates.map(\.metric) == ["betweenness", "closeness", "harmonic"])
    #expect(analysis.summary.estimates.allSatisfy { $0.method == .exact })
    #expect(!AnalysisSummary.render(analysis, style: .terminal).contains("Estimated for speed"))
  }

  @Test func sampledCentralitiesStateTheirBound() {
    var analysis = AnalysisFixtures.analysis(ties: AnalysisFixtures.hierarchyTies)
    analysis.summary.estimates[0].method = .sampled(samples: 101_515, epsilon: 0.01, delta: 0.1, seed: 7)
    let json = AnalysisJSON.render(analysis)
    #expect(json.contains(
      "\"betweenness\": {\n        \"method\": \"sampled\",\n        \"samples\": 101515,\n        \"epsilon\": 0.01,"))
    #expect(AnalysisSummary.render(analysis, style: .terminal).contains(
      "Estimated for speed (--exact computes them exactly): betweenness from 101,515 samples (error ≤ 0.01 with "
        + "probability 90.0%)."))
  }

  @Test func optionsAskForExactOrAutomatic() {
    var options = AnalysisOptions()
    options.seed = 3
    #expect(options.accuracy == .automatic(seed: 3))
    options.alwaysExact = true
    #expect(options.accuracy == .exact)
  }
}
