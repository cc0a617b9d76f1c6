import InteractionGraph

/// One of the five brokerage roles of Gould and Fernandez, for a two-path i → v → k through the broker v.
public enum BrokerageRole: Int, CaseIterable, Sendable {
  /// i, v and k all in one group (sna `w_I`).
  case coordinator
  /// i outside, v and k inside the same group: the broker lets a contact into its group (sna `b_OI`).
  case gatekeeper
  /// i and v inside, k outside: the broker carries its group's contact out (sna `b_IO`).
  case representative
  /// i and k in one group, v in another: the broker mediates within a group it is not in (sna `w_O`,
  /// "itinerant broker").
  case consultant
  /// i, v and k in three different groups (sna `b_O`).
  case liaison
}

/// How many open two-paths one node brokers in each role.
public struct BrokerageRoleCounts: Sendable, Equatable {
  public var coordinator = 0
  public var gatekeeper = 0
  public var representative = 0
  public var consultant = 0
  public var liaison = 0

  public init() {}

  /// The count for one role.
  public subscript(role: BrokerageRole) -> Int {
    get {
      switch role {
      case .coordinator: return coordinator
      case .gatekeeper: return gatekeeper
      case .representative: return representative
      case .consultant: return consultant
      case .liaison: return liaison
      }
    }
    set {
      switch role {
      case .coordinator: coordinator = newValue
      case .gatekeeper: gatekeeper = newValue
      case .representative: representative = newValue
      case .consultant: consultant = newValue
      case .liaison: liaison = newValue
      }
    }
  }

  /// All open two-paths through the node with known groups: the sum of the five roles (sna `t`).
  public var total: Int { coordinator + gatekeeper + representative + consultant + liaison }
}

/// A bad argument to `InteractionGraph.brokerageRoles(groups:parallelism:)`.
public enum BrokerageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The group list does not have one entry per node.
  case groupCountMismatch(nodeCount: Int, groupCount: Int)

  public var description: String {
    switch self {
    case .groupCountMismatch(let nodeCount, let groupCount):
      return "error: brokerage needs one group entry per node (nil for unknown): the graph has \(nodeCount) "
        + "nodes, got \(groupCount) entries"
    }
  }
}

extension InteractionGraph {
  /// Gould–Fernandez brokerage roles of every node for a partition into groups, with sna's null model.
  ///
  /// Definition: v *brokers* the ordered pair (i, k) when i → v → k, the three nodes are distinct and there is
  /// no edge i → k (an open two-path). Each brokered pair credits v with exactly one role, by the groups
  /// G(i), G(v), G(k): coordinator when G(i) = G(v) = G(k); gatekeeper when G(i) ≠ G(v) = G(k); representative
  /// when G(i) = G(v) ≠ G(k); consultant when G(i) = G(k) ≠ G(v); liaison when all three differ. The counts are
  /// those of R `sna::brokerage(g, cl)$raw.nli` (columns w_I, b_OI, b_IO, w_O, b_O).
  ///
  /// Choices: the graph is read as directed and unweighted (an edge exists or not; its weight is ignored);
  /// self-loops never form part of a two-path. `groups[v] == nil` means v's group is unknown: a two-path with
  /// any unknown endpoint or broker is not counted in any role (its role cannot be decided), so such a node
  /// brokers nothing and has no expected values. Group ids are arbitrary integers. Expected counts, standard
  /// deviations and z-scores follow sna's Bernoulli null model (see `BrokerageAnalysis`).
  ///
  /// ```swift
  /// // 0 → 1 → 2 with groups [0, 0, 1]: node 1 carries its group's contact out.
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 1, to: 2)
  /// try builder.build().brokerageRoles(groups: [0, 0, 1]).counts[1].representative  // 1
  /// ```
  ///
  /// - Parameters:
  ///   - groups: the group of every node (`groups.count == nodeCount`), nil when unknown.
  ///   - parallelism: number of workers (default: all cores); the result does not depend on it.
  /// - Returns: role counts per node and the null-model moments.
  /// - Throws: `BrokerageError.groupCountMismatch` when `groups` does not have one entry per node.
  /// - Complexity: O(|V| + |E| + Σ_v in(v) · out(v) · log Δ) time for maximum out-degree Δ, divided among the
  ///   workers: for each broker v and in-neighbour i, v's sorted out-list is walked while a galloping cursor
  ///   finds each target in i's sorted out-list (never more than merging the two lists, and no marker array
  ///   or per-worker workspace is needed). O(|V|) space.
  ///
  /// References: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
  /// transaction networks", Sociological Methodology 19 (1989) 89–126, doi:10.2307/270949; C. T. Butts, R
  /// package sna, `brokerage` (R/models.R).
  public func brokerageRoles(
    groups: [Int?], parallelism: Parallelism = .allCores
  ) throws(BrokerageError) -> BrokerageAnalysis {
    guard groups.count == nodeCount else {
      throw .groupCountMismatch(nodeCount: nodeCount, groupCount: groups.count)
    }
    let graph = self
    let counts = parallelism.mapNodes(
      nodeCount: nodeCount, makeState: {},
      value: { broker, _ in graph.brokerageCounts(of: broker, groups: groups) })
    var loopCount = 0
    for node in nodes where weight(from: node, to: node) > 0 { loopCount += 1 }
    let possible = Double(nodeCount) * Double(nodeCount - 1)
    let density = nodeCount > 1 ? Double(edgeCount - loopCount) / possible : 0
    return BrokerageAnalysis(counts: counts, groups: groups, density: density)
  }

  /// The role counts of one broker. Kernel: for every in-neighbour i, walk v's sorted out-list while a cursor
  /// gallops forward through i's sorted out-list, so "i → k exists" is decided without a marker array.
  func brokerageCounts(of broker: Int, groups: [Int?]) -> BrokerageRoleCounts {
    var counts = BrokerageRoleCounts()
    guard let brokerGroup = groups[broker] else { return counts }
    for inEdge in inEdges(of: broker) {
      let source = Int(inSources[inEdge])
      guard source != broker, let sourceGroup = groups[source] else { continue }
      var cursor = outOffsets[source]
      let end = outOffsets[source + 1]
      for outEdge in outEdges(of: broker) {
        let target = Int(outTargets[outEdge])
        guard target != broker, target != source, let targetGroup = groups[target] else { continue }
        cursor = firstOutEdge(from: cursor, to: end, atLeast: target)
        if cursor < end && Int(outTargets[cursor]) == target { continue }
        counts[BrokerageRole(source: sourceGroup, broker: brokerGroup, target: targetGroup)] += 1
      }
    }
    return counts
  }
}

extension BrokerageRole {
  /// The role of the broker of a two-path whose source, broker and target are in these groups.
  init(source: Int, broker: Int, target: Int) {
    switch (source == broker, broker == target, source == target) {
    case (true, true, _): self = .coordinator
    case (false, true, _): self = .gatekeeper
    case (true, false, _): self = .representative
    case (false, false, true): self = .consultant
    case (false, false, false): self = .liaison
    }
  }
}

extension InteractionGraph {
  /// The first position in `outTargets[start ..< end]` (one node's sorted out-list) holding a target ≥ `target`,
  /// or `end`: exponential steps from `start`, then a binary search, so skipping g entries costs O(log g).
  func firstOutEdge(from start: Int, to end: Int, atLeast target: Int) -> Int {
    var low = start
    var probe = start
    var step = 1
    while probe < end && Int(outTargets[probe]) < target {
      low = probe + 1
      probe += step
      step *= 2
    }
    var high = min(probe, end)
    while low < high {
      let middle = (low + high) / 2
      if Int(outTargets[middle]) < target { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
