import InteractionGraph
import Testing
import TestSupport

@Suite struct GraphBuilderTests {
  @Test func parallelEdgesAreSummedAndRowsSorted() {
    var builder = GraphBuilder(nodeCount: 4)
    builder.addEdge(from: 2, to: 0)
    builder.addEdge(from: 0, to: 3, weight: 0.5)
    builder.addEdge(from: 0, to: 1)
    builder.addEdge(from: 0, to: 3, weight: 2)
    builder.addEdge(from: 1, to: 1)
    let graph = builder.build()
    #expect(graph.edgeCount == 4 && graph.totalWeight == 5.5)
    #expect(graph.outOffsets == [0, 2, 3, 4, 4])
    #expect(graph.outTargets == [1, 3, 1, 0] && graph.outWeights == [1, 2.5, 1, 1])
    #expect(graph.inOffsets == [0, 1, 3, 3, 4])
    #expect(graph.inSources == [2, 0, 1, 0])
    #expect(graph.weight(from: 0, to: 3) == 2.5 && graph.weight(from: 3, to: 0) == 0)
    #expect(graph.outDegree(0) == 2 && graph.inDegree(1) == 2)
  }

  @Test func emptyAndEdgelessGraphs() {
    #expect(GraphBuilder(nodeCount: 0).build() == InteractionGraph(nodeCount: 0))
    let graph = GraphBuilder(nodeCount: 3).build()
    #expect(graph.edgeCount == 0 && graph.outOffsets == [0, 0, 0, 0] && graph.inOffsets == [0, 0, 0, 0])
  }

  /// The in-CSR is the transpose of the out-CSR on random multigraphs (seeds reported on failure).
  @Test(arguments: 0 ..< 5)
  func inRowsAreTheTranspose(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var builder = GraphBuilder(nodeCount: 40)
    var expected: [[Double]] = Array(repeating: Array(repeating: 0, count: 40), count: 40)
    for _ in 0 ..< 300 {
      let source = Int.random(in: 0 ..< 40, using: &generator)
      let target = Int.random(in: 0 ..< 40, using: &generator)
      let weight = Double(Int.random(in: 1 ... 3, using: &generator))
      builder.addEdge(from: source, to: target, weight: weight)
      expected[source][target] += weight
    }
    let graph = builder.build()
    var fromOut = expected.map { $0.map { _ in 0.0 } }
    var fromIn = fromOut
    for node in graph.nodes {
      for edge in graph.outEdges(of: node) { fromOut[node][Int(graph.outTargets[edge])] = graph.outWeights[edge] }
      for edge in graph.inEdges(of: node) { fromIn[Int(graph.inSources[edge])][node] = graph.inWeights[edge] }
    }
    #expect(fromOut == expected, "seed \(seed)")
    #expect(fromIn == expected, "seed \(seed)")
  }

  /// Rows longer than the insertion-sort cutoff (32) come out sorted, and parallel edges are summed in the order
  /// they were added, bit for bit (the weights are chosen so that another order would round differently).
  @Test(arguments: 0 ..< 3)
  func longRowsAreSortedAndSummedInInputOrder(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let nodeCount = 60
    var builder = GraphBuilder(nodeCount: nodeCount)
    var expected: [[Double]] = Array(repeating: Array(repeating: 0, count: nodeCount), count: nodeCount)
    for _ in 0 ..< 4_000 {
      let source = Int.random(in: 0 ..< 3, using: &generator)
      let target = Int.random(in: 0 ..< nodeCount, using: &generator)
      let weight = [0.1, 0.7, 1e-3, 3.3, 1e6][Int.random(in: 0 ..< 5, using: &generator)]
      builder.addEdge(from: source, to: target, weight: weight)
      expected[source][target] += weight
    }
    let graph = builder.build()
    for source in 0 ..< 3 {
      let row = graph.outEdges(of: source)
      let targets = row.map { Int(graph.outTargets[$0]) }
      #expect(targets == expected[source].indices.filter { expected[source][$0] > 0 }, "seed \(seed)")
      #expect(row.map { graph.outWeights[$0] } == targets.map { expected[source][$0] }, "seed \(seed)")
    }
  }

  /// Rows short and long, weights that round differently in another order: every out row is the reference (the
  /// row's edges in input order, stably sorted by target, equal targets summed left to right), bit for bit, and
  /// every in row is the out rows read by target, sources ascending.
  @Test(arguments: 0 ..< 3)
  func rowsMatchAReferenceBitForBit(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let nodeCount = 300
    var builder = GraphBuilder(nodeCount: nodeCount)
    var added: [[(target: Int, weight: Double)]] = Array(repeating: [], count: nodeCount)
    for _ in 0 ..< 6_000 {
      // Node 0's row is long (about 1,500 edges); the others hold about 15.
      let source = Bool.random(using: &generator) && Bool.random(using: &generator)
        ? 0 : Int.random(in: 1 ..< nodeCount, using: &generator)
      let target = Int.random(in: 0 ..< (source == 0 ? nodeCount : 40), using: &generator)
      let weight = [0.1, 0.7, 1e-3, 3.3, 1e6, 1.0 / 3][Int.random(in: 0 ..< 6, using: &generator)]
      builder.addEdge(from: source, to: target, weight: weight)
      added[source].append((target, weight))
    }
    let graph = builder.build()
    var expectedIn: [[(source: Int, weight: Double)]] = Array(repeating: [], count: nodeCount)
    for source in 0 ..< nodeCount {
      var sums: [(target: Int, weight: Double)] = []
      let ordered = added[source].enumerated()
        .sorted { ($0.element.target, $0.offset) < ($1.element.target, $1.offset) }
      for (target, weight) in ordered.map(\.element) {
        if sums.last?.target == target { sums[sums.count - 1].weight += weight } else { sums.append((target, weight)) }
      }
      let row = graph.outEdges(of: source)
      #expect(row.map { Int(graph.outTargets[$0]) } == sums.map(\.target), "seed \(seed) node \(source)")
      #expect(row.map { graph.outWeights[$0].bitPattern } == sums.map(\.weight.bitPattern), "seed \(seed)")
      for (target, weight) in sums { expectedIn[target].append((source, weight)) }
    }
    for node in 0 ..< nodeCount {
      let row = graph.inEdges(of: node)
      #expect(row.map { Int(graph.inSources[$0]) } == expectedIn[node].map(\.source), "seed \(seed) node \(node)")
      #expect(row.map { graph.inWeights[$0].bitPattern } == expectedIn[node].map(\.weight.bitPattern), "seed \(seed)")
    }
  }
}
