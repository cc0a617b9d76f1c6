import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct HarmonicTests {
  /// Expected: NetworkX 3.6.1 `harmonic_centrality(G)`.
  @Test(arguments: ReferenceFixture.allNames)
  func harmonicMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let scores = try fixture.graph().harmonicCentrality()
    fixture.expectScores(scores.values, fixture.expected.harmonic, metric: "harmonic", relative: 1e-9)
  }

  /// By hand on 0 → 1 → 2 (incoming distance, as NetworkX): H(0) = 0, H(1) = 1/1, H(2) = 1/1 + 1/2.
  @Test func directedPathUsesIncomingDistance() {
    let scores = graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).harmonicCentrality().values
    #expect(scores == [0, 1, 1.5])
  }

  @Test func parallelMatchesSerial() {
    let random = randomGraph(nodeCount: 150, edgeAttempts: 300, seed: 5)
    let serial = random.harmonicCentrality(parallelism: .serial).values
    let parallel = random.harmonicCentrality(parallelism: .workers(3)).values
    #expect(mismatches(parallel, serial, relative: 1e-12).isEmpty)
  }
}
