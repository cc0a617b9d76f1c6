import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct ComponentsTests {
  /// Expected: NetworkX 3.6.1 `weakly_connected_components` / `strongly_connected_components`, turned into ids
  /// ordered by each component's smallest node index by Scripts/reference_metrics.py.
  @Test(arguments: ReferenceFixture.allNames)
  func partitionsMatchNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let graph = try fixture.graph()
    let weak = graph.weaklyConnectedComponents()
    let strong = graph.stronglyConnectedComponents()
    #expect(weak.count == fixture.expected.weakComponentCount, "graph '\(name)' weak count")
    #expect(weak.componentOfNode == fixture.expected.weakComponents, "graph '\(name)' weak ids")
    #expect(strong.count == fixture.expected.strongComponentCount, "graph '\(name)' strong count")
    #expect(strong.componentOfNode == fixture.expected.strongComponents, "graph '\(name)' strong ids")
  }

  /// A 200,000-node directed cycle is one strongly connected component; a recursive Tarjan would need a
  /// 200,000-frame call stack here. Cutting the closing edge leaves 200,000 singletons.
  @Test func longCycleNeedsNoRecursion() {
    let count = 200_000
    var builder = GraphBuilder(nodeCount: count)
    for node in 0 ..< count - 1 { builder.addEdge(from: node, to: node + 1) }
    let path = builder
    builder.addEdge(from: count - 1, to: 0)
    let cycle = builder.build()
    #expect(cycle.stronglyConnectedComponents().count == 1)
    let strong = path.build().stronglyConnectedComponents()
    #expect(strong.count == count && strong.componentOfNode[count - 1] == count - 1)
    #expect(cycle.weaklyConnectedComponents().sizes() == [count])
  }

  /// By hand: 0 ⇄ 1 → 2, and 3 → 4 ⇄ 5 gives strong components {0, 1}, {2}, {3}, {4, 5}, ids by smallest node.
  @Test func idsFollowSmallestNodeIndex() {
    let graph = graph(nodeCount: 6, edges: [(5, 4), (4, 5), (3, 4), (1, 2), (1, 0), (0, 1)])
    #expect(graph.stronglyConnectedComponents().componentOfNode == [0, 0, 1, 2, 3, 3])
    #expect(graph.weaklyConnectedComponents().componentOfNode == [0, 0, 0, 1, 1, 1])
  }
}
