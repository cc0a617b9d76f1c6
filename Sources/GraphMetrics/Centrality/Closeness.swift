import InteractionGraph

extension InteractionGraph {
  /// Closeness centrality over incoming hop distance, with Wasserman–Faust scaling for unreachable nodes.
  ///
  /// Definition: let R(u) be the nodes other than u from which u can be reached, r = |R(u)|, and
  /// D(u) = Σ_{v ∈ R(u)} d(v, u) the total hop distance *to* u. Then
  /// C(u) = (r / (n − 1)) · (r / D(u)).
  /// On a strongly connected graph this is (n − 1) / D(u), the reciprocal of the mean distance to u.
  ///
  /// Choices, all as NetworkX 3.6.1 `closeness_centrality(G)` on a `DiGraph` (which reverses the graph, so
  /// distance is incoming, with `wf_improved=True`): a node nobody reaches scores 0, as do isolated nodes;
  /// self-loops do not change distances; for n ≤ 1 every score is 0.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 2)
  /// builder.build().closenessCentrality().values  // [0.0, 0.5, 0.666…]
  /// // node 2 is reached by 2 nodes at total distance 3: (2/3)·(2/2)
  /// ```
  ///
  /// - Parameter parallelism: number of workers (default: all cores).
  /// - Returns: one score per node.
  /// Computed by bit-parallel breadth-first searches from 256 sources at a time (`MultiSourceHopSearch`).
  ///
  /// - Complexity: O(|V|·(|V| + |E|)) time in the worst case, in practice O(|V|/256 · levels · |E|) word
  ///   operations divided among the workers; O(workers · |V|) space.
  ///
  /// References: S. Wasserman and K. Faust, "Social Network Analysis", Cambridge University Press, 1994,
  /// doi:10.1017/CBO9780511815478, p. 201; NetworkX `networkx/algorithms/centrality/closeness.py`.
  public func closenessCentrality(parallelism: Parallelism = .allCores) -> NodeScores {
    allSourceDistanceSums(parallelism: parallelism).closenessScores()
  }

}
