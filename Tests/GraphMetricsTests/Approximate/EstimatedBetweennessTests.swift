@testable import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct EstimatedBetweennessTests {
  static let namedFixtures = ["karate", "krackhardt_advice", "random_weighted_300", "slack_houston_mentions"]

  /// Largest |estimate − expected| over the nodes.
  static func maximumError(_ actual: [Double], _ expected: [Double]) -> Double {
    zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
  }

  /// Expected: NetworkX 3.6.1 `betweenness_centrality(G, normalized=True)` (fixtures); ε = 0.03, seed 1.
  @Test(arguments: namedFixtures)
  func estimateIsWithinEpsilonOfNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let estimate = try fixture.graph().estimatedBetweennessCentrality(epsilon: 0.03, delta: 0.1, seed: 1)
    guard case .sampled(let samples, _, _, _) = estimate.method else {
      Issue.record("graph '\(name)': expected a sampled estimate, got \(estimate.method)")
      return
    }
    #expect(samples > 0)
    let error = Self.maximumError(estimate.scores.values, fixture.expected.betweenness)
    #expect(error <= 0.03, "graph '\(name)': largest error \(error) with \(samples) samples")
  }

  /// Over 20 seeds the share of runs whose largest error exceeds ε must be at most δ = 0.1; the test allows
  /// 4 of 20 (twice δ) to leave room for chance. Expected values: NetworkX 3.6.1 (fixtures).
  @Test(arguments: namedFixtures)
  func failureRateOverSeedsIsAtMostDelta(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let graph = try fixture.graph()
    let failures = (0 ..< 20 as Range<UInt64>).filter { seed in
      let estimate = graph.estimatedBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: seed)
      return Self.maximumError(estimate.scores.values, fixture.expected.betweenness) > 0.05
    }
    #expect(failures.count <= 4, "graph '\(name)': seeds \(failures) exceed ε = 0.05")
  }

  /// The same seed gives bit-identical scores with 1, 2 and 3 workers; another seed gives other scores.
  @Test func seedDeterminesScoresWhateverTheWorkerCount() throws {
    let graph = try ReferenceFixture.load("random_weighted_300").graph()
    let serial = graph.estimatedBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: 42, parallelism: .serial)
    for workers in [2, 3] {
      let parallel = graph.estimatedBetweennessCentrality(
        epsilon: 0.05, delta: 0.1, seed: 42, parallelism: .workers(workers))
      #expect(parallel == serial, "\(workers) workers")
    }
    let other = graph.estimatedBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: 43, parallelism: .serial)
    #expect(other.scores != serial.scores)
  }

  /// Expected: the library's exact Brandes betweenness (itself checked against NetworkX); random digraphs with
  /// many equal-length paths test that paths are drawn uniformly, not just some shortest path.
  @Test(arguments: 0 ..< 3 as Range<UInt64>)
  func estimateIsWithinEpsilonOfExactOnRandomGraphs(seed: UInt64) {
    let random = randomGraph(nodeCount: 80, edgeAttempts: 400, seed: seed)
    let exact = random.betweennessCentrality()
    let estimate = random.estimatedBetweennessCentrality(epsilon: 0.03, delta: 0.1, seed: seed)
    let error = Self.maximumError(estimate.scores.values, exact.values)
    #expect(error <= 0.03, "seed \(seed): largest error \(error)")
  }

  /// Every node of the layered graph 0 → {1, 2, 3} → 4 → {5, 6} → 7 is checked against the exact values: the
  /// middle nodes split paths 1/3 each and 4 carries all of them (exact Brandes, checked against NetworkX).
  @Test func layeredGraphSplitsPathsEvenly() {
    let layered = graph(
      nodeCount: 8, edges: [(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4), (4, 5), (4, 6), (5, 7), (6, 7)])
    let estimate = layered.estimatedBetweennessCentrality(epsilon: 0.02, delta: 0.1, seed: 5)
    let error = Self.maximumError(estimate.scores.values, layered.betweennessCentrality().values)
    #expect(error <= 0.02, "largest error \(error)")
  }

  /// n ≤ 2 and graphs whose weak components have at most 2 nodes have no interior node: exact zeros.
  @Test func tinyGraphsGiveExactZeros() {
    let empty = InteractionGraph(nodeCount: 0).estimatedBetweennessCentrality(epsilon: 0.1, delta: 0.1, seed: 1)
    #expect(empty == Estimate(method: .exact, scores: NodeScores([])))
    let single = InteractionGraph(nodeCount: 1).estimatedBetweennessCentrality(epsilon: 0.1, delta: 0.1, seed: 1)
    #expect(single == Estimate(method: .exact, scores: NodeScores([0])))
    let pair = graph(nodeCount: 2, edges: [(0, 1), (1, 0)])
    #expect(pair.estimatedBetweennessCentrality(epsilon: 0.1, delta: 0.1, seed: 1).scores.values == [0, 0])
    let matching = graph(nodeCount: 6, edges: [(0, 1), (2, 3), (4, 5)])
    let zeros = matching.estimatedBetweennessCentrality(epsilon: 0.1, delta: 0.1, seed: 1)
    #expect(zeros == Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: 6))))
  }

  /// Expected: NetworkX 3.6.1 (fixture `edge_disconnected`); unreachable pairs add nothing.
  @Test func disconnectedGraphIsWithinEpsilon() throws {
    let fixture = try ReferenceFixture.load("edge_disconnected")
    let estimate = try fixture.graph().estimatedBetweennessCentrality(epsilon: 0.03, delta: 0.1, seed: 3)
    let error = Self.maximumError(estimate.scores.values, fixture.expected.betweenness)
    #expect(error <= 0.03, "largest error \(error)")
  }

  /// The policy: `.exact` and small-graph `.automatic` give the exact scores; `.estimated` samples with the
  /// formula's r (`vertexDiameterUpperBound` of karate is 34, n = 34: 1875 samples, see SampleSizeTests).
  @Test func accuracyPolicyChoosesTheMethod() throws {
    let karate = try ReferenceFixture.load("karate").graph()
    let exact = karate.betweennessCentrality()
    #expect(karate.betweennessCentrality(accuracy: .exact) == Estimate(method: .exact, scores: exact))
    #expect(karate.betweennessCentrality(accuracy: .automatic(seed: 1)) == Estimate(method: .exact, scores: exact))
    let sampled = karate.betweennessCentrality(accuracy: .estimated(epsilon: 0.05, delta: 0.1, seed: 8))
    #expect(sampled.method == .sampled(samples: 1875, epsilon: 0.05, delta: 0.1, seed: 8))
    #expect(!sampled.isExact)
  }
}
