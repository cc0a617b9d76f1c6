import InteractionGraph

/// How a path's length is measured by the shortest-path centralities.
public enum PathLength: Sendable, Equatable, CaseIterable {
  /// Every edge has length 1 (hop distance); weights are ignored.
  case hops
  /// An edge of weight w has length 1/w, so frequent interaction means closeness.
  case inverseWeight
}

/// How betweenness is scaled after summing pair dependencies.
public enum BetweennessNormalization: Sendable, Equatable, CaseIterable {
  /// Raw sums of pair dependencies (NetworkX `normalized=False` on a directed graph).
  case none
  /// Divided by (n−1)(n−2), the number of ordered pairs of other nodes (NetworkX `normalized=True`, directed).
  case orderedPairs
}

extension InteractionGraph {
  /// Betweenness centrality: the share of shortest paths between other nodes that pass through each node.
  ///
  /// Definition: B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), where σ(s, t) is the number of shortest directed
  /// paths from s to t and σ(s, t | v) the number of those through v; pairs with t unreachable from s add 0.
  /// With `.orderedPairs` the sum is divided by (n − 1)(n − 2).
  ///
  /// Choices, all as NetworkX 3.6.1 `betweenness_centrality(G, normalized=True)` on a `DiGraph` (and, with
  /// `.inverseWeight`, `weight=` an attribute holding 1/weight): endpoints are not counted; self-loops never
  /// lie on a shortest path and are ignored; isolated nodes score 0; for n ≤ 2 no node can lie between two
  /// others, every score is 0 and no division happens (no NaN, no negative denominator).
  ///
  /// Computed by Brandes' algorithm, exactly (every source, no sampling), split across workers as described
  /// in `Parallelism`.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 2)
  /// builder.build().betweennessCentrality().values  // [0.0, 0.5, 0.0]: 1 pair (0, 2) of 2 ordered pairs
  /// ```
  ///
  /// - Parameters:
  ///   - pathLength: hop distance (default) or 1/weight (Dijkstra).
  ///   - normalization: `.orderedPairs` (default) or `.none`.
  ///   - parallelism: number of workers (default: all cores).
  /// - Returns: one score per node.
  /// - Complexity: O(|V|·|E|) time for hops, O(|V|·|E| log |V|) with weights, divided among the workers;
  ///   O(workers · |V| + |E|) space.
  ///
  /// References: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
  /// doi:10.1080/0022250X.2001.9990249; NetworkX `networkx/algorithms/centrality/betweenness.py`.
  public func betweennessCentrality(
    pathLength: PathLength = .hops, normalization: BetweennessNormalization = .orderedPairs,
    parallelism: Parallelism = .allCores
  ) -> NodeScores {
    let graph = self
    let count = nodeCount
    let usesWeights = pathLength == .inverseWeight
    var scores = parallelism.sumOverSources(
      nodeCount: count,
      makeState: { BrandesWorkspace(nodeCount: count, usesWeights: usesWeights) },
      visit: { source, workspace, partial in
        if usesWeights {
          workspace.accumulateWeighted(from: source, in: graph, into: &partial)
        } else {
          workspace.accumulateHops(from: source, in: graph, into: &partial)
        }
      })
    if normalization == .orderedPairs && count > 2 {
      let scale = 1 / (Double(count - 1) * Double(count - 2))
      for node in 0 ..< count { scores[node] *= scale }
    }
    return NodeScores(scores)
  }
}
