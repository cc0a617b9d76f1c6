import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct BetweennessTests {
  /// Expected: NetworkX 3.6.1 `betweenness_centrality(G, normalized=True)` (fixtures, Scripts/reference_metrics.py).
  @Test(arguments: ReferenceFixture.allNames)
  func hopBetweennessMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let scores = try fixture.graph().betweennessCentrality()
    fixture.expectScores(scores.values, fixture.expected.betweenness, metric: "betweenness", relative: 1e-9)
  }

  /// Expected: NetworkX 3.6.1 `betweenness_centrality(G, normalized=True, weight="distance")`, distance = 1/weight.
  @Test(arguments: ReferenceFixture.allNames)
  func inverseWeightBetweennessMatchesNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let scores = try fixture.graph().betweennessCentrality(pathLength: .inverseWeight)
    fixture.expectScores(
      scores.values, fixture.expected.betweennessWeighted, metric: "weighted betweenness", relative: 1e-9)
  }

  /// Directed path 0 → 1 → 2, derived by hand: the only ordered pair with a node strictly between its ends is
  /// (0, 2), whose single shortest path passes through 1, so B(1) = 1 and B(0) = B(2) = 0 unnormalized.
  /// Normalized by (n − 1)(n − 2) = 2 · 1 = 2, B(1) = 0.5.
  @Test func directedPathByHand() {
    let path = graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
    #expect(path.betweennessCentrality(normalization: .none).values == [0, 1, 0])
    #expect(path.betweennessCentrality().values == [0, 0.5, 0])
    #expect(path.betweennessCentrality(pathLength: .inverseWeight).values == [0, 0.5, 0])
  }

  /// Two equal shortest paths 0 → 1 → 3 and 0 → 2 → 3 split the pair (0, 3): by hand B(1) = B(2) = 1/2
  /// unnormalized. With weight 2 on 0 → 1 and 1 → 3 the path through 1 has length 1 < 2, so B(1) = 1, B(2) = 0.
  @Test func diamondSplitsPathsByHand() {
    let diamond = graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 3), (2, 3)])
    #expect(diamond.betweennessCentrality(normalization: .none).values == [0, 0.5, 0.5, 0])
    var builder = GraphBuilder(nodeCount: 4)
    builder.addEdge(from: 0, to: 1, weight: 2)
    builder.addEdge(from: 1, to: 3, weight: 2)
    builder.addEdge(from: 0, to: 2)
    builder.addEdge(from: 2, to: 3)
    let weighted = builder.build().betweennessCentrality(pathLength: .inverseWeight, normalization: .none)
    #expect(weighted.values == [0, 1, 0, 0])
  }

  /// n ≤ 2: no node can be strictly between two others; zeros, never NaN or a negative-denominator artefact.
  @Test func tinyGraphsGiveZeros() {
    #expect(InteractionGraph(nodeCount: 0).betweennessCentrality().values.isEmpty)
    #expect(InteractionGraph(nodeCount: 1).betweennessCentrality().values == [0])
    #expect(graph(nodeCount: 2, edges: [(0, 1), (1, 0)]).betweennessCentrality().values == [0, 0])
  }

  /// Identity: Σ_v B(v) (unnormalized, endpoints excluded) = Σ over reachable ordered pairs s ≠ t of
  /// (d(s, t) − 1), since each shortest s-t path has d − 1 interior nodes and the pair's weights sum to 1.
  @Test(arguments: 0 ..< 6 as Range<UInt64>)
  func totalEqualsInteriorNodeCount(seed: UInt64) {
    let random = randomGraph(nodeCount: 60, edgeAttempts: 150, seed: seed)
    let total = random.betweennessCentrality(normalization: .none).values.reduce(0, +)
    var interior = 0
    for source in random.nodes {
      for case let distance? in hopDistances(from: source, in: random) where distance > 0 { interior += distance - 1 }
    }
    #expect(isClose(total, Double(interior), relative: 1e-12), "seed \(seed): \(total) vs \(interior)")
  }

  /// Differential check against the pair definition (`naiveBetweenness`) on seeded random graphs with
  /// weights 1, 2 or 4 (each pair drawn once, so no merged weight like 3), so that 1/weight path sums are
  /// exact and ties are real ties.
  @Test(arguments: 0 ..< 5 as Range<UInt64>)
  func matchesPairDefinition(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var builder = GraphBuilder(nodeCount: 30)
    var drawn = Set<[Int]>()
    for _ in 0 ..< 90 {
      let pair = [Int.random(in: 0 ..< 30, using: &generator), Int.random(in: 0 ..< 30, using: &generator)]
      let weight = [1.0, 2, 4][Int.random(in: 0 ..< 3, using: &generator)]
      if drawn.insert(pair).inserted { builder.addEdge(from: pair[0], to: pair[1], weight: weight) }
    }
    let random = builder.build()
    for pathLength in PathLength.allCases {
      let fast = random.betweennessCentrality(pathLength: pathLength, normalization: .none).values
      let differences = mismatches(fast, naiveBetweenness(random, pathLength: pathLength), relative: 1e-9)
      #expect(differences.isEmpty, "seed \(seed) \(pathLength): \(differences.prefix(3))")
    }
  }

  /// The parallel split (4 workers, round-robin sources) agrees with one worker to rounding.
  @Test(arguments: 0 ..< 4 as Range<UInt64>)
  func parallelMatchesSerial(seed: UInt64) {
    let random = randomGraph(nodeCount: 120, edgeAttempts: 400, seed: seed)
    for pathLength in PathLength.allCases {
      let serial = random.betweennessCentrality(pathLength: pathLength, parallelism: .serial)
      let parallel = random.betweennessCentrality(pathLength: pathLength, parallelism: .workers(4))
      let differences = mismatches(parallel.values, serial.values, relative: 1e-12)
      #expect(differences.isEmpty, "seed \(seed) \(pathLength): \(differences.prefix(3))")
    }
  }
}
