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
/// - Complexity: `build()` is O(|E| + |V|) time (two counting sorts), O(|E| + |V|) extra space.
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
  public consuming func build() -> InteractionGraph {
    // Counting sort by target, then a stable counting sort by source, gives edges ordered by (source, target).
    let byTarget = Self.countingOrder(keys: targets, keyCount: nodeCount, order: Array(sources.indices))
    let bySource = Self.countingOrder(keys: sources, keyCount: nodeCount, order: byTarget)
    var outOffsets = Array(repeating: 0, count: nodeCount + 1)
    var outTargets: [NodeIndex] = []
    var outWeights: [Double] = []
    outTargets.reserveCapacity(bySource.count)
    outWeights.reserveCapacity(bySource.count)
    var previous: (NodeIndex, NodeIndex)? = nil
    for edge in bySource {
      let pair = (sources[edge], targets[edge])
      if let previous, previous == pair {
        outWeights[outWeights.count - 1] += weights[edge]
      } else {
        outTargets.append(pair.1)
        outWeights.append(weights[edge])
        outOffsets[Int(pair.0) + 1] += 1
      }
      previous = pair
    }
    for node in 0 ..< nodeCount { outOffsets[node + 1] += outOffsets[node] }
    let (inOffsets, inSources, inWeights) = Self.transpose(
      nodeCount: nodeCount, offsets: outOffsets, targets: outTargets, weights: outWeights)
    return InteractionGraph(
      nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
      inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
  }

  /// A stable reordering of `order` by `keys[order[i]]`.
  private static func countingOrder(keys: [NodeIndex], keyCount: Int, order: [Int]) -> [Int] {
    var starts = Array(repeating: 0, count: keyCount + 1)
    for key in keys { starts[Int(key) + 1] += 1 }
    for key in 0 ..< keyCount { starts[key + 1] += starts[key] }
    var result = Array(repeating: 0, count: order.count)
    for item in order {
      let key = Int(keys[item])
      result[starts[key]] = item
      starts[key] += 1
    }
    return result
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
