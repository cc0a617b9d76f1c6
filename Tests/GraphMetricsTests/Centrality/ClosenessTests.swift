import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct ClosenessTests {
  /// Expected: NetworkX 3.6.1 `closeness_centrality(G)` (incoming distance, wf_improved=True).
  @Test(arguments: ReferenceFixture.allNames)
  func closenessMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let scores = try fixture.graph().closenessCentrality()
    fixture.expectScores(scores.values, fixture.expected.closeness, metric: "closeness", relative: 1e-9)
  }

  /// By hand on 0 → 1 → 2: node 1 is reached by 0 at distance 1: (1/1)·(1/2) = 1/2; node 2 by 1 and 0 at
  /// total distance 3: (2/3)·(2/2) = 2/3; node 0 by nobody: 0.
  @Test func directedPathUsesIncomingDistance() {
    let scores = graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).closenessCentrality().values
    #expect(mismatches(scores, [0, 0.5, 2.0 / 3.0], relative: 1e-15).isEmpty)
  }

  @Test func parallelMatchesSerial() {
    let random = randomGraph(nodeCount: 150, edgeAttempts: 300, seed: 3)
    #expect(random.closenessCentrality(parallelism: .workers(3)) == random.closenessCentrality(parallelism: .serial))
  }
}
