import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct PageRankTests {
  /// Expected: NetworkX 3.6.1 `pagerank(G, alpha=0.85, weight="weight")` with its default tol=1e-6; the same
  /// stopping rule here, so the two stop at the same iteration; 1e-6 relative as DESIGN.md states.
  @Test(arguments: ReferenceFixture.allNames)
  func defaultToleranceMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let result = try fixture.graph().pageRank()
    #expect(result.isConverged)
    fixture.expectScores(result.scores.values, fixture.expected.pagerank, metric: "pagerank", relative: 1e-6)
  }

  /// Expected: NetworkX 3.6.1 `pagerank(…, tol=1e-13, max_iter=10000)`; both are then within ~1e-12 of the
  /// fixed point, so 1e-9 relative is a safe bound.
  @Test(arguments: ReferenceFixture.allNames)
  func preciseToleranceMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let result = try fixture.graph().pageRank(options: .precise)
    #expect(result.isConverged)
    fixture.expectScores(result.scores.values, fixture.expected.pagerankTight, metric: "pagerank (precise)",
                         relative: 1e-9)
  }

  /// By hand: 0 → 1 with node 1 dangling. x₁ = 1.85 x₀ at the fixed point (x₀ = 0.075 + 0.425 x₁ and
  /// x₁ = 0.075 + 0.85 x₀ + 0.425 x₁, with x₀ + x₁ = 1), so x₀ = 1/2.85.
  @Test func danglingPairByHand() {
    let scores = graph(nodeCount: 2, edges: [(0, 1)]).pageRank(options: .precise).scores.values
    #expect(isClose(scores[0], 1 / 2.85, relative: 1e-10) && isClose(scores[1], 1.85 / 2.85, relative: 1e-10))
  }

  @Test func iterationCapIsReportedNotThrown() {
    let random = randomGraph(nodeCount: 50, edgeAttempts: 200, seed: 7)
    let result = random.pageRank(options: PageRankOptions(tolerance: 1e-15, maximumIterations: 2))
    #expect(!result.isConverged && result.iterations == 2)
    #expect(isClose(result.scores.values.reduce(0, +), 1, relative: 1e-12))
  }
}
