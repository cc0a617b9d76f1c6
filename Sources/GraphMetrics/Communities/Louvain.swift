import InteractionGraph
import SeededRandom

/// A partition of the nodes into communities, with its modularity.
public struct CommunityPartition: Sendable, Equatable {
  /// `communityOfNode[v]` is v's community id, in 0 ..< `count`, numbered by smallest node index (node 0 is in
  /// community 0), so equal partitions have equal ids.
  public let communityOfNode: [Int]
  /// The number of communities (0 for the empty graph).
  public let count: Int
  /// Newman's weighted modularity of this partition on the undirected projection (`modularity(of:)`).
  public let modularity: Double

  /// The nodes of each community, in ascending order, indexed by community id.
  /// - Complexity: O(|V|).
  public func members() -> [[Int]] {
    var members = Array(repeating: [Int](), count: count)
    for (node, community) in communityOfNode.enumerated() { members[community].append(node) }
    return members
  }
}

extension InteractionGraph {
  /// Communities by the Louvain method: greedy local moves and aggregation, maximizing weighted modularity.
  ///
  /// Definition (Blondel et al. 2008): start with every node alone. *Local moving*: visit the nodes in a fixed
  /// order and move each to the neighbouring community with the largest modularity gain
  /// ΔQ ∝ k_{u,c} − Σ_c · s_u / 2m (k_{u,c}: u's edge weight into c, Σ_c: c's total strength, s_u: u's
  /// strength), staying unless some gain is strictly larger; repeat sweeps until a sweep moves nothing (at
  /// most 10,000 sweeps per level, a guard that ordinary graphs never reach).
  /// *Aggregation*: each community becomes one node, edges between communities summed and internal weight
  /// turned into a self-loop. Levels repeat until local moving changes nothing; the last partition is
  /// returned with its modularity Q (see `modularity(of:)`, resolution 1).
  ///
  /// Choices: it runs on the undirected weighted projection (w(u, v) + w(v, u); a self-loop of weight w is an
  /// undirected loop of weight w counted twice in strength, as NetworkX and igraph count it). Visiting order:
  /// at every level the nodes are shuffled by Fisher–Yates with a private SplitMix64 generator seeded from
  /// `seed` and the level number, so a seed gives the same communities on every platform and run. Ties go to
  /// the current community, then to the neighbouring community met first (neighbours ascending). A move needs
  /// a gain above 1e-12 · s_u, so rounding cannot make sweeps cycle. With `trials` > 1 the method runs from
  /// seeds seed, seed + 1, … and keeps the partition with the highest Q (the first on ties). Isolated nodes
  /// stay alone; a graph without edges gives singletons with Q = 0.
  ///
  /// ```swift
  /// // Two triangles joined by the edge 2 – 3 split into {0, 1, 2} and {3, 4, 5}.
  /// var builder = GraphBuilder(nodeCount: 6)
  /// for (u, v) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)] { builder.addEdge(from: u, to: v) }
  /// let partition = builder.build().louvainCommunities()
  /// partition.communityOfNode  // [0, 0, 0, 1, 1, 1]
  /// partition.modularity       // 5/14 ≈ 0.357
  /// ```
  ///
  /// - Parameters:
  ///   - seed: seeds the visiting order (default 0).
  ///   - trials: independent runs with consecutive seeds, the best kept (default 1, at least 1).
  /// - Returns: the communities, renumbered by smallest node index, and their modularity.
  /// - Complexity: O(trials · levels · sweeps · (|V| + |E|)) time, in practice near-linear in |E|;
  ///   O(|V| + |E|) space. Aggregation sorts the level's edges: O(|E| log |E|) per level.
  ///
  /// References: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of communities
  /// in large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008; M. E. J. Newman,
  /// Phys. Rev. E 70, 056131 (2004), doi:10.1103/PhysRevE.70.056131.
  public func louvainCommunities(seed: UInt64 = 0, trials: Int = 1) -> CommunityPartition {
    precondition(trials >= 1, "Louvain needs at least one trial, got \(trials).")
    return UndirectedProjection(self).bestOfTrials(seed: seed, trials: trials) { $0.louvainLabels(seed: $1) }
  }
}

extension UndirectedProjection {
  /// Runs `labels` with seeds seed, seed + 1, … and keeps the highest-modularity partition (first on ties).
  func bestOfTrials(
    seed: UInt64, trials: Int, labels: (UndirectedProjection, UInt64) -> [Int]
  ) -> CommunityPartition {
    var best = CommunityPartition(communityOfNode: [], count: 0, modularity: 0)
    for trial in 0 ..< trials {
      let renumbered = ComponentPartition(labels: labels(self, seed &+ UInt64(trial)))
      let modularity = modularity(of: renumbered.componentOfNode)
      if trial > 0 && best.modularity >= modularity { continue }
      best = CommunityPartition(
        communityOfNode: renumbered.componentOfNode, count: renumbered.count, modularity: modularity)
    }
    return best
  }

  /// One Louvain run: a community label (in 0 ..< |V|) for every node.
  func louvainLabels(seed: UInt64) -> [Int] {
    var labels = Array(0 ..< nodeCount)
    guard totalWeight > 0 else { return labels }
    var level = self
    var levelNumber: UInt64 = 0
    while true {
      var generator = SplitMix64(seed: seed ^ (UInt64(levelNumber) &* 0xD1B5_4A32_D192_ED03))
      let (communities, moved) = level.moveNodes(order: generator.shuffled(0 ..< level.nodeCount))
      guard moved else { return labels }
      let dense = denseLabels(communities)
      labels = labels.map { dense[$0] }
      level = level.aggregated(by: dense)
      levelNumber += 1
    }
  }

  /// Local moving until a sweep changes nothing; returns the community of every node and whether any moved.
  ///
  /// Each node in `order` is taken out of its community and put where the modularity gain is largest
  /// (`LocalMoveScratch`), sweep after sweep.
  func moveNodes(order: [Int]) -> (communities: [Int], moved: Bool) {
    var community = Array(0 ..< nodeCount)
    var communityStrength = strengths
    var scratch = LocalMoveScratch(nodeCount: nodeCount)
    let doubledWeight = 2 * totalWeight
    var anyMoved = false
    var sweeps = 0
    var movedThisSweep = true
    while movedThisSweep && sweeps < 10_000 {
      movedThisSweep = false
      sweeps += 1
      for node in order {
        let current = community[node]
        let strength = strengths[node]
        scratch.gather(node: node, in: self, community: community)
        communityStrength[current] -= strength
        let best = scratch.bestMove(
          current: current, strength: strength, communityStrength: communityStrength, doubledWeight: doubledWeight
        ).community
        communityStrength[best] += strength
        if best != current {
          community[node] = best
          movedThisSweep = true
          anyMoved = true
        }
        scratch.reset()
      }
    }
    return (community, anyMoved)
  }
}
