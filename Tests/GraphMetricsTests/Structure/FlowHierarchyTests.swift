import GraphMetrics
import InteractionGraph
import Testing

@Suite struct FlowHierarchyTests {
  /// Hand-checked: 0→1→2→0 is a cycle (3 edges on it); 2→3 and 3→4 are on none; weights are ignored.
  /// 1 − 3/5 = 0.4, which NetworkX 3.6.1 `flow_hierarchy` also gives for this graph.
  @Test func cycleWithTailCountsEdgesOffCycles() {
    var builder = GraphBuilder(nodeCount: 5)
    for (source, target, weight) in [(0, 1, 1.0), (1, 2, 7.0), (2, 0, 1.0), (2, 3, 5.0), (3, 4, 1.0)] {
      builder.addEdge(from: source, to: target, weight: weight)
    }
    #expect(builder.build().flowHierarchy() == 0.4)
  }

  /// A tree of reporting lines has no cycle (1); a mutual pair is all cycle (0); no edges has no figure.
  @Test func treeMutualPairAndEmptyGraph() {
    var tree = GraphBuilder(nodeCount: 4)
    for (source, target) in [(1, 0), (2, 0), (3, 1)] { tree.addEdge(from: source, to: target) }
    #expect(tree.build().flowHierarchy() == 1)
    var pair = GraphBuilder(nodeCount: 2)
    pair.addEdge(from: 0, to: 1)
    pair.addEdge(from: 1, to: 0)
    #expect(pair.build().flowHierarchy() == 0)
    #expect(GraphBuilder(nodeCount: 3).build().flowHierarchy() == nil)
  }
}
