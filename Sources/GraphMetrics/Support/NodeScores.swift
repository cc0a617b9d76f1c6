import InteractionGraph

/// One score per node, indexed by `NodeIndex`, with ranking helpers.
///
/// Every centrality in this module returns `NodeScores`: a dense array whose entry `i` belongs to node `i`.
/// Rankings order nodes by descending score and break ties by ascending node index, so they are deterministic.
/// NaN never occurs in a score this module produces; if one is supplied it ranks below every number.
///
/// ```swift
/// let scores = NodeScores([0.5, 2, 2, 1])
/// scores.ranking()        // [1, 2, 3, 0]
/// scores.top(2)           // [RankedNode(node: 1, score: 2), RankedNode(node: 2, score: 2)]
/// scores.maximum?.node    // 1
/// ```
///
/// - Complexity: O(|V|) space; `ranking()` is O(|V| log |V|), `top(k)` is O(|V| log |V|).
public struct NodeScores: Sendable, Equatable {
  /// The scores, `values[i]` for node `i`.
  public let values: [Double]

  public init(_ values: [Double]) { self.values = values }

  public var count: Int { values.count }

  public subscript(node: Int) -> Double { values[node] }

  /// Node indices ordered by descending score, ties by ascending node index.
  public func ranking() -> [Int] {
    values.indices.sorted { NodeScores.ranksBefore(($0, values[$0]), ($1, values[$1])) }
  }

  /// The `k` best nodes with their scores (fewer when the graph is smaller), in ranking order.
  public func top(_ k: Int) -> [RankedNode] {
    precondition(k >= 0, "top(_:) needs a non-negative count, got \(k).")
    return ranking().prefix(k).map { RankedNode(node: $0, score: values[$0]) }
  }

  /// The first node in ranking order, or `nil` for an empty graph.
  public var maximum: RankedNode? {
    var best: RankedNode? = nil
    for node in values.indices {
      if let current = best, !NodeScores.ranksBefore((node, values[node]), (current.node, current.score)) {
        continue
      }
      best = RankedNode(node: node, score: values[node])
    }
    return best
  }

  private static func ranksBefore(_ a: (Int, Double), _ b: (Int, Double)) -> Bool {
    switch (a.1.isNaN, b.1.isNaN) {
    case (false, true): return true
    case (true, false): return false
    case (true, true): return a.0 < b.0
    case (false, false): return a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
    }
  }
}

/// A node and its score, as listed by `NodeScores.top(_:)` and `NodeScores.maximum`.
public struct RankedNode: Sendable, Equatable {
  public let node: Int
  public let score: Double

  public init(node: Int, score: Double) {
    self.node = node
    self.score = score
  }
}
