import InteractionGraph

/// A binary min-heap of `(distance, node)` entries for Dijkstra with lazy deletion.
///
/// Decrease-key is replaced by pushing a new entry; the search skips entries whose node is already settled.
/// Storage is kept between searches (`removeAll` keeps capacity), so a worker allocates it once.
///
/// - Complexity: `push` and `popMinimum` O(log h) for h entries; at most |E| + 1 entries per search.
struct DistanceHeap {
  private var distances: [Double] = []
  private var nodes: [NodeIndex] = []

  var isEmpty: Bool { nodes.isEmpty }

  init(capacity: Int) {
    distances.reserveCapacity(capacity)
    nodes.reserveCapacity(capacity)
  }

  mutating func removeAll() {
    distances.removeAll(keepingCapacity: true)
    nodes.removeAll(keepingCapacity: true)
  }

  mutating func push(_ node: NodeIndex, distance: Double) {
    distances.append(distance)
    nodes.append(node)
    var child = nodes.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard distances[child] < distances[parent] else { break }
      distances.swapAt(child, parent)
      nodes.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the entry with the smallest distance; the heap must not be empty.
  mutating func popMinimum() -> (node: NodeIndex, distance: Double) {
    let minimum = (node: nodes[0], distance: distances[0])
    let lastNode = nodes.removeLast()
    let lastDistance = distances.removeLast()
    guard !nodes.isEmpty else { return minimum }
    nodes[0] = lastNode
    distances[0] = lastDistance
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < nodes.count else { break }
      let right = left + 1
      let child = right < nodes.count && distances[right] < distances[left] ? right : left
      guard distances[child] < distances[parent] else { break }
      distances.swapAt(child, parent)
      nodes.swapAt(child, parent)
      parent = child
    }
    return minimum
  }
}
