import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct ReciprocityTests {
  /// Expected: NetworkX 3.6.1 `overall_reciprocity(G)`; null in the fixture where NetworkX raises (no edges).
  @Test(arguments: ReferenceFixture.allNames)
  func reciprocityMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let actual = try fixture.graph().overallReciprocity()
    switch (actual, fixture.expected.reciprocity) {
    case let (actual?, expected?):
      #expect(isClose(actual, expected, relative: 1e-12), "graph '\(name)': \(actual) vs \(expected)")
    case (nil, nil):
      break
    default:
      let expected = String(describing: fixture.expected.reciprocity)
      Issue.record("graph '\(name)': got \(String(describing: actual)), expected \(expected)")
    }
  }

  /// By hand: 0 ⇄ 1, 1 → 2 and a self-loop 2 → 2: two of four edges are reciprocated; the loop counts only in
  /// the denominator.
  @Test func selfLoopCountsOnlyInDenominator() {
    #expect(graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 2)]).overallReciprocity() == 0.5)
  }
}
