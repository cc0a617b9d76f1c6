import InteractionGraph

extension InteractionGraph {
  /// Density: the fraction of possible directed edges that are present.
  ///
  /// Definition: D = m / (n (n − 1)) for n nodes and m distinct edges.
  ///
  /// Choices, as NetworkX 3.6.1 `density(G)` on a `DiGraph`: self-loops count in m (so a graph with
  /// self-loops can exceed 1); weights are ignored; the density is 0 when m = 0 or n ≤ 1.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 2)
  /// builder.build().density()  // 2 / 6 = 0.333…
  /// ```
  ///
  /// - Complexity: O(1).
  public func density() -> Double {
    guard edgeCount > 0 && nodeCount > 1 else { return 0 }
    return Double(edgeCount) / (Double(nodeCount) * Double(nodeCount - 1))
  }
}
