import InteractionGraph

/// How interaction weight splits by distance in the reporting tree between the two people of each interaction.
///
/// Definition: every edge `u → v` whose two people are both members of the reporting tree adds its weight to
/// the `TreeRelation` of `v` seen from `u`: `manager` (v is u's manager), `directReport` (v reports to u), `peer`
/// (same manager), `skipLevel` (v is 2+ steps above or below u on u's chain) or `acrossBranches` (everything
/// else, including people under different roots). The checks run in that order, so they are exclusive. Edges
/// with either person outside the tree (not in the chart, or below an unknown manager or a cycle) add to
/// `excludedWeight`. Shares are of the included weight, all 0 when nothing is included.
///
/// - Complexity: O(|E| · h) time for tree height h, O(1) extra space.
public struct TreeDistance: Sendable, Equatable {
  /// Weight per relation, in `TreeRelation.allCases` order.
  public var weights: [TreeRelation: Double]
  public var includedWeight: Double
  public var excludedWeight: Double

  /// - Parameters:
  ///   - memberOfNode: the tree entry (index into `tree`) of each node, `nil` where the person has none.
  public init(graph: InteractionGraph, tree: ReportingTree, memberOfNode: [Int?]) {
    var weights = Dictionary(uniqueKeysWithValues: TreeRelation.allCases.map { ($0, 0.0) })
    var excluded = 0.0
    for source in graph.nodes {
      for edge in graph.outEdges(of: source) {
        let weight = graph.outWeights[edge]
        if let from = memberOfNode[source], let to = memberOfNode[Int(graph.outTargets[edge])],
          let relation = tree.relation(from: from, to: to)
        {
          weights[relation, default: 0] += weight
        } else {
          excluded += weight
        }
      }
    }
    self.weights = weights
    includedWeight = TreeRelation.allCases.reduce(0) { $0 + (weights[$1] ?? 0) }
    excludedWeight = excluded
  }

  /// The relation's share of the included weight (0 when nothing is included).
  public func share(_ relation: TreeRelation) -> Double {
    includedWeight > 0 ? (weights[relation] ?? 0) / includedWeight : 0
  }
}
