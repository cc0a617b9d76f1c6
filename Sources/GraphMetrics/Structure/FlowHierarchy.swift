import InteractionGraph

extension InteractionGraph {
  /// Flow hierarchy: the share of edges that lie on no directed cycle (Luo & Magee 2011).
  ///
  /// Definition and choices as NetworkX 3.6.1 `flow_hierarchy(G)` with its default `weight=None`: every edge
  /// counts 1 whatever its weight, and an edge is on a cycle exactly when both its ends are in the same strongly
  /// connected component, so the figure is `1 − (edges inside strongly connected components) / (all edges)`.
  /// 1 for a graph without cycles (a pure chain of command), 0 when every edge is on a cycle. NetworkX raises
  /// for a graph without edges; this returns `nil` instead.
  ///
  /// - Complexity: O(|V| + |E|) time (one Tarjan pass), O(|V|) space.
  ///
  /// References: J. Luo & C. L. Magee, "Detecting evolving patterns of self-organizing networks by flow
  /// hierarchy measurement", Complexity 16(6), 2011, doi:10.1002/cplx.20368.
  public func flowHierarchy() -> Double? {
    guard edgeCount > 0 else { return nil }
    let components = stronglyConnectedComponents().componentOfNode
    var onCycle = 0
    for source in nodes {
      for edge in outEdges(of: source) where components[source] == components[Int(outTargets[edge])] {
        onCycle += 1
      }
    }
    return 1 - Double(onCycle) / Double(edgeCount)
  }
}
