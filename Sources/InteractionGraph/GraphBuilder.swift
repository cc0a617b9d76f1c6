/// Collects weighted directed edges cheaply, then freezes them into an `InteractionGraph` in one pass.
///
/// Edges may be added in any order and repeated: `build()` sums parallel edges into one weight. Weights must be
/// positive and finite (an interaction count, or a count scaled by a CSV weight column).
///
/// ```swift
/// var builder = GraphBuilder(nodeCount: 3)
/// builder.addEdge(from: 0, to: 1)
/// builder.addEdge(from: 0, to: 1)
/// builder.addEdge(from: 2, to: 0, weight: 0.5)
/// let graph = builder.build()  // edges 0→1 (weight 2) and 2→0 (weight 0.5)
/// ```
///
/// - Complexity: `build()` is O(|E| + |V|) time (a counting sort) plus the sort of each row by target (O(d²)
///   for rows of up to 32 edges, O(d log d) above), O(|E| + |V|) extra space.
public struct GraphBuilder: Sendable {
  public let nodeCount: Int
  private var sources: [NodeIndex] = []
  private var targets: [NodeIndex] = []
  private var weights: [Double] = []

  public init(nodeCount: Int) {
    precondition(nodeCount >= 0, "A graph cannot have a negative number of nodes.")
    self.nodeCount = nodeCount
  }

  public mutating func reserveCapacity(_ edgeCount: Int) {
    sources.reserveCapacity(edgeCount)
    targets.reserveCapacity(edgeCount)
    weights.reserveCapacity(edgeCount)
  }

  public mutating func addEdge(from source: Int, to target: Int, weight: Double = 1) {
    precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount,
                 "Edge \(source) → \(target) names a node outside 0..<\(nodeCount).")
    precondition(weight > 0 && weight.isFinite, "Edge weights must be positive and finite, got \(weight).")
    sources.append(NodeIndex(source))
    targets.append(NodeIndex(target))
    weights.append(weight)
  }

  /// Freezes the edges into a graph; the builder cannot be used afterwards.
  ///
  /// Choices: one stable counting sort puts each edge in its source's row (target and weight side by side), then
  /// each row is sorted by target, stably, and parallel edges are summed in the order they were added (so the
  /// weights are those of summing in input order) and compacted in place: one scattered pass over the edges
  /// instead of two sorts of an index array and a gather.
  public consuming func build() -> InteractionGraph {
    var outOffsets = Array(repeating: 0, count: nodeCount + 1)
    for source in sources { outOffsets[Int(source) + 1] += 1 }
    for node in 0 ..< nodeCount { outOffsets[node + 1] += outOffsets[node] }
    var outTargets = [NodeIndex](repeating: 0, count: sources.count)
    var outWeights = [Double](repeating: 0, count: sources.count)
    var cursor = outOffsets
    for edge in sources.indices {
      let source = Int(sources[edge])
      outTargets[cursor[source]] = targets[edge]
      outWeights[cursor[source]] = weights[edge]
      cursor[source] += 1
    }
    cursor = []
    sources = []
    targets = []
    weights = []
    var kept = 0
    var scratch: [UInt64] = []
    for node in 0 ..< nodeCount {
      let row = outOffsets[node] ..< outOffsets[node + 1]
      Self.sortRow(row, targets: &outTargets, weights: &outWeights, scratch: &scratch)
      outOffsets[node] = kept
      var edge = row.lowerBound
      while edge < row.upperBound {
        let target = outTargets[edge]
        var weight = outWeights[edge]
        edge += 1
        while edge < row.upperBound, outTargets[edge] == target {
          weight += outWeights[edge]
          edge += 1
        }
        outTargets[kept] = target
        outWeights[kept] = weight
        kept += 1
      }
    }
    outOffsets[nodeCount] = kept
    outTargets.removeSubrange(kept...)
    outWeights.removeSubrange(kept...)
    let (inOffsets, inSources, inWeights) = Self.transpose(
      nodeCount: nodeCount, offsets: outOffsets, targets: outTargets, weights: outWeights)
    return InteractionGraph(
      nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
      inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
  }

  /// Sorts `targets[row]` with the parallel `weights[row]` by target, keeping equal targets in their order:
  /// insertion sort for short rows, else a sort of (target, position) keys in `scratch` and a gather.
  private static func sortRow(
    _ row: Range<Int>, targets: inout [NodeIndex], weights: inout [Double], scratch: inout [UInt64]
  ) {
    if row.count <= 32 {
      guard row.count > 1 else { return }
      for edge in (row.lowerBound + 1) ..< row.upperBound {
        let (target, weight) = (targets[edge], weights[edge])
        var slot = edge
        while slot > row.lowerBound, targets[slot - 1] > target {
          targets[slot] = targets[slot - 1]
          weights[slot] = weights[slot - 1]
          slot -= 1
        }
        targets[slot] = target
        weights[slot] = weight
      }
      return
    }
    scratch.removeAll(keepingCapacity: true)
    for edge in row { scratch.append(UInt64(UInt32(bitPattern: targets[edge])) << 32 | UInt64(edge - row.lowerBound)) }
    scratch.sort()
    let rowWeights = Array(weights[row])
    for (offset, key) in scratch.enumerated() {
      targets[row.lowerBound + offset] = NodeIndex(truncatingIfNeeded: key >> 32)
      weights[row.lowerBound + offset] = rowWeights[Int(key & 0xFFFF_FFFF)]
    }
  }

  /// The in-CSR of an out-CSR; rows come out sorted by source because sources are visited in order.
  static func transpose(nodeCount: Int, offsets: [Int], targets: [NodeIndex], weights: [Double])
    -> ([Int], [NodeIndex], [Double])
  {
    var inOffsets = Array(repeating: 0, count: nodeCount + 1)
    for target in targets { inOffsets[Int(target) + 1] += 1 }
    for node in 0 ..< nodeCount { inOffsets[node + 1] += inOffsets[node] }
    var cursor = inOffsets
    var inSources = Array(repeating: NodeIndex(0), count: targets.count)
    var inWeights = Array(repeating: 0.0, count: targets.count)
    for source in 0 ..< nodeCount {
      for edge in offsets[source] ..< offsets[source + 1] {
        let target = Int(targets[edge])
        inSources[cursor[target]] = NodeIndex(source)
        inWeights[cursor[target]] = weights[edge]
        cursor[target] += 1
      }
    }
    return (inOffsets, inSources, inWeights)
  }
}
