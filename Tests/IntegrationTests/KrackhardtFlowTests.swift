import Foundation
import TestSupport
import Testing

/// Krackhardt's high-tech managers (`../shared/data/krackhardt-hightech`): the advice edges as an interactions
/// CSV (`from,to`) and the vertices file as the org chart (`level` 1 = CEO, `dept` 0–4 written as `4.0`).
///
/// Expected: `Tests/OrgAnalysisTests/Fixtures/flows-krackhardt-advice.json` (`Scripts/reference_flows.py`,
/// NetworkX `attribute_mixing_matrix`). The fixture names levels by band and groups `dept-<n>`; the CLI without
/// bands names levels by rank and groups by the raw value, so matrices and shares are compared, not names.
@Suite struct KrackhardtFlowTests {
  @Test func levelAndDepartmentMatricesMatchReference() throws {
    let fixture = try IntegrationFixtures.packageFile(KrackhardtFlowsFixture.path, as: KrackhardtFlowsFixture.self)
    let (document, _) = try IntegrationFixtures.analyze([
      "analyze", "../shared/data/krackhardt-hightech/ht_advice_edges.csv",
      "--org", "../shared/data/krackhardt-hightech/ht_advice_vertices.csv",
      "--org-columns", "id=id,level=level,department=dept", "--format", "json", "--permutations", "0",
    ])
    #expect(document.summary.nodes == 21 && document.summary.edges == 190)
    let org = try #require(document.org)
    #expect(org.matchedById == 21 && org.entriesWithLevel == 21)
    // Level rank = level − smallest level, the fixture's rank = level − 1, person by person.
    for person in document.people {
      let node = try #require(Int(person.id))
      #expect(person.levelRank == fixture.ranks[node], "person \(person.id)")
    }
    let levels = try #require(document.levels)
    #expect(levels.order == ["0", "1", "2"])
    #expect(levels.matrix == fixture.levels.matrix)
    let shares: [(String, Double, Double)] = [
      ("upward", levels.upwardShare, fixture.levels.upwardShare),
      ("downward", levels.downwardShare, fixture.levels.downwardShare),
      ("lateral", levels.lateralShare, fixture.levels.lateralShare),
      ("skip-level", levels.skipLevelShare, fixture.levels.skipLevelShare),
      ("cross-level", levels.crossLevelShare, fixture.levels.crossLevelShare),
    ]
    for (name, actual, expected) in shares {
      #expect(isClose(actual, expected, relative: 1e-12), "\(name) share \(actual) vs \(expected)")
    }
    #expect(levels.includedWeight == fixture.levels.includedWeight)
    #expect(levels.excludedWeight == fixture.levels.excludedWeight)
    let groups = try #require(document.groups)
    // Department values sort "0.0" … "4.0", the fixture's "dept-0" … "dept-4": the same order.
    #expect(groups.order == ["0.0", "1.0", "2.0", "3.0", "4.0"])
    #expect(fixture.groupMixing.order == ["dept-0", "dept-1", "dept-2", "dept-3", "dept-4"])
    #expect(groups.matrix == fixture.groupMixing.matrix)
    #expect(groups.excludedWeight == 0)
  }

  /// `--columns` names the interactions CSV headers explicitly: the same graph as header detection.
  @Test func explicitColumnMappingReadsTheSameGraph() throws {
    let file = "../shared/data/krackhardt-hightech/ht_advice_edges.csv"
    let (detected, _) = try IntegrationFixtures.analyze(["analyze", file, "--format", "json"])
    let (mapped, _) = try IntegrationFixtures.analyze(
      ["analyze", file, "--columns", "source=from,target=to", "--format", "json"])
    #expect(mapped.summary.edges == 190)
    #expect(mapped.summary.nodes == detected.summary.nodes)
    #expect(mapped.summary.edges == detected.summary.edges)
    #expect(mapped.summary.reciprocity == detected.summary.reciprocity)
  }
}
