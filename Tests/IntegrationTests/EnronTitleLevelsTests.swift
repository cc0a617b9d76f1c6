import Foundation
import TestSupport
import Testing

/// Enron end to end: the vertices file as org chart (no manager or level column), so `--levels auto` takes every
/// level from the built-in title rules. Expected ranks: `Tests/OrgAnalysisTests/Fixtures/title-levels-enron.json`
/// (`Scripts/reference_title_levels.py`, Python `re` on its own transcription of the rules).
@Suite struct EnronTitleLevelsTests {
  struct Fixture: Decodable {
    let ids: [String]
    let ranks: [Int?]
  }

  struct FlowFixture: Decodable {
    let matrix: [[Int]]
    let excludedWeight: Double
    let upwardShare, downwardShare, lateralShare, skipLevelShare, crossLevelShare: Double
  }

  @Test func peopleGetTheReferenceLevelsNamedByTheRules() throws {
    let fixture = try IntegrationFixtures.packageFile(
      "Tests/OrgAnalysisTests/Fixtures/title-levels-enron.json", as: Fixture.self)
    let result = try CommandRunner.run([
      "analyze", "../shared/data/enron/enron_edges.csv", "--org", "../shared/data/enron/enron_vertices.csv",
      "--org-columns", "id=id,email=Email,name=Name,title=Note", "--format", "json", "--permutations", "0",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
    let people = try #require(document["people"] as? [[String: Any]])
    let rankOfID = Dictionary(uniqueKeysWithValues: zip(fixture.ids, fixture.ranks))
    let names = ["executive", "director", "manager", "staff"]
    #expect(people.count == 184)
    for person in people {
      let id = try #require(person["id"] as? String)
      let expected = try #require(rankOfID[id])
      #expect(person["level_rank"] as? Int == expected, "\(id)")
      #expect(person["level"] as? String == expected.map { names[$0] }, "\(id)")
      #expect(person["level_source"] as? String == (expected == nil ? nil : "titles"), "\(id)")
      #expect(person["org_match"] as? String == "id", "\(id)")
    }
    let levels = try #require(document["levels"] as? [String: Any])
    #expect(levels["order"] as? [String] == names)
    // The level flow table against `Scripts/reference_enron_levels.py` (plain Python on the raw edges and the
    // reference ranks): fixture `Tests/IntegrationTests/Fixtures/enron_level_flow.json`.
    let flow = try IntegrationFixtures.packageFile(
      "Tests/IntegrationTests/Fixtures/enron_level_flow.json", as: FlowFixture.self)
    #expect(levels["matrix"] as? [[Double]] == flow.matrix.map { $0.map(Double.init) })
    #expect(levels["excluded_weight"] as? Double == flow.excludedWeight)
    for (key, expected) in [
      ("upward_share", flow.upwardShare), ("downward_share", flow.downwardShare),
      ("lateral_share", flow.lateralShare), ("skip_level_share", flow.skipLevelShare),
      ("cross_level_share", flow.crossLevelShare),
    ] {
      #expect(isClose(try #require(levels[key] as? Double), expected, relative: 1e-12), "\(key)")
    }
    let org = try #require(document["org"] as? [String: Any])
    #expect(org["level_sources"] as? [String: Int] == ["column": 0, "tree": 0, "titles": 130, "unknown": 54])
  }
}
