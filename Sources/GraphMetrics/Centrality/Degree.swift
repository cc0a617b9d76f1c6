import InteractionGraph

extension InteractionGraph {
  /// The number of distinct in-neighbours of every node (edges into it).
  ///
  /// Definition: deg⁻(v) = |{u : u → v}|. Parallel interactions were merged by `GraphBuilder`, so this counts
  /// people, not messages. A self-loop counts once here and once in `outDegrees()`, as NetworkX
  /// `DiGraph.in_degree`. Isolated nodes have 0.
  ///
  /// - Complexity: O(|V|) time and space.
  public func inDegrees() -> [Int] { nodes.map { inDegree($0) } }

  /// The number of distinct out-neighbours of every node (edges out of it); see `inDegrees()`.
  ///
  /// Definition: deg⁺(v) = |{w : v → w}|, as NetworkX `DiGraph.out_degree`.
  ///
  /// - Complexity: O(|V|) time and space.
  public func outDegrees() -> [Int] { nodes.map { outDegree($0) } }

  /// The total weight of the edges into every node (interactions received).
  ///
  /// Definition: s⁻(v) = Σ_{u → v} w(u, v), as NetworkX `DiGraph.in_degree(weight="weight")`. A self-loop's
  /// weight counts in both strengths. Isolated nodes have 0.
  ///
  /// - Complexity: O(|V| + |E|) time, O(|V|) space.
  public func inStrengths() -> NodeScores {
    NodeScores(nodes.map { node in inEdges(of: node).reduce(0.0) { $0 + inWeights[$1] } })
  }

  /// The total weight of the edges out of every node (interactions sent); see `inStrengths()`.
  ///
  /// Definition: s⁺(v) = Σ_{v → w} w(v, w), as NetworkX `DiGraph.out_degree(weight="weight")`.
  ///
  /// - Complexity: O(|V| + |E|) time, O(|V|) space.
  public func outStrengths() -> NodeScores {
    NodeScores(nodes.map { node in outEdges(of: node).reduce(0.0) { $0 + outWeights[$1] } })
  }
}
