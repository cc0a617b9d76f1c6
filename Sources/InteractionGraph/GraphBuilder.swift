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
  /// Choices: one stable counting sort puts each edge in its source's row, target and weight side by side in one
  /// 16-byte `RowEdge` (one scattered write per edge, not two), then each row is sorted by target, stably, and
  /// parallel edges are summed in the order they were added (so the weights are those of summing in input order)
  /// into the out arrays. Arrays are created uninitialised and filled once, with no zero fill before (a pass, and
  /// the page faults, over every byte), and read through buffer pointers: the loops run over millions of edges.
  public consuming func build() -> InteractionGraph {
    let edgeCount = sources.count
    var outOffsets = Array(repeating: 0, count: nodeCount + 1)
    outOffsets.withUnsafeMutableBufferPointer { offsets in
      sources.withUnsafeBufferPointer { for source in $0 { offsets[Int(source) + 1] += 1 } }
      for node in 0 ..< nodeCount { offsets[node + 1] += offsets[node] }
    }
    var rows = Self.scatter(edgeCount: edgeCount, offsets: outOffsets, sources: sources, targets: targets,
                            weights: weights)
    sources = []
    targets = []
    weights = []
    var kept = 0
    let outTargets: [NodeIndex]
    let outWeights: [Double]
    (outTargets, outWeights) = rows.withUnsafeMutableBufferPointer { rows in
      var scratch: [UInt64] = []
      var copy: [RowEdge] = []
      return Self.uninitializedPair(count: edgeCount) { targets, weights in
        for node in 0 ..< nodeCount {
          let row = outOffsets[node] ..< outOffsets[node + 1]
          Self.sortRow(UnsafeMutableBufferPointer(rebasing: rows[row]), scratch: &scratch, copy: &copy)
          outOffsets[node] = kept
          var edge = row.lowerBound
          while edge < row.upperBound {
            let target = rows[edge].target
            var weight = rows[edge].weight
            edge += 1
            while edge < row.upperBound, rows[edge].target == target {
              weight += rows[edge].weight
              edge += 1
            }
            targets[kept] = target
            weights[kept] = weight
            kept += 1
          }
        }
        outOffsets[nodeCount] = kept
        return kept
      }
    }
    rows = []
    let (inOffsets, inSources, inWeights) = Self.transpose(
      nodeCount: nodeCount, offsets: outOffsets, targets: outTargets, weights: outWeights)
    return InteractionGraph(
      nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
      inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
  }

  /// An edge in its source's row: its target and weight side by side.
  private struct RowEdge {
    var target: NodeIndex
    var weight: Double
  }

  /// The edges in rows by source (`offsets`, prefix sums of the out-degrees), each row in the order added.
  private static func scatter(
    edgeCount: Int, offsets: [Int], sources: [NodeIndex], targets: [NodeIndex], weights: [Double]
  ) -> [RowEdge] {
    var cursor = offsets
    return [RowEdge](unsafeUninitializedCapacity: edgeCount) { rows, initialized in
      cursor.withUnsafeMutableBufferPointer { cursor in
        sources.withUnsafeBufferPointer { sources in
          targets.withUnsafeBufferPointer { targets in
            weights.withUnsafeBufferPointer { weights in
              for edge in 0 ..< edgeCount {
                let source = Int(sources[edge])
                rows[cursor[source]] = RowEdge(target: targets[edge], weight: weights[edge])
                cursor[source] += 1
              }
            }
          }
        }
      }
      initialized = edgeCount
    }
  }

  /// Two arrays of capacity `count`, of which `body` fills the first n elements of each and returns n.
  private static func uninitializedPair<First, Second>(
    count: Int, _ body: (UnsafeMutableBufferPointer<First>, UnsafeMutableBufferPointer<Second>) -> Int
  ) -> ([First], [Second]) {
    var second: [Second] = []
    let first = [First](unsafeUninitializedCapacity: count) { first, firstCount in
      second = [Second](unsafeUninitializedCapacity: count) { second, secondCount in
        secondCount = body(first, second)
        firstCount = secondCount
      }
    }
    return (first, second)
  }

  /// Sorts `row` by target, keeping equal targets in their order: insertion sort for short rows, else a sort of
  /// (target, position) keys in `scratch` and a gather from a `copy` of the row.
  private static func sortRow(
    _ row: UnsafeMutableBufferPointer<RowEdge>, scratch: inout [UInt64], copy: inout [RowEdge]
  ) {
    if row.count <= 32 {
      guard row.count > 1 else { return }
      for edge in 1 ..< row.count {
        let moving = row[edge]
        var slot = edge
        while slot > 0, row[slot - 1].target > moving.target {
          row[slot] = row[slot - 1]
          slot -= 1
        }
        row[slot] = moving
      }
      return
    }
    scratch.removeAll(keepingCapacity: true)
    for edge in row.indices { scratch.append(UInt64(UInt32(bitPattern: row[edge].target)) << 32 | UInt64(edge)) }
    scratch.sort()
    copy.removeAll(keepingCapacity: true)
    copy.append(contentsOf: row)
    for (offset, key) in scratch.enumerated() { row[offset] = copy[Int(key & 0xFFFF_FFFF)] }
  }

  /// The in-CSR of an out-CSR; rows come out sorted by source because sources are visited in order.
  static func transpose(nodeCount: Int, offsets: [Int], targets: [NodeIndex], weights: [Double])
    -> ([Int], [NodeIndex], [Double])
  {
    var inOffsets = Array(repeating: 0, count: nodeCount + 1)
    inOffsets.withUnsafeMutableBufferPointer { inOffsets in
      targets.withUnsafeBufferPointer { for target in $0 { inOffsets[Int(target) + 1] += 1 } }
      for node in 0 ..< nodeCount { inOffsets[node + 1] += inOffsets[node] }
    }
    var cursor = inOffsets
    let (inSources, inWeights): ([NodeIndex], [Double]) = uninitializedPair(count: targets.count) {
      inSources, inWeights in
      cursor.withUnsafeMutableBufferPointer { cursor in
        offsets.withUnsafeBufferPointer { offsets in
          targets.withUnsafeBufferPointer { targets in
            weights.withUnsafeBufferPointer { weights in
              for source in 0 ..< nodeCount {
                for edge in offsets[source] ..< offsets[source + 1] {
                  let target = Int(targets[edge])
                  inSources[cursor[target]] = NodeIndex(source)
                  inWeights[cursor[target]] = weights[edge]
                  cursor[target] += 1
                }
              }
            }
          }
        }
      }
      return targets.count
    }
    return (inOffsets, inSources, inWeights)
  }
}
