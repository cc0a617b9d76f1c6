import InteractionGraph

/// How interaction weight moves between levels of the hierarchy (DESIGN.md, "Directions across levels").
///
/// For every edge `u → v` whose two ends both have a known level rank: the weight is added to the level matrix
/// cell (level of `u`, level of `v`), and counted as *upward* when `v`'s rank is smaller (higher in the
/// hierarchy), *downward* when larger, *lateral* when equal; *skip-level* when the ranks differ by 2 or more
/// (a subset of upward plus downward). Edges with an unknown level on either side are left out of every figure
/// and their weight is `excludedWeight`. Shares are of the included weight; all are 0 when nothing is included.
///
/// The matrix is over the level labels in `order` (band names when bands are given, else rank numbers), with
/// only labels that occur among people with a known level. `expected[i][j]` is row total × column total / grand
/// total (random mixing given each level's out- and in-weight, as NetworkX's mixing matrix would be scaled) and
/// `lift = observed / expected`, `nil` where expected is 0.
///
/// - Complexity: O(|V| + |E| + L²) for L levels.
public struct LevelFlow: Sendable, Equatable {
  public var order: [String]
  public var matrix: [[Double]]
  public var expected: [[Double]]
  public var lift: [[Double?]]
  public var upwardShare: Double
  public var downwardShare: Double
  public var lateralShare: Double
  public var skipLevelShare: Double
  public var crossLevelShare: Double
  public var includedWeight: Double
  public var excludedWeight: Double

  /// - Parameters:
  ///   - rankOfNode: level rank per node, `nil` where unknown.
  ///   - bands: names and orders the levels; `nil` uses the rank numbers.
  public init(graph: InteractionGraph, rankOfNode: [Int?], bands: LevelBands?) {
    let knownRanks = Set(rankOfNode.compactMap { $0 })
    let label = { (rank: Int) in bands?.name(of: rank) ?? String(rank) }
    let sortKey = { (rank: Int) in bands?.order(of: rank) ?? rank }
    var order: [String] = []
    for rank in knownRanks.sorted(by: { (sortKey($0), $0) < (sortKey($1), $1) }) where !order.contains(label(rank)) {
      order.append(label(rank))
    }
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    var matrix = Array(repeating: Array(repeating: 0.0, count: order.count), count: order.count)
    var up = 0.0, down = 0.0, lateral = 0.0, skip = 0.0, excluded = 0.0
    for source in graph.nodes {
      for edge in graph.outEdges(of: source) {
        let weight = graph.outWeights[edge]
        guard let from = rankOfNode[source], let to = rankOfNode[Int(graph.outTargets[edge])],
          let row = position[label(from)], let column = position[label(to)]
        else {
          excluded += weight
          continue
        }
        matrix[row][column] += weight
        if to < from { up += weight } else if to > from { down += weight } else { lateral += weight }
        if abs(to - from) >= 2 { skip += weight }
      }
    }
    let included = up + down + lateral
    let share = { (part: Double) in included > 0 ? part / included : 0 }
    self.order = order
    self.matrix = matrix
    (expected, lift) = MixingExpectation.expectedAndLift(matrix)
    upwardShare = share(up)
    downwardShare = share(down)
    lateralShare = share(lateral)
    skipLevelShare = share(skip)
    crossLevelShare = share(up + down)
    includedWeight = included
    excludedWeight = excluded
  }
}

/// Expected counts under random mixing and lift, shared by the level and group matrices.
enum MixingExpectation {
  /// `expected[i][j] = rowTotal[i] × columnTotal[j] / total`; `lift = observed / expected`, `nil` where
  /// expected is 0.
  static func expectedAndLift(_ matrix: [[Double]]) -> (expected: [[Double]], lift: [[Double?]]) {
    let rowTotals = matrix.map { $0.reduce(0, +) }
    let columnTotals = matrix.indices.map { column in matrix.reduce(0) { $0 + $1[column] } }
    let total = rowTotals.reduce(0, +)
    let expected = matrix.indices.map { row in
      matrix.indices.map { column in total > 0 ? rowTotals[row] * columnTotals[column] / total : 0 }
    }
    let lift = matrix.indices.map { row in
      matrix.indices.map { column in
        expected[row][column] > 0 ? matrix[row][column] / expected[row][column] : nil
      }
    }
    return (expected, lift)
  }
}
