import InteractionGraph

extension InteractionGraph {
  /// Harmonic centrality: the sum of reciprocal hop distances from every other node.
  ///
  /// Definition: H(u) = Σ_{v ≠ u} 1 / d(v, u), where d(v, u) is the hop distance from v to u and
  /// 1/∞ = 0 for nodes that cannot reach u.
  ///
  /// Choices, as NetworkX 3.6.1 `harmonic_centrality(G)`: for each source v it runs
  /// `shortest_path_length(G, v)` and adds 1/d(v, u) to u, so on a directed graph the distance is incoming
  /// (from others to u), the same direction as `closenessCentrality`. Scores are not normalized (divide by
  /// n − 1 for a 0…1 scale). Self-loops and unreachable pairs add nothing; isolated nodes score 0; n ≤ 1
  /// gives zeros.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 2)
  /// builder.build().harmonicCentrality().values  // [0.0, 1.0, 1.5]
  /// ```
  ///
  /// - Parameter parallelism: number of workers (default: all cores).
  /// - Returns: one score per node.
  /// Computed by bit-parallel breadth-first searches from 256 sources at a time (`MultiSourceHopSearch`).
  ///
  /// - Complexity: O(|V|·(|V| + |E|)) time in the worst case, in practice O(|V|/256 · levels · |E|) word
  ///   operations divided among the workers; O(workers · |V|) space.
  ///
  /// References: P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10(3-4), 2014,
  /// doi:10.1080/15427951.2013.865686; NetworkX `networkx/algorithms/centrality/harmonic.py`.
  public func harmonicCentrality(parallelism: Parallelism = .allCores) -> NodeScores {
    allSourceDistanceSums(parallelism: parallelism).harmonicScores()
  }

}
