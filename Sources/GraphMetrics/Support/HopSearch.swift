import InteractionGraph

/// Which edges a search follows.
enum SearchDirection {
  /// Along edges, `u → v`: distances from the start.
  case outgoing
  /// Against edges: distances from every other node to the start.
  case incoming
}

/// A reusable breadth-first search over hop distance, reset in O(reached) between starts.
///
/// After `search(from:direction:in:)`, `reached[0 ..< reachedCount]` lists the reached nodes in
/// non-decreasing distance (the start first, at distance 0) and `distance(of:)` gives their hop counts.
///
/// - Complexity: O(|V|) space; each search O(reached nodes + their edges).
struct HopSearch {
  private var hops: [Int32]
  private(set) var reached: [NodeIndex]
  private(set) var reachedCount = 0

  init(nodeCount: Int) {
    hops = Array(repeating: -1, count: nodeCount)
    reached = Array(repeating: 0, count: nodeCount)
  }

  func distance(of node: Int) -> Int { Int(hops[node]) }

  mutating func search(from start: Int, direction: SearchDirection, in graph: InteractionGraph) {
    for position in 0 ..< reachedCount { hops[Int(reached[position])] = -1 }
    let offsets = direction == .outgoing ? graph.outOffsets : graph.inOffsets
    let neighbours = direction == .outgoing ? graph.outTargets : graph.inSources
    hops[start] = 0
    reached[0] = NodeIndex(start)
    reachedCount = 1
    var cursor = 0
    while cursor < reachedCount {
      let node = Int(reached[cursor])
      cursor += 1
      let next = hops[node] + 1
      for edge in offsets[node] ..< offsets[node + 1] {
        let neighbour = Int(neighbours[edge])
        if hops[neighbour] < 0 {
          hops[neighbour] = next
          reached[reachedCount] = NodeIndex(neighbour)
          reachedCount += 1
        }
      }
    }
  }
}
