import DOT
import OrgAnalysis
import Reports
import Testing

@Suite struct HierarchyViewTests {
  private func graph() throws -> DOTGraph {
    let analysis = try AnalysisFixtures.hierarchy()
    let levels = try #require(analysis.levels)
    return HierarchyView().graph(levels)
  }

  @Test func oneNodePerLevelInRankOrder() throws {
    let graph = try graph()
    #expect(graph.nodes.map(\.id) == ["level0", "level1", "level2", "level3"])
    // By hand: the executive level sends 1 of the 11 interactions.
    #expect(graph.nodes.first?.attributes.contains(.label(.lines(["executive", "sends 9.1%"]))) == true)
  }

  @Test func invisibleEdgesChainConsecutiveLevels() throws {
    let invisible = try graph().edges.filter { $0.attributes.contains(.style([.invisible])) }
    #expect(invisible.map { [$0.source, $0.target] } == [["level0", "level1"], ["level1", "level2"],
                                                          ["level2", "level3"]])
  }

  @Test func talkEdgesAreLabelledWithShareAndLift() throws {
    let labelled = try graph().edges.compactMap { edge -> [String]? in
      for case .label(let label) in edge.attributes { return [edge.source, edge.target, label.dotValue] }
      return nil
    }
    // By hand from the fixture's level matrix (rows = from, columns = to; exec, dir, mgr, staff):
    // [0 1 0 0; 2 0 0 0; 0 4 0 0; 0 0 4 0], total 11; lift = cell × 11 / (row total × column total).
    #expect(labelled == [
      ["level0", "level1", "\"9.1% · 2.20×\""], ["level1", "level0", "\"18.2% · 5.50×\""],
      ["level2", "level1", "\"36.4% · 2.20×\""], ["level3", "level2", "\"36.4% · 2.75×\""],
    ])
  }

  @Test func upwardEdgesAreBlueAndDownwardOrange() throws {
    let edges = try graph().edges.filter { !$0.attributes.contains(.style([.invisible])) }
    let blue = Color(red: 0, green: 114, blue: 178)
    let orange = Color(red: 213, green: 94, blue: 0)
    #expect(edges.first { $0.source == "level0" }?.attributes.contains(.color(orange)) == true)
    #expect(edges.first { $0.source == "level3" }?.attributes.contains(.color(blue)) == true)
  }
}
