import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct DensityTests {
  /// Expected: NetworkX 3.6.1 `density(G)` for a DiGraph.
  @Test(arguments: ReferenceFixture.allNames)
  func densityMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let actual = try fixture.graph().density()
    #expect(isClose(actual, fixture.expected.density, relative: 1e-12), "graph '\(name)': \(actual)")
  }

  /// By hand: one node with a self-loop has n ≤ 1, so 0; two nodes with 0 → 1, 1 → 0 and 0 → 0 give
  /// 3 / (2 · 1) = 1.5 (self-loops count in m, as NetworkX).
  @Test func selfLoopsCountAndTinyGraphsAreZero() {
    #expect(graph(nodeCount: 1, edges: [(0, 0)]).density() == 0)
    #expect(graph(nodeCount: 2, edges: [(0, 1), (1, 0), (0, 0)]).density() == 1.5)
  }
}
