@testable import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct SampledDistanceCentralityTests {
  static let namedFixtures = EstimatedBetweennessTests.namedFixtures

  /// Exact reach counts r(u), distance sums D(u) and the largest finite distance Δ, from the test's own
  /// breadth-first search (`hopDistances`, independent of the library).
  static func exactReachAndDistance(_ graph: InteractionGraph) -> (reach: [Int], distance: [Int], diameter: Int) {
    var reach = Array(repeating: 0, count: graph.nodeCount)
    var distance = Array(repeating: 0, count: graph.nodeCount)
    var diameter = 0
    for source in graph.nodes {
      for (node, hops) in hopDistances(from: source, in: graph).enumerated() {
        guard let hops, hops > 0 else { continue }
        reach[node] += 1
        distance[node] += hops
        diameter = max(diameter, hops)
      }
    }
    return (reach, distance, diameter)
  }

  /// Expected: NetworkX 3.6.1 `harmonic_centrality(G)` (fixtures); bound ε·(n − 1) with ε = 0.05, seed 1.
  @Test(arguments: namedFixtures)
  func harmonicIsWithinBoundOfNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let estimate = try fixture.graph().sampledHarmonicCentrality(epsilon: 0.05, delta: 0.1, seed: 1)
    let bound = 0.05 * Double(fixture.nodeCount - 1)
    let error = EstimatedBetweennessTests.maximumError(estimate.scores.values, fixture.expected.harmonic)
    #expect(error <= bound, "graph '\(name)': largest error \(error), bound \(bound)")
  }

  /// Over 20 seeds the share of runs breaking the harmonic bound must be at most δ = 0.1 (4 of 20 allowed).
  /// Expected: NetworkX 3.6.1 (fixtures).
  @Test(arguments: ["karate", "krackhardt_advice", "slack_houston_mentions"])
  func harmonicFailureRateOverSeedsIsAtMostDelta(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let graph = try fixture.graph()
    let bound = 0.1 * Double(fixture.nodeCount - 1)
    let failures = (0 ..< 20 as Range<UInt64>).filter { seed in
      let estimate = graph.sampledHarmonicCentrality(epsilon: 0.1, delta: 0.1, seed: seed)
      return EstimatedBetweennessTests.maximumError(estimate.scores.values, fixture.expected.harmonic) > bound
    }
    #expect(failures.count <= 4, "graph '\(name)': seeds \(failures) exceed the bound")
  }

  /// The closeness guarantee is on r̂ and D̂: |r̂ − r| ≤ ε(n − 1), |D̂ − D| ≤ ε(n − 1)Δ (exact values from the
  /// test's own search), and the returned score is (r̂/(n − 1))·(r̂/D̂).
  @Test(arguments: namedFixtures + ["edge_disconnected"])
  func closenessReachAndDistanceAreWithinBound(name: String) throws {
    let graph = try ReferenceFixture.load(name).graph()
    let exact = Self.exactReachAndDistance(graph)
    let count = graph.nodeCount
    let pivots = SampleSize.closenessPivots(epsilon: 0.05, delta: 0.1, nodeCount: count)
    let sums = graph.pivotDistanceSums(pivots: pivots, seed: 1, parallelism: .allCores)
    let scale = Double(count) / Double(pivots)
    let reachBound = 0.05 * Double(count - 1)
    for node in graph.nodes {
      let reachError = abs(scale * sums.reaching[node] - Double(exact.reach[node]))
      let distanceError = abs(scale * sums.distance[node] - Double(exact.distance[node]))
      #expect(reachError <= reachBound, "graph '\(name)' node \(node): reach error \(reachError)")
      #expect(distanceError <= reachBound * Double(exact.diameter), "graph '\(name)' node \(node): D error")
    }
    let scores = graph.sampledClosenessCentrality(epsilon: 0.05, delta: 0.1, seed: 1).scores.values
    for node in graph.nodes where sums.distance[node] > 0 {
      let expected = scale * sums.reaching[node] / Double(count - 1) * (sums.reaching[node] / sums.distance[node])
      #expect(isClose(scores[node], expected, relative: 1e-12), "graph '\(name)' node \(node)")
    }
  }

  /// On strongly connected karate the estimate tracks NetworkX 3.6.1 `closeness_centrality(G)` (fixture)
  /// within the propagated relative error: |Ĉ − C| ≤ C · 3εΔ at ε = 0.05 (Δ = 5), a loose check that
  /// the scaling of r̂ and D̂ is right.
  @Test func closenessTracksNetworkXOnKarate() throws {
    let fixture = try ReferenceFixture.load("karate")
    let estimate = try fixture.graph().sampledClosenessCentrality(epsilon: 0.05, delta: 0.1, seed: 2)
    for (node, pair) in zip(estimate.scores.values, fixture.expected.closeness).enumerated() {
      #expect(abs(pair.0 - pair.1) <= pair.1 * 3 * 0.05 * 5, "\(fixture.label(node: node)): \(pair)")
    }
  }

  /// The same seed gives bit-identical harmonic and closeness scores with 1, 2 and 3 workers.
  @Test func seedDeterminesScoresWhateverTheWorkerCount() throws {
    let graph = try ReferenceFixture.load("random_weighted_300").graph()
    let harmonic = graph.sampledHarmonicCentrality(epsilon: 0.1, delta: 0.1, seed: 7, parallelism: .serial)
    let closeness = graph.sampledClosenessCentrality(epsilon: 0.1, delta: 0.1, seed: 7, parallelism: .serial)
    for workers in [2, 3] {
      let parallelism = Parallelism.workers(workers)
      #expect(graph.sampledHarmonicCentrality(epsilon: 0.1, delta: 0.1, seed: 7, parallelism: parallelism) == harmonic)
      #expect(
        graph.sampledClosenessCentrality(epsilon: 0.1, delta: 0.1, seed: 7, parallelism: parallelism) == closeness)
    }
  }

  /// n ≤ 1: exact zeros. n = 2 with one edge 0 → 1: every pivot reaching 1 is node 0 at distance 1, so
  /// Ĥ(1) = (2/k)·#{pivots = 0} is random but Ĥ(0) = 0 and Ĉ(1) = (r̂/1)·(r̂/D̂) = r̂ exactly.
  @Test func tinyGraphs() {
    for count in [0, 1] {
      let graph = InteractionGraph(nodeCount: count)
      let zeros = Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: count)))
      #expect(graph.sampledHarmonicCentrality(epsilon: 0.1, delta: 0.1, seed: 1) == zeros)
      #expect(graph.sampledClosenessCentrality(epsilon: 0.1, delta: 0.1, seed: 1) == zeros)
    }
    let edge = graph(nodeCount: 2, edges: [(0, 1)])
    let harmonic = edge.sampledHarmonicCentrality(epsilon: 0.1, delta: 0.1, seed: 1).scores.values
    let closeness = edge.sampledClosenessCentrality(epsilon: 0.1, delta: 0.1, seed: 1).scores.values
    #expect(harmonic[0] == 0 && closeness[0] == 0)
    #expect(abs(harmonic[1] - 1) <= 0.1 && abs(closeness[1] - 1) <= 0.1)
  }

  /// The policy: `.exact` and small-graph `.automatic` give the exact scores; `.estimated` samples k pivots.
  @Test func accuracyPolicyChoosesTheMethod() throws {
    let karate = try ReferenceFixture.load("karate").graph()
    #expect(karate.harmonicCentrality(accuracy: .automatic(seed: 1)).scores == karate.harmonicCentrality())
    let exactCloseness = Estimate(method: .exact, scores: karate.closenessCentrality())
    #expect(karate.closenessCentrality(accuracy: .exact) == exactCloseness)
    let pivots = SampleSize.harmonicPivots(epsilon: 0.1, delta: 0.2, nodeCount: 34)
    let sampled = karate.harmonicCentrality(accuracy: .estimated(epsilon: 0.1, delta: 0.2, seed: 4))
    #expect(sampled.method == .sampled(samples: pivots, epsilon: 0.1, delta: 0.2, seed: 4))
  }

  /// The combined pass equals the separate closeness estimate (same pivots: closeness k and seed), and its
  /// harmonic part is the harmonic estimate from those k pivots; small graphs under `.automatic` are exact.
  @Test func distanceCentralitiesShareOnePivotSet() throws {
    let graph = try ReferenceFixture.load("krackhardt_advice").graph()
    let both = graph.distanceCentralities(accuracy: .estimated(epsilon: 0.1, delta: 0.1, seed: 3))
    #expect(both.closeness == graph.sampledClosenessCentrality(epsilon: 0.1, delta: 0.1, seed: 3))
    let pivots = SampleSize.closenessPivots(epsilon: 0.1, delta: 0.1, nodeCount: graph.nodeCount)
    let sums = graph.pivotDistanceSums(pivots: pivots, seed: 3, parallelism: .serial)
    #expect(both.harmonic.scores == sums.harmonicScores())
    #expect(both.harmonic.method == .sampled(samples: pivots, epsilon: 0.1, delta: 0.1, seed: 3))
    let exact = graph.distanceCentralities(accuracy: .automatic(seed: 1))
    // The exact pair comes from one all-sources pass; it sums in another order than the separate kernels, so it
    // equals them to rounding, not bit for bit.
    #expect(exact.closeness.method == .exact && exact.harmonic.method == .exact)
    #expect(mismatches(exact.closeness.scores.values, graph.closenessCentrality().values, relative: 1e-12).isEmpty)
    #expect(mismatches(exact.harmonic.scores.values, graph.harmonicCentrality().values, relative: 1e-12).isEmpty)
  }
}
