import InteractionGraph

/// A bad partition passed to a community metric.
public enum CommunityError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The partition does not have one entry per node.
  case partitionCountMismatch(nodeCount: Int, entryCount: Int)

  public var description: String {
    switch self {
    case .partitionCountMismatch(let nodeCount, let entryCount):
      return "error: a partition needs one community or module id per node: the graph has \(nodeCount) nodes, "
        + "got \(entryCount) entries"
    }
  }
}

extension InteractionGraph {
  /// Newman's weighted modularity of a partition, on the undirected weighted projection.
  ///
  /// Definition: Q = Σ_c [ L_c / m − (d_c / 2m)² ], where m is the total undirected weight, L_c the weight of
  /// the undirected edges with both ends in community c and d_c the sum of the strengths of c's nodes
  /// (resolution γ = 1). Equivalently Q = (1/2m) Σ_{u,v} [A_uv − s_u s_v / 2m] δ(c_u, c_v).
  ///
  /// Choices: the graph is the undirected projection (u – v weighted w(u, v) + w(v, u)); a self-loop of weight
  /// w is an undirected loop of weight w that adds w to L_c and 2w to its node's strength, as NetworkX 3.6.1
  /// `community.modularity(G, communities, weight="weight")` on that projection computes it. Community ids
  /// are arbitrary integers; empty communities do not exist. A graph without edges gives 0 (NetworkX divides
  /// by zero there).
  ///
  /// ```swift
  /// // Two disjoint edges, each its own community: L = 1, d = 2 per community, m = 2.
  /// var builder = GraphBuilder(nodeCount: 4)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 2, to: 3)
  /// try builder.build().modularity(of: [0, 0, 1, 1])  // 2 × (1/2 − (2/4)²) = 0.5
  /// ```
  ///
  /// - Parameter communities: the community id of every node.
  /// - Returns: Q, in −1/2 … 1.
  /// - Throws: `CommunityError.partitionCountMismatch` unless there is one id per node.
  /// - Complexity: O(|V| + |E|) time and space (plus a dictionary over the distinct ids).
  ///
  /// References: M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E 70, 056131 (2004),
  /// doi:10.1103/PhysRevE.70.056131; NetworkX `networkx/algorithms/community/quality.py`.
  public func modularity(of communities: [Int]) throws(CommunityError) -> Double {
    guard communities.count == nodeCount else {
      throw .partitionCountMismatch(nodeCount: nodeCount, entryCount: communities.count)
    }
    return UndirectedProjection(self).modularity(of: denseLabels(communities))
  }
}

extension UndirectedProjection {
  /// Q for `labels` in 0 ..< |V| (dense ids); see `InteractionGraph.modularity(of:)`.
  func modularity(of labels: [Int]) -> Double {
    guard totalWeight > 0 else { return 0 }
    var internalWeight = Array(repeating: 0.0, count: nodeCount)
    var degreeSum = Array(repeating: 0.0, count: nodeCount)
    for node in 0 ..< nodeCount {
      let community = labels[node]
      degreeSum[community] += strengths[node]
      internalWeight[community] += loopWeights[node]
      for edge in edges(of: node) where Int(neighbours[edge]) > node && labels[Int(neighbours[edge])] == community {
        internalWeight[community] += weights[edge]
      }
    }
    var quality = 0.0
    for community in 0 ..< nodeCount where degreeSum[community] > 0 || internalWeight[community] > 0 {
      let share = degreeSum[community] / (2 * totalWeight)
      quality += internalWeight[community] / totalWeight - share * share
    }
    return quality
  }
}

/// Arbitrary ids renumbered 0 ..< k in order of first appearance.
func denseLabels(_ ids: [Int]) -> [Int] {
  var labelOfID: [Int: Int] = [:]
  return ids.map { id in
    if let label = labelOfID[id] { return label }
    let label = labelOfID.count
    labelOfID[id] = label
    return label
  }
}
