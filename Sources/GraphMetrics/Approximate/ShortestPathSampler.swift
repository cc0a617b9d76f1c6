import InteractionGraph
import SeededRandom

/// Per-worker state for drawing one uniformly random shortest path between two given nodes.
///
/// Riondato & Kornaropoulos run a breadth-first search from s and stop at t; on heavy-tailed graphs that search
/// reaches most of the graph before t. This sampler uses a balanced bidirectional search instead (as
/// Borassi & Natale's KADABRA, doi:10.1145/3284359, does): a forward search from s along out-edges and a
/// backward one from t along in-edges, each counting shortest paths (σ_s, σ_t), always expanding the side whose
/// frontier has fewer edges to scan. The first level that finds an edge u → w with u forward-reached and w
/// backward-reached is finished, collecting every such *bridge* edge: all of them join forward depth a to
/// backward depth b with a + 1 + b = d(s, t) (a bridge to a shallower backward node would have been found when
/// that node's in-edges were scanned), and every shortest s-t path crosses exactly one of them, so
/// σ(s, t) = Σ σ_s(u)·σ_t(w). A bridge is drawn with probability σ_s(u)σ_t(w) / σ(s, t), then predecessors of
/// u with probability σ_s(p)/σ_s(u) back to s and successors of w with σ_t(q)/σ_t(w) on to t: each shortest path
/// is drawn with probability 1/σ(s, t), exactly as RK's backward walk from t gives.
///
/// Path counts are `Double` for the reason given in `BrandesWorkspace` (they overflow integers); only ratios
/// are used. Arrays are allocated once and only touched entries are reset.
///
/// - Complexity: O(|V|) space; a sample costs O(nodes reached + their scanned edges), at most O(|V| + |E|).
struct ShortestPathSampler {
  private var forwardHops: [Int32]
  private var backwardHops: [Int32]
  private var forwardPaths: [Double]
  private var backwardPaths: [Double]
  private var forwardOrder: [NodeIndex]
  private var backwardOrder: [NodeIndex]
  private var forwardCount = 0
  private var backwardCount = 0
  private var bridges: [(from: NodeIndex, to: NodeIndex, paths: Double)] = []

  init(nodeCount: Int) {
    forwardHops = Array(repeating: -1, count: nodeCount)
    backwardHops = forwardHops
    forwardPaths = Array(repeating: 0, count: nodeCount)
    backwardPaths = forwardPaths
    forwardOrder = Array(repeating: 0, count: nodeCount)
    backwardOrder = forwardOrder
  }

  /// Draws a uniformly random shortest path from `source` to `target` (distinct) and adds 1 to `counts` at each
  /// of its interior nodes; adds nothing when `target` is unreachable or adjacent to `source`.
  ///
  /// Kernel (longer than the house budget on purpose: both searches share the workspace and the level loop).
  mutating func addRandomPath(
    from source: Int, to target: Int, in graph: InteractionGraph,
    using random: inout SplitMix64, into counts: inout [Double]
  ) {
    start(source: source, target: target)
    var forwardFrontier = 0 ..< 1
    var backwardFrontier = 0 ..< 1
    var forwardWork = graph.outDegree(source)
    var backwardWork = graph.inDegree(target)
    while bridges.isEmpty && !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
      if forwardWork <= backwardWork {
        (forwardFrontier, forwardWork) = expandForward(forwardFrontier, in: graph)
      } else {
        (backwardFrontier, backwardWork) = expandBackward(backwardFrontier, in: graph)
      }
    }
    if !bridges.isEmpty { walkRandomPath(source: source, target: target, in: graph, using: &random, into: &counts) }
    reset()
  }

  private mutating func start(source: Int, target: Int) {
    bridges.removeAll(keepingCapacity: true)
    forwardHops[source] = 0
    forwardPaths[source] = 1
    forwardOrder[0] = NodeIndex(source)
    forwardCount = 1
    backwardHops[target] = 0
    backwardPaths[target] = 1
    backwardOrder[0] = NodeIndex(target)
    backwardCount = 1
  }

  /// Scans the out-edges of the forward frontier: records bridges, reaches new nodes. Returns the next frontier
  /// (positions in `forwardOrder`) and its total out-degree.
  private mutating func expandForward(_ frontier: Range<Int>, in graph: InteractionGraph) -> (Range<Int>, Int) {
    let offsets = graph.outOffsets
    let targets = graph.outTargets
    var work = 0
    for position in frontier {
      let node = Int(forwardOrder[position])
      let next = forwardHops[node] + 1
      let paths = forwardPaths[node]
      for edge in offsets[node] ..< offsets[node + 1] {
        let neighbour = Int(targets[edge])
        if backwardHops[neighbour] >= 0 {
          bridges.append((NodeIndex(node), NodeIndex(neighbour), paths * backwardPaths[neighbour]))
          continue
        }
        if forwardHops[neighbour] < 0 {
          forwardHops[neighbour] = next
          forwardOrder[forwardCount] = NodeIndex(neighbour)
          forwardCount += 1
          work += offsets[neighbour + 1] - offsets[neighbour]
        }
        if forwardHops[neighbour] == next { forwardPaths[neighbour] += paths }
      }
    }
    return (frontier.upperBound ..< forwardCount, work)
  }

  /// The mirror image of `expandForward` over in-edges of the backward frontier.
  private mutating func expandBackward(_ frontier: Range<Int>, in graph: InteractionGraph) -> (Range<Int>, Int) {
    let offsets = graph.inOffsets
    let sources = graph.inSources
    var work = 0
    for position in frontier {
      let node = Int(backwardOrder[position])
      let next = backwardHops[node] + 1
      let paths = backwardPaths[node]
      for edge in offsets[node] ..< offsets[node + 1] {
        let neighbour = Int(sources[edge])
        if forwardHops[neighbour] >= 0 {
          bridges.append((NodeIndex(neighbour), NodeIndex(node), forwardPaths[neighbour] * paths))
          continue
        }
        if backwardHops[neighbour] < 0 {
          backwardHops[neighbour] = next
          backwardOrder[backwardCount] = NodeIndex(neighbour)
          backwardCount += 1
          work += offsets[neighbour + 1] - offsets[neighbour]
        }
        if backwardHops[neighbour] == next { backwardPaths[neighbour] += paths }
      }
    }
    return (frontier.upperBound ..< backwardCount, work)
  }

  /// Picks a bridge by σ_s(u)·σ_t(w), then walks to s and to t by path-count-weighted choices.
  private func walkRandomPath(
    source: Int, target: Int, in graph: InteractionGraph,
    using random: inout SplitMix64, into counts: inout [Double]
  ) {
    let total = bridges.reduce(0) { $0 + $1.paths }
    var threshold = random.unit() * total
    var chosen = bridges[bridges.count - 1]
    for bridge in bridges {
      threshold -= bridge.paths
      if threshold < 0 {
        chosen = bridge
        break
      }
    }
    var node = Int(chosen.from)
    while node != source {
      counts[node] += 1
      node = pickNeighbour(
        of: node, offsets: graph.inOffsets, neighbours: graph.inSources, hops: forwardHops, paths: forwardPaths,
        using: &random)
    }
    node = Int(chosen.to)
    while node != target {
      counts[node] += 1
      node = pickNeighbour(
        of: node, offsets: graph.outOffsets, neighbours: graph.outTargets, hops: backwardHops,
        paths: backwardPaths, using: &random)
    }
  }

  /// A neighbour one hop closer to the search's start, with probability paths(neighbour) / paths(node).
  private func pickNeighbour(
    of node: Int, offsets: [Int], neighbours: [NodeIndex], hops: [Int32], paths: [Double],
    using random: inout SplitMix64
  ) -> Int {
    let closer = hops[node] - 1
    var threshold = random.unit() * paths[node]
    var last = node
    for edge in offsets[node] ..< offsets[node + 1] {
      let neighbour = Int(neighbours[edge])
      guard hops[neighbour] == closer else { continue }
      last = neighbour
      threshold -= paths[neighbour]
      if threshold < 0 { return neighbour }
    }
    // Rounding left a sliver of the total unassigned: the last eligible neighbour takes it.
    return last
  }

  private mutating func reset() {
    for position in 0 ..< forwardCount {
      let node = Int(forwardOrder[position])
      forwardHops[node] = -1
      forwardPaths[node] = 0
    }
    for position in 0 ..< backwardCount {
      let node = Int(backwardOrder[position])
      backwardHops[node] = -1
      backwardPaths[node] = 0
    }
  }
}
