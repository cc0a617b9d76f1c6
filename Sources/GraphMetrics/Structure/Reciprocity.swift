import InteractionGraph

extension InteractionGraph {
  /// Overall reciprocity: the fraction of edges whose reverse edge also exists.
  ///
  /// Definition: r = |{(u, v) ∈ E : u ≠ v, (v, u) ∈ E}| / |E|, on edges, ignoring weights.
  ///
  /// Choices, as NetworkX 3.6.1 `overall_reciprocity(G)` (which computes 2 × (|E| − |E of the undirected
  /// view|) / |E|): a self-loop counts in the denominator but is never reciprocated; a graph without edges has
  /// no reciprocity and gives `nil` (NetworkX raises).
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 0)
  /// builder.addEdge(from: 1, to: 2)
  /// builder.build().overallReciprocity()  // 2/3
  /// ```
  ///
  /// - Returns: a value in 0…1, or `nil` when the graph has no edges.
  /// - Complexity: O(|E| log d) time (a binary search per edge, d the largest out-degree), O(1) space.
  public func overallReciprocity() -> Double? {
    guard edgeCount > 0 else { return nil }
    var reciprocated = 0
    for source in nodes {
      for edge in outEdges(of: source) {
        let target = Int(outTargets[edge])
        if target != source && weight(from: target, to: source) > 0 { reciprocated += 1 }
      }
    }
    return Double(reciprocated) / Double(edgeCount)
  }
}
