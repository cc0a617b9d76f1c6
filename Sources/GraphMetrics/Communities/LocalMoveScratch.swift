/// The scratch space of one node's local move, shared by Louvain and Leiden: the weight k_{u,c} from the node
/// to each community next to it, and the list of those communities, reset after each node so a move costs
/// O(degree), not O(|V|).
struct LocalMoveScratch {
  private var neighbourWeight: [Double]
  private var touched: [Int] = []

  init(nodeCount: Int) { neighbourWeight = Array(repeating: 0, count: nodeCount) }

  /// Accumulates k_{u,c} for the node's own community and every community of its neighbours.
  mutating func gather(node: Int, in projection: UndirectedProjection, community: [Int]) {
    let current = community[node]
    touched.append(current)
    for edge in projection.edges(of: node) {
      let target = community[Int(projection.neighbours[edge])]
      if neighbourWeight[target] == 0 && target != current { touched.append(target) }
      neighbourWeight[target] += projection.weights[edge]
    }
  }

  /// The community with the largest modularity gain k_{u,c} − Σ_c · k_u / 2m for a node of `strength` already
  /// taken out of `current` (`communityStrength` excludes it). A candidate must beat the best so far by
  /// `threshold` = 10⁻¹²·k_u, so ties and rounding keep the node where it is.
  func bestMove(current: Int, strength: Double, communityStrength: [Double], doubledWeight: Double)
    -> (community: Int, gain: Double, threshold: Double)
  {
    var best = current
    var bestGain = neighbourWeight[current] - communityStrength[current] * strength / doubledWeight
    let threshold = 1e-12 * max(strength, 1e-300)
    for candidate in touched where candidate != current {
      let gain = neighbourWeight[candidate] - communityStrength[candidate] * strength / doubledWeight
      if gain > bestGain + threshold {
        best = candidate
        bestGain = gain
      }
    }
    return (best, bestGain, threshold)
  }

  /// Clears what `gather` wrote, in O(communities touched).
  mutating func reset() {
    for candidate in touched { neighbourWeight[candidate] = 0 }
    touched.removeAll(keepingCapacity: true)
  }
}
