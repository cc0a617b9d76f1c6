import ConversationModel
import InteractionGraph
import SeededRandom

/// How interaction weight moves between groups (departments, by default), with Krackhardt & Stern's E-I index.
///
/// The matrix cell (g, h) sums the weight of edges from members of g to members of h, over the groups in
/// `order` (sorted by name; only groups with at least one node). Edges with an unknown group on either side are
/// excluded (`excludedWeight`). Expected and lift as in `LevelFlow`.
///
/// E-I index (Krackhardt & Stern 1988, "Informal networks and organizational crises", Social Psychology
/// Quarterly 51(2):123–140, doi:10.2307/2786835), on weights: `(E − I) / (E + I)`, from −1 (all talk inside
/// groups) to +1 (all talk across). For the whole network E is the weight of edges between different groups
/// and I within one group. For one group g, I is the weight of edges with both ends in g and E the weight of
/// edges with exactly one end in g, in either direction (directed ties count from both sides). `nil` when a
/// group has no weight at all.
///
/// The permutation test shuffles the group labels among the nodes that have one (so group sizes are kept),
/// recomputes the whole-network index `permutations` times with a seeded generator, and reports the two-sided
/// p-value `(1 + #{|EI_perm − mean| ≥ |EI_observed − mean|}) / (permutations + 1)`: the chance of an index at
/// least as far from what random labels give.
///
/// - Complexity: O(|E| · permutations + G²) time, O(|V| + G²) space.
public struct GroupMixing: Sendable, Equatable {
  public struct GroupFigures: Sendable, Equatable {
    public var name: String
    public var members: Int
    public var internalWeight: Double
    public var externalWeight: Double
    public var eiIndex: Double?
  }

  public var attribute: String
  public var order: [String]
  public var matrix: [[Double]]
  public var expected: [[Double]]
  public var lift: [[Double?]]
  public var eiIndex: Double?
  public var eiPValue: Double?
  public var permutations: Int
  public var perGroup: [GroupFigures]
  public var excludedWeight: Double

  /// - Parameters:
  ///   - groupOfNode: the group name of each node, `nil` where unknown.
  public init(
    graph: InteractionGraph, attribute: String, groupOfNode: [String?], permutations: Int = 1000, seed: UInt64 = 1
  ) {
    let order = Set(groupOfNode.compactMap { $0 }).sorted()
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    let labels = groupOfNode.map { $0.flatMap { position[$0] } }
    var matrix = Array(repeating: Array(repeating: 0.0, count: order.count), count: order.count)
    var excluded = 0.0
    for source in graph.nodes {
      for edge in graph.outEdges(of: source) {
        if let row = labels[source], let column = labels[Int(graph.outTargets[edge])] {
          matrix[row][column] += graph.outWeights[edge]
        } else {
          excluded += graph.outWeights[edge]
        }
      }
    }
    self.attribute = attribute
    self.order = order
    self.matrix = matrix
    (expected, lift) = MixingExpectation.expectedAndLift(matrix)
    excludedWeight = excluded
    perGroup = Self.groupFigures(matrix: matrix, order: order, labels: labels)
    eiIndex = Self.wholeNetworkEI(graph: graph, labels: labels)
    self.permutations = permutations
    eiPValue = eiIndex.flatMap { observed in
      Self.permutationPValue(graph: graph, labels: labels, observed: observed, permutations: permutations, seed: seed)
    }
  }

  private static func groupFigures(matrix: [[Double]], order: [String], labels: [Int?]) -> [GroupFigures] {
    order.indices.map { group in
      let inside = matrix[group][group]
      let outgoing = matrix[group].reduce(0, +) - inside
      let incoming = matrix.reduce(0) { $0 + $1[group] } - inside
      let external = outgoing + incoming
      return GroupFigures(
        name: order[group], members: labels.lazy.filter { $0 == group }.count, internalWeight: inside,
        externalWeight: external, eiIndex: external + inside > 0 ? (external - inside) / (external + inside) : nil)
    }
  }

  static func wholeNetworkEI(graph: InteractionGraph, labels: [Int?]) -> Double? {
    var external = 0.0, within = 0.0
    for source in graph.nodes {
      guard let sourceGroup = labels[source] else { continue }
      for edge in graph.outEdges(of: source) {
        guard let targetGroup = labels[Int(graph.outTargets[edge])] else { continue }
        if sourceGroup == targetGroup { within += graph.outWeights[edge] } else { external += graph.outWeights[edge] }
      }
    }
    return external + within > 0 ? (external - within) / (external + within) : nil
  }

  private static func permutationPValue(
    graph: InteractionGraph, labels: [Int?], observed: Double, permutations: Int, seed: UInt64
  ) -> Double? {
    guard permutations > 0 else { return nil }
    var generator = SplitMix64(seed: seed)
    let labelled = labels.indices.filter { labels[$0] != nil }
    var shuffled = labels
    var values: [Double] = []
    values.reserveCapacity(permutations)
    for _ in 0 ..< permutations {
      let permutation = labelled.map { labels[$0] }.shuffled(using: &generator)
      for (node, label) in zip(labelled, permutation) { shuffled[node] = label }
      values.append(wholeNetworkEI(graph: graph, labels: shuffled) ?? 0)
    }
    let mean = values.reduce(0, +) / Double(values.count)
    let distance = abs(observed - mean)
    let asExtreme = values.lazy.filter { abs($0 - mean) >= distance - 1e-12 }.count
    return Double(1 + asExtreme) / Double(permutations + 1)
  }
}
