import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct HITSTests {
  /// Expected: NetworkX 3.6.1 `hits(G)` (ARPACK svds, agreeing with the exact singular vectors to ~1e-13 on
  /// these graphs); iterated here to an L1 change below 1e-13, so 1e-9 relative (absolute 1e-12 for the
  /// ~1e-17 ARPACK noise on exact zeros) is a safe bound. Where NetworkX raises (one node, no edges): zeros.
  @Test(arguments: ReferenceFixture.allNames)
  func fixturesMatchNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let expected = try StructuralExpected.load(name)
    let graph = try fixture.graph()
    let result = graph.hubsAndAuthorities()
    #expect(result.isConverged)
    guard let hubs = expected.hitsHubs, let authorities = expected.hitsAuthorities else {
      #expect(graph.edgeCount == 0, "NetworkX raised on a graph with edges")
      #expect(result.hubs.values.allSatisfy { $0 == 0 })
    #expect(result.authorities.values.allSatisfy { $0 == 0 })
      return
    }
    fixture.expectScores(result.hubs.values, hubs, metric: "hub", relative: 1e-9)
    fixture.expectScores(result.authorities.values, authorities, metric: "authority", relative: 1e-9)
  }

  /// By hand: 0 → 1, 0 → 2, 1 → 2. On {1, 2}, AᵀA = [[1, 1], [1, 2]] with top eigenvector (1, φ), φ the golden
  /// ratio, so authorities are (0, 1/φ², 1/φ) and hubs A a ∝ (1 + φ, φ, 0), i.e. (1/φ, 1/φ², 0).
  @Test func goldenRatioTriangleByHand() {
    let result = graph(nodeCount: 3, edges: [(0, 1), (0, 2), (1, 2)]).hubsAndAuthorities()
    let phi = (1 + 5.0.squareRoot()) / 2
    let expectedAuthorities = [0, 1 / (phi * phi), 1 / phi]
    let expectedHubs = [1 / phi, 1 / (phi * phi), 0]
    #expect(mismatches(result.authorities.values, expectedAuthorities, relative: 1e-12).isEmpty)
    #expect(mismatches(result.hubs.values, expectedHubs, relative: 1e-12).isEmpty)
  }

  @Test func graphWithoutEdgesGivesZerosNotNaN() {
    let result = InteractionGraph(nodeCount: 4).hubsAndAuthorities()
    #expect(result.hubs.values == [0, 0, 0, 0] && result.authorities.values == [0, 0, 0, 0])
    #expect(result.isConverged && result.iterations == 0)
  }

  /// Weights count: of two separate edges, the heavier (σ₁ = 3 against 1) takes all the mass.
  @Test func weightsCount() {
    var builder = GraphBuilder(nodeCount: 4)
    builder.addEdge(from: 0, to: 1, weight: 3)
    builder.addEdge(from: 2, to: 3)
    let result = builder.build().hubsAndAuthorities()
    // The weight-1 component's share decays as (1/9)ᵏ.
    #expect(isClose(result.hubs[0], 1, relative: 1e-12) && isClose(result.authorities[1], 1, relative: 1e-12))
  }

  /// Property on seeded random graphs: the result is an eigenvector of AᵀA (dense reference product), with
  /// both vectors summing to 1 and h ∝ A a.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func randomGraphsSatisfyEigenEquation(seed: UInt64) {
    let random = randomGraph(nodeCount: 40, edgeAttempts: 160, seed: seed)
    let result = random.hubsAndAuthorities()
    #expect(result.isConverged)
    let dense = denseAdjacency(random)
    let a = result.authorities.values
    let h = (0 ..< 40).map { row in (0 ..< 40).reduce(0.0) { $0 + dense[row][$1] * a[$1] } }
    let product = (0 ..< 40).map { column in (0 ..< 40).reduce(0.0) { $0 + dense[$1][column] * h[$1] } }
    let eigenvalue = product.reduce(0, +)
    let hubTotal = h.reduce(0, +)
    for node in 0 ..< 40 {
      #expect(abs(product[node] - eigenvalue * a[node]) <= 1e-9 * eigenvalue, "seed \(seed) node \(node)")
      #expect(isClose(result.hubs[node], h[node] / hubTotal, relative: 1e-12), "seed \(seed) node \(node)")
    }
    #expect(isClose(a.reduce(0, +), 1, relative: 1e-12))
    #expect(isClose(result.hubs.values.reduce(0, +), 1, relative: 1e-12))
  }

  /// Scaling every weight by 10²⁰⁰ leaves the scores unchanged (A a is rescaled every step, so AᵀA a cannot
  /// overflow) and finite.
  @Test func hugeWeightsDoNotOverflow() {
    let edges = [(0, 1), (0, 2), (1, 2), (2, 0), (3, 1)]
    var huge = GraphBuilder(nodeCount: 4)
    for (source, target) in edges { huge.addEdge(from: source, to: target, weight: 1e200) }
    let scaled = huge.build().hubsAndAuthorities()
    let plain = graph(nodeCount: 4, edges: edges).hubsAndAuthorities()
    #expect(mismatches(scaled.hubs.values, plain.hubs.values, relative: 1e-12).isEmpty)
    #expect(mismatches(scaled.authorities.values, plain.authorities.values, relative: 1e-12).isEmpty)
  }

  @Test func iterationCapIsReportedNotThrown() {
    let random = randomGraph(nodeCount: 50, edgeAttempts: 200, seed: 9)
    let result = random.hubsAndAuthorities(options: HITSOptions(tolerance: 1e-300, maximumIterations: 3))
    #expect(!result.isConverged && result.iterations == 3)
    #expect(isClose(result.authorities.values.reduce(0, +), 1, relative: 1e-12))
  }
}

/// The weighted adjacency matrix as nested arrays (a reference independent of the CSR kernels).
func denseAdjacency(_ graph: InteractionGraph) -> [[Double]] {
  var matrix = Array(repeating: Array(repeating: 0.0, count: graph.nodeCount), count: graph.nodeCount)
  for source in graph.nodes {
    for edge in graph.outEdges(of: source) { matrix[source][Int(graph.outTargets[edge])] += graph.outWeights[edge] }
  }
  return matrix
}
