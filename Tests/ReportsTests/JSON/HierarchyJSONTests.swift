import Foundation
import OrgAnalysis
import Reports
import Testing

/// `levels.answers_most`, `levels.assortativity`, `groups.assortativity`, `departments` and `hierarchy` on
/// `AnalysisFixtures.hierarchy()`; figures by hand (see HierarchySummaryTests for the working).
@Suite struct HierarchyJSONTests {
  private func document() throws -> [String: Any] {
    let data = Data(AnalysisJSON.render(try AnalysisFixtures.hierarchy()).utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func levelsSayWhomEachLevelAnswersMost() throws {
    let levels = try #require(try document()["levels"] as? [String: Any])
    let answers = try #require(levels["answers_most"] as? [[String: Any]])
    #expect(answers.map { $0["level"] as? String } == ["executive", "director", "manager", "staff"])
    let staff = try #require(answers.last)
    let lift = try #require(staff["highest_lift"] as? [String: Any])
    #expect(lift["level"] as? String == "manager")
    #expect(abs((lift["lift"] as? Double ?? 0) - 2.75) < 1e-12)
    #expect((staff["highest_share"] as? [String: Any])?["share"] as? Double == 1)
    #expect(abs((levels["assortativity"] as? Double ?? 0) + 28.0 / 93) < 1e-12)
  }

  /// Department matrix rows Engineering, Executive, Sales: Engineering→Engineering 5 (dev→lead, lead→eng),
  /// Engineering→Executive 1, Engineering→Sales 1, Executive→Sales 1, Sales→Sales 2, Sales→Executive 1.
  /// a = (7, 1, 3)/11, b = (5, 2, 4)/11, Σab = (35 + 2 + 12)/121 = 49/121, trace (5 + 0 + 2)/11 = 77/121:
  /// r = 28/72 = 0.3889 (NetworkX `attribute_assortativity_coefficient`: 0.3888888888888889).
  @Test func departmentsAndGroupsCarryAssortativity() throws {
    let document = try document()
    let groups = try #require(document["groups"] as? [String: Any])
    let departments = try #require(document["departments"] as? [String: Any])
    #expect(departments["attribute"] as? String == "department")
    #expect(departments["matrix"] as? [[Double]] == [[5, 1, 1], [0, 0, 1], [0, 1, 2]])
    #expect(abs((departments["assortativity"] as? Double ?? 0) - 28.0 / 72) < 1e-12)
    #expect(groups["assortativity"] as? Double == departments["assortativity"] as? Double)
  }

  @Test func hierarchyHasTreeDistanceCorrelationsAndLeaders() throws {
    let hierarchy = try #require(try document()["hierarchy"] as? [String: Any])
    #expect(abs((hierarchy["flow_hierarchy"] as? Double ?? 0) - 5.0 / 7) < 1e-12)
    let correlation = try #require(hierarchy["rank_correlation"] as? [String: Any])
    #expect(correlation["people"] as? Int == 6)
    // SciPy 1.17.1 spearmanr on NetworkX pagerank / hits (see HierarchySummaryTests).
    #expect(abs((correlation["pagerank"] as? Double ?? 0) + 0.9710083124552246) < 1e-9)
    #expect(abs((correlation["authority"] as? Double ?? 0) - 0.4177863742936748) < 1e-9)
    #expect((hierarchy["informal_leaders"] as? [Any])?.isEmpty == true)
    let distance = try #require(hierarchy["tree_distance"] as? [String: Any])
    #expect(distance["weights"] as? [String: Double] == [
      "manager": 9, "direct_report": 1, "peer": 0, "skip_level": 0, "across_branches": 1,
    ])
    #expect(abs((distance["manager"] as? Double ?? 0) - 9.0 / 11) < 1e-15)
    #expect(distance["excluded_weight"] as? Double == 0)
  }
}
