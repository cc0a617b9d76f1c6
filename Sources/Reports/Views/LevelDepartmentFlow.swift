import InteractionGraph
import OrgAnalysis

/// Talk between boxes of level × department: the level matrix of `LevelFlow` split by department.
///
/// A box is one level of `Analysis.levels.order` crossed with one department (or no department), holding the
/// people of the graph with that level and department; boxes are ordered by level, then department name, the
/// box without a department last. The matrix cell (a, b) sums the weight of edges from people of box a to
/// people of box b; edges with an unknown level on either side are left out, as in `LevelFlow`, so `total`
/// equals `LevelFlow.includedWeight`. Lift is observed / expected, expected = row total × column total / total,
/// `nil` where expected is 0.
///
/// - Complexity: O(|V| + |E| + B²) time and O(|V| + B²) space for B boxes.
struct LevelDepartmentFlow {
  struct Box: Equatable {
    /// Position of the level in `levels` (0 is the top).
    var level: Int
    var department: String?
    /// People of the graph in the box.
    var members: Int
  }

  var levels: [String]
  var boxes: [Box]
  var matrix: [[Double]]
  var lift: [[Double?]]
  var total: Double

  /// The flow of `analysis`, or nil when no person has a known level.
  init?(_ analysis: Analysis) {
    guard let flow = analysis.levels else { return nil }
    let levelPosition = Dictionary(uniqueKeysWithValues: flow.order.enumerated().map { ($1, $0) })
    struct Key: Hashable {
      var level: Int
      var department: String?

      /// Level first, then department name, no department last.
      static func precedes(_ left: Key, _ right: Key) -> Bool {
        if left.level != right.level { return left.level < right.level }
        switch (left.department, right.department) {
        case let (left?, right?): return left < right
        case (_?, nil): return true
        default: return false
        }
      }
    }
    var keyOfNode: [Int: Key] = [:]
    var members: [Key: Int] = [:]
    for person in analysis.people {
      guard let node = person.node, let level = person.level.flatMap({ levelPosition[$0] }) else { continue }
      let key = Key(level: level, department: person.department)
      keyOfNode[node] = key
      members[key, default: 0] += 1
    }
    // Boxes smaller than --min-group-size are not shown, like every other group figure.
    let minimum = analysis.privacy?.minGroupSize ?? 1
    let keys = members.filter { $0.value >= minimum }.keys.sorted(by: Key.precedes)
    var position: [Key: Int] = [:]
    for (index, key) in keys.enumerated() { position[key] = index }
    let graph = analysis.selection.graph
    var matrix = Array(repeating: Array(repeating: 0.0, count: keys.count), count: keys.count)
    for source in graph.nodes {
      guard let row = keyOfNode[source].flatMap({ position[$0] }) else { continue }
      for edge in graph.outEdges(of: source) {
        guard let column = keyOfNode[Int(graph.outTargets[edge])].flatMap({ position[$0] }) else { continue }
        matrix[row][column] += graph.outWeights[edge]
      }
    }
    levels = flow.order
    boxes = keys.map { Box(level: $0.level, department: $0.department, members: members[$0] ?? 0) }
    self.matrix = matrix
    let rowTotals = matrix.map { $0.reduce(0, +) }
    let columnTotals = keys.indices.map { column in matrix.reduce(0) { $0 + $1[column] } }
    let total = rowTotals.reduce(0, +)
    self.total = total
    lift = keys.indices.map { row in
      keys.indices.map { column in
        let expected = total > 0 ? rowTotals[row] * columnTotals[column] / total : 0
        return expected > 0 ? matrix[row][column] / expected : nil
      }
    }
  }

  /// Each box's `perBox` strongest outgoing ties and its strongest incoming tie, as (row, column) cells in row
  /// order; ties of equal weight keep matrix order.
  /// - Complexity: O(B² log B).
  func strongestCells(perBox: Int) -> [(Int, Int)] {
    let indices = Array(boxes.indices)
    var kept = Set<Int>()
    for row in indices {
      let outgoing = indices.filter { matrix[row][$0] > 0 }.sorted { (matrix[row][$0], -$0) > (matrix[row][$1], -$1) }
      kept.formUnion(outgoing.prefix(perBox).map { row * boxes.count + $0 })
      let incoming = indices.filter { matrix[$0][row] > 0 }.max { (matrix[$0][row], -$0) < (matrix[$1][row], -$1) }
      if let incoming { kept.insert(incoming * boxes.count + row) }
    }
    return kept.sorted().map { ($0 / boxes.count, $0 % boxes.count) }
  }
}
