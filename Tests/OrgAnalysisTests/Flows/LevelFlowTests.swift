import InteractionGraph
import Testing

@testable import OrgAnalysis

@Suite struct LevelFlowTests {
  /// A hand-checked chain: staff (2) → manager (1) weight 3, manager → director (0) weight 1, staff → director
  /// weight 2 (skip-level), director → staff weight 1 (downward skip), staff → staff weight 4, and an edge to a
  /// person of unknown level weight 5.
  @Test func sharesOnHandCheckedExample() {
    var builder = GraphBuilder(nodeCount: 5)
    builder.addEdge(from: 2, to: 1, weight: 3)
    builder.addEdge(from: 1, to: 0, weight: 1)
    builder.addEdge(from: 2, to: 0, weight: 2)
    builder.addEdge(from: 0, to: 2, weight: 1)
    builder.addEdge(from: 2, to: 3, weight: 4)
    builder.addEdge(from: 3, to: 4, weight: 5)
    let flow = LevelFlow(graph: builder.build(), rankOfNode: [0, 1, 2, 2, nil], bands: nil)
    #expect(flow.order == ["0", "1", "2"])
    #expect(flow.matrix == [[0, 0, 1], [1, 0, 0], [2, 3, 4]])
    #expect(flow.includedWeight == 11 && flow.excludedWeight == 5)
    #expect(flow.upwardShare == 6.0 / 11 && flow.downwardShare == 1.0 / 11 && flow.lateralShare == 4.0 / 11)
    #expect(flow.skipLevelShare == 3.0 / 11 && flow.crossLevelShare == 7.0 / 11)
    // expected[2][1] = row total 9 × column total 3 / 11.
    #expect(flow.expected[2][1] == 9.0 * 3.0 / 11.0)
    // No director talks to directors although 1/11 of a tie was expected: lift 0, not undefined.
    #expect(flow.lift[0][0] == 0)
  }

  @Test func emptyGraphHasZeroShares() {
    let flow = LevelFlow(graph: InteractionGraph(nodeCount: 2), rankOfNode: [0, 1], bands: nil)
    #expect(flow.matrix == [[0, 0], [0, 0]] && flow.crossLevelShare == 0 && flow.excludedWeight == 0)
  }
}
