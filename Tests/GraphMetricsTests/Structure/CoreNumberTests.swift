import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct CoreNumberTests {
  /// Expected: NetworkX 3.6.1 `core_number(G.to_undirected())` with self-loops removed; integers, exact.
  @Test(arguments: ReferenceFixture.allNames)
  func fixturesMatchNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let expected = try StructuralExpected.load(name)
    let cores = try fixture.graph().coreNumbers()
    for node in 0 ..< fixture.nodeCount where cores[node] != expected.coreNumber[node] {
      let reference = expected.coreNumber[node]
      Issue.record("\(fixture.label(node: node)) core number: got \(cores[node]), NetworkX gives \(reference)")
    }
    #expect(cores.count == fixture.nodeCount)
  }

  /// By hand: a triangle 0-1-2 is a 2-core; 3 is tied to it by the reciprocated pair 2 ↔ 3, one contact.
  @Test func reciprocatedPairCountsOnce() {
    let cores = graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 2)]).coreNumbers()
    #expect(cores == [2, 2, 2, 1])
  }

  /// Self-loops are dropped: a node with only a self-loop has core number 0, and a loop adds nothing to a pair.
  @Test func selfLoopsAreIgnored() {
    #expect(graph(nodeCount: 3, edges: [(0, 0), (1, 2), (1, 1)]).coreNumbers() == [0, 1, 1])
  }

  @Test func emptyAndIsolated() {
    #expect(InteractionGraph(nodeCount: 0).coreNumbers() == [])
    #expect(InteractionGraph(nodeCount: 3).coreNumbers() == [0, 0, 0])
  }

  /// Property on seeded random graphs: the bucket algorithm agrees with naive repeated peeling.
  @Test(arguments: [11, 12, 13, 14, 15, 16] as [UInt64])
  func randomGraphsMatchNaivePeeling(seed: UInt64) {
    let random = randomGraph(nodeCount: 60, edgeAttempts: 240, seed: seed)
    #expect(random.coreNumbers() == naiveCoreNumbers(random), "seed \(seed)")
  }
}

/// Core numbers by definition: for k = 1, 2, …, delete nodes with fewer than k remaining contacts until none
/// is left to delete; nodes still present belong to the k-core. O(k_max · |V| · |E|), fine for small graphs.
func naiveCoreNumbers(_ graph: InteractionGraph) -> [Int] {
  var contacts = Array(repeating: Set<Int>(), count: graph.nodeCount)
  for source in graph.nodes {
    for edge in graph.outEdges(of: source) where Int(graph.outTargets[edge]) != source {
      contacts[source].insert(Int(graph.outTargets[edge]))
      contacts[Int(graph.outTargets[edge])].insert(source)
    }
  }
  var cores = Array(repeating: 0, count: graph.nodeCount)
  var k = 1
  var present = Set(graph.nodes)
  while !present.isEmpty {
    var removed = true
    while removed {
      let weak = present.filter { contacts[$0].intersection(present).count < k }
      removed = !weak.isEmpty
      present.subtract(weak)
    }
    for node in present { cores[node] = k }
    k += 1
  }
  return cores
}
