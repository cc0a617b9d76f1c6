@testable import GraphMetrics
import InteractionGraph
import SeededRandom
import Testing

@Suite struct SampleSizeTests {
  /// By hand: n = 34, VD = 34, ε = 0.05, δ = 0.1: ε′ = 0.05 · 32/34, 0.5/ε′² = 200 · (34/32)² = 225.78125,
  /// ⌊log₂ 32⌋ + 1 + ln 10 = 8.302585…, product 1874.568… → 1875.
  @Test func betweennessSamplesByHand() {
    #expect(SampleSize.betweenness(epsilon: 0.05, delta: 0.1, nodeCount: 34, vertexDiameterBound: 34) == 1875)
  }

  /// By hand: n = 3, VD = 3, ε = 0.05, δ = 0.1: ε′ = 0.05/3, 0.5/ε′² = 1800, ⌊log₂ 1⌋ + 1 + ln 10 = 3.302585…,
  /// product 5944.65… → 5945. VD ≤ 2 or n ≤ 2 leave no interior node: 0 samples.
  @Test func betweennessSamplesAtTheSmallestDiameters() {
    #expect(SampleSize.betweenness(epsilon: 0.05, delta: 0.1, nodeCount: 3, vertexDiameterBound: 3) == 5945)
    #expect(SampleSize.betweenness(epsilon: 0.05, delta: 0.1, nodeCount: 10, vertexDiameterBound: 2) == 0)
    #expect(SampleSize.betweenness(epsilon: 0.05, delta: 0.1, nodeCount: 2, vertexDiameterBound: 2) == 0)
  }

  /// The default on a 200,000-node graph with VD bounded by 200,000: ε′ = 0.01 · 199998/200000,
  /// (0.5/ε′²)(17 + 1 + ln 10) = 101514.96 → 101515 (hand computation with a calculator).
  @Test func betweennessSamplesForTheLargeDefault() {
    let samples = SampleSize.betweenness(
      epsilon: 0.01, delta: 0.1, nodeCount: 200_000, vertexDiameterBound: 200_000)
    #expect(samples == 101_515)
  }

  /// By hand: n = 100, ε = 0.1, δ = 0.1, ε′ = 0.099: harmonic ln(2000)/(2ε′²) = 387.76 → 388; closeness
  /// ln(4000)/(2ε′²) = 423.12 → 424. n ≤ 1 needs no pivot.
  @Test func pivotCountsByHand() {
    #expect(SampleSize.harmonicPivots(epsilon: 0.1, delta: 0.1, nodeCount: 100) == 388)
    #expect(SampleSize.closenessPivots(epsilon: 0.1, delta: 0.1, nodeCount: 100) == 424)
    #expect(SampleSize.harmonicPivots(epsilon: 0.1, delta: 0.1, nodeCount: 1) == 0)
  }

  /// A directed 5-cycle plus an isolated node and a 2-node edge: the largest weak component has 5 nodes, and
  /// the cycle's vertex diameter is indeed 5 (0 → 1 → 2 → 3 → 4), so the bound is attained.
  @Test func vertexDiameterBoundIsTheLargestWeakComponent() {
    let cycle = graph(nodeCount: 8, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (6, 7)])
    #expect(cycle.vertexDiameterUpperBound() == 5)
    #expect(InteractionGraph(nodeCount: 0).vertexDiameterUpperBound() == 0)
  }

  /// The block streams are fixed by (seed, block): the same pair gives the same draws, another block differs.
  @Test func blockStreamsAreReproducible() {
    var first = SplitMix64(seed: 9, block: 3)
    var again = SplitMix64(seed: 9, block: 3)
    var other = SplitMix64(seed: 9, block: 4)
    let draws = (0 ..< 4).map { _ in first.next() }
    #expect(draws == (0 ..< 4).map { _ in again.next() })
    #expect(draws != (0 ..< 4).map { _ in other.next() })
  }
}
