import InteractionGraph

/// Per-worker state for Brandes' betweenness: one single-source search plus dependency accumulation.
///
/// Arrays are allocated once (length |V|) and, after each source, only the entries the search touched are
/// reset, so a source costs O(reached nodes + their edges), not O(|V|).
///
/// Shortest-path counts are `Double`, not an integer type: the number of shortest paths grows exponentially
/// with path length (a chain of k diamonds has 2^k of them), so `Int` would overflow and trap on ordinary
/// layered graphs, while `Double` degrades gracefully to a relative rounding error and only ratios of counts
/// are ever used. NetworkX makes the same choice (`sigma` is a float).
///
/// - Complexity: O(|V|) space, plus the heap (at most |E| + 1 entries) for the weighted search.
struct BrandesWorkspace {
  /// Hop distance from the current source, -1 when not reached (hop search only).
  private var hops: [Int32]
  /// Distance from the current source, +infinity when not reached (weighted search only).
  private var distances: [Double]
  private var isSettled: [Bool]
  private var pathCounts: [Double]
  private var dependencies: [Double]
  /// Nodes in the order they were reached (hops) or settled (weighted); `order[cursor ..< orderCount]` is the
  /// breadth-first queue.
  private var order: [NodeIndex]
  private var orderCount = 0
  private var heap: DistanceHeap

  init(nodeCount: Int, usesWeights: Bool) {
    hops = Array(repeating: -1, count: nodeCount)
    distances = Array(repeating: .infinity, count: usesWeights ? nodeCount : 0)
    isSettled = Array(repeating: false, count: usesWeights ? nodeCount : 0)
    pathCounts = Array(repeating: 0, count: nodeCount)
    dependencies = Array(repeating: 0, count: nodeCount)
    order = Array(repeating: 0, count: nodeCount)
    heap = DistanceHeap(capacity: usesWeights ? nodeCount : 0)
  }

  /// Adds the dependencies of `source` on every other node, over hop distance, to `scores`.
  ///
  /// Kernel (longer than the house budget on purpose: search and accumulation share the workspace): a
  /// breadth-first search counting shortest paths, then nodes in reverse order pull
  /// δ(v) = Σ_{w : v→w, d(w) = d(v)+1} σ(v)/σ(w) · (1 + δ(w)) from their successors.
  mutating func accumulateHops(from source: Int, in graph: InteractionGraph, into scores: inout [Double]) {
    let offsets = graph.outOffsets
    let targets = graph.outTargets
    hops[source] = 0
    pathCounts[source] = 1
    order[0] = NodeIndex(source)
    orderCount = 1
    var cursor = 0
    while cursor < orderCount {
      let node = Int(order[cursor])
      cursor += 1
      let next = hops[node] + 1
      let paths = pathCounts[node]
      for edge in offsets[node] ..< offsets[node + 1] {
        let target = Int(targets[edge])
        if hops[target] < 0 {
          hops[target] = next
          order[orderCount] = NodeIndex(target)
          orderCount += 1
        }
        if hops[target] == next { pathCounts[target] += paths }
      }
    }
    for position in stride(from: orderCount - 1, through: 0, by: -1) {
      let node = Int(order[position])
      let next = hops[node] + 1
      let paths = pathCounts[node]
      var dependency = 0.0
      for edge in offsets[node] ..< offsets[node + 1] {
        let target = Int(targets[edge])
        if hops[target] == next { dependency += paths / pathCounts[target] * (1 + dependencies[target]) }
      }
      dependencies[node] = dependency
      if node != source { scores[node] += dependency }
    }
    for position in 0 ..< orderCount {
      let node = Int(order[position])
      hops[node] = -1
      pathCounts[node] = 0
      dependencies[node] = 0
    }
  }

  /// Adds the dependencies of `source` on every other node, with edge length 1/weight, to `scores`.
  ///
  /// Kernel: Dijkstra with a lazy binary heap counting shortest paths, then reverse settling order
  /// accumulation as in `accumulateHops`. A path length is always computed as `d(v) + 1/w(v, x)` in that
  /// order, in both phases and as NetworkX does, so ties between equal-length paths are detected exactly as
  /// NetworkX detects them (its `==` on float sums).
  mutating func accumulateWeighted(from source: Int, in graph: InteractionGraph, into scores: inout [Double]) {
    let offsets = graph.outOffsets
    let targets = graph.outTargets
    let weights = graph.outWeights
    distances[source] = 0
    pathCounts[source] = 1
    heap.removeAll()
    heap.push(NodeIndex(source), distance: 0)
    orderCount = 0
    while !heap.isEmpty {
      let (settledNode, distance) = heap.popMinimum()
      let node = Int(settledNode)
      if isSettled[node] || distance > distances[node] { continue }
      isSettled[node] = true
      order[orderCount] = settledNode
      orderCount += 1
      let paths = pathCounts[node]
      for edge in offsets[node] ..< offsets[node + 1] {
        let target = Int(targets[edge])
        if isSettled[target] { continue }
        let candidate = distance + 1 / weights[edge]
        if candidate < distances[target] {
          distances[target] = candidate
          pathCounts[target] = paths
          heap.push(NodeIndex(target), distance: candidate)
        } else if candidate == distances[target] {
          pathCounts[target] += paths
        }
      }
    }
    for position in stride(from: orderCount - 1, through: 0, by: -1) {
      let node = Int(order[position])
      let distance = distances[node]
      let paths = pathCounts[node]
      var dependency = 0.0
      for edge in offsets[node] ..< offsets[node + 1] {
        let target = Int(targets[edge])
        if target != node && distances[target] == distance + 1 / weights[edge] {
          dependency += paths / pathCounts[target] * (1 + dependencies[target])
        }
      }
      dependencies[node] = dependency
      if node != source { scores[node] += dependency }
    }
    resetWeighted()
  }

  /// Clears every entry the last weighted search touched: settled nodes, plus nodes reached but never settled
  /// (impossible with finite positive weights, since every reached node is eventually popped).
  private mutating func resetWeighted() {
    for position in 0 ..< orderCount {
      let node = Int(order[position])
      distances[node] = .infinity
      isSettled[node] = false
      pathCounts[node] = 0
      dependencies[node] = 0
    }
  }
}
