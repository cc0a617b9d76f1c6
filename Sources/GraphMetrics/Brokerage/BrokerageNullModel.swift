/// The mean and standard deviation of a brokerage count under the null model.
public struct BrokerageMoments: Sendable, Equatable {
  public let expected: Double
  public let standardDeviation: Double

  /// (count − expected) / standard deviation, or nil when the deviation is 0 (density 0 or 1, or too few
  /// nodes for the role), where sna would give NaN or ±Inf.
  public func zScore(of count: Int) -> Double? {
    standardDeviation > 0 ? (Double(count) - expected) / standardDeviation : nil
  }
}

/// The null-model moments shared by every broker of one group.
public struct BrokerageGroupMoments: Sendable, Equatable {
  /// Moments per role, indexed by `BrokerageRole.rawValue`.
  public let roles: [BrokerageMoments]
  /// Moments of the total over the five roles (sna `t`).
  public let total: BrokerageMoments

  public subscript(role: BrokerageRole) -> BrokerageMoments { roles[role.rawValue] }
}

/// The result of `InteractionGraph.brokerageRoles(groups:parallelism:)`: observed counts and sna's null model.
///
/// Null model (R `sna::brokerage`, its `exp.nli`, `sd.nli`, `z.nli`): the graph is a Bernoulli digraph in which
/// every ordered pair of distinct nodes is an edge independently with probability d, the observed density
/// (loops excluded), while group labels stay fixed. For a broker v of a group of size nᵥ among N nodes with
/// known groups, each candidate ordered pair (i, k) contributes the indicator X = A(i,v)·A(v,k)·(1 − A(i,k)),
/// whose mean is p = d²(1 − d). Two indicators of the same broker are dependent only when they share an edge
/// (same i, or same k), and then Cov = d³(1 − d)² − p² = d³(1 − d)³ =: c. Counting the eligible pairs M and
/// the ordered pairs of pairs sharing an edge C gives E = p·M and Var = p(1 − p)·M + c·C:
///
/// - coordinator: M = (nᵥ−1)(nᵥ−2), C = 2(nᵥ−1)(nᵥ−2)(nᵥ−3);
/// - consultant: M = Σ_{g≠v} n_g(n_g−1), C = 2 Σ_{g≠v} n_g(n_g−1)(n_g−2);
/// - representative and gatekeeper: M = (N−nᵥ)(nᵥ−1), C = (nᵥ−1)(N−nᵥ)(N−nᵥ−1) + (N−nᵥ)(nᵥ−1)(nᵥ−2);
/// - liaison: M = (N−nᵥ)² − Σ_{g≠v} n_g², C = 2 Σ_{g≠v} n_g (N−nᵥ−n_g)(N−nᵥ−n_g−1);
/// - total: M = (N−1)(N−2), C = 2(N−1)(N−2)(N−3).
///
/// These are sna's formulas (written there with binomial coefficients), and the derivation above is ours.
/// d is the density of the whole graph over all nodes, as in sna (edge-list rows / N(N − 1)), except that
/// self-loops are left out of the edge count (they cannot lie on a two-path); for loop-free graphs the two
/// agree. sna has no unknown groups: here nodes whose group is nil are left out of N and of the group sizes,
/// and have no moments. Moments depend only on the broker's group, so they are stored per group.
public struct BrokerageAnalysis: Sendable, Equatable {
  /// Observed role counts per node.
  public let counts: [BrokerageRoleCounts]
  /// The edge probability d of the null model: distinct non-loop edges / (n (n − 1)), 0 when n ≤ 1.
  public let density: Double
  /// The distinct known group ids in ascending order.
  public let groupIDs: [Int]
  /// The number of nodes in each group of `groupIDs`.
  public let groupSizes: [Int]
  /// Null-model moments for a broker in each group of `groupIDs`.
  public let groupMoments: [BrokerageGroupMoments]
  /// The position in `groupIDs` of every node's group, nil when unknown.
  private let groupPositions: [Int?]

  init(counts: [BrokerageRoleCounts], groups: [Int?], density: Double) {
    let ids = Array(Set(groups.compactMap { $0 })).sorted()
    var positionOfID: [Int: Int] = [:]
    for (position, id) in ids.enumerated() { positionOfID[id] = position }
    let positions = groups.map { group in group.flatMap { positionOfID[$0] } }
    var sizes = Array(repeating: 0, count: ids.count)
    for position in positions { if let position { sizes[position] += 1 } }
    self.counts = counts
    self.density = density
    groupIDs = ids
    groupSizes = sizes
    groupPositions = positions
    groupMoments = sizes.indices.map { BrokerageAnalysis.moments(group: $0, sizes: sizes, density: density) }
  }

  /// The null-model moments of `role` for `node` as a broker, nil when the node's group is unknown.
  public func moments(of role: BrokerageRole, node: Int) -> BrokerageMoments? {
    groupPositions[node].map { groupMoments[$0][role] }
  }

  /// The z-score of `node`'s count in `role`; nil when its group is unknown or the deviation is 0.
  public func zScore(of role: BrokerageRole, node: Int) -> Double? {
    moments(of: role, node: node)?.zScore(of: counts[node][role])
  }

  /// The z-score of `node`'s total brokerage; nil when its group is unknown or the deviation is 0.
  public func totalZScore(node: Int) -> Double? {
    groupPositions[node].flatMap { groupMoments[$0].total.zScore(of: counts[node].total) }
  }

  /// The moments for a broker of the group at `group`, by the pair counts M and C of the type comment.
  static func moments(group: Int, sizes: [Int], density: Double) -> BrokerageGroupMoments {
    let own = Double(sizes[group])
    let all = Double(sizes.reduce(0, +))
    let outside = all - own
    var consultantPairs = 0.0, consultantShared = 0.0, otherSquares = 0.0, liaisonShared = 0.0
    for (position, size) in sizes.enumerated() where position != group {
      let other = Double(size)
      let rest = all - own - other
      consultantPairs += other * (other - 1)
      consultantShared += 2 * other * (other - 1) * (other - 2)
      otherSquares += other * other
      liaisonShared += 2 * other * rest * (rest - 1)
    }
    let crossPairs = outside * (own - 1)
    let crossShared = (own - 1) * outside * (outside - 1) + outside * (own - 1) * (own - 2)
    let pathProbability = density * density * (1 - density)
    let sharedCovariance = pow3(density) * pow3(1 - density)
    func moments(pairs: Double, shared: Double) -> BrokerageMoments {
      let variance = pathProbability * (1 - pathProbability) * pairs + sharedCovariance * shared
      let deviation = variance > 0 ? variance.squareRoot() : 0
      return BrokerageMoments(expected: pathProbability * pairs, standardDeviation: deviation)
    }
    let cross = moments(pairs: crossPairs, shared: crossShared)
    let roles = [
      moments(pairs: (own - 1) * (own - 2), shared: 2 * (own - 1) * (own - 2) * (own - 3)),
      cross,
      cross,
      moments(pairs: consultantPairs, shared: consultantShared),
      moments(pairs: outside * outside - otherSquares, shared: liaisonShared),
    ]
    let total = moments(pairs: (all - 1) * (all - 2), shared: 2 * (all - 1) * (all - 2) * (all - 3))
    return BrokerageGroupMoments(roles: roles, total: total)
  }
}

private func pow3(_ value: Double) -> Double { value * value * value }
