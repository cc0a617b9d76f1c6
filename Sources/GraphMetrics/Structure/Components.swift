import InteractionGraph

/// A partition of the nodes into components: a component id per node and the number of components.
///
/// Ids are 0 ..< `count`, ordered by the smallest node index in each component (node 0 is always in
/// component 0), so the same graph always gets the same ids.
public struct ComponentPartition: Sendable, Equatable {
  /// `componentOfNode[v]` is the id of the component holding node v.
  public let componentOfNode: [Int]
  /// The number of components (0 for the empty graph).
  public let count: Int

  /// The number of nodes in every component, indexed by component id.
  /// - Complexity: O(|V|).
  public func sizes() -> [Int] {
    var sizes = Array(repeating: 0, count: count)
    for component in componentOfNode { sizes[component] += 1 }
    return sizes
  }

  /// Renumbers labels (each in 0 ..< node count) so ids follow the smallest node index of each component.
  init(labels: [Int]) {
    var idOfLabel = Array(repeating: -1, count: labels.count)
    var renumbered = Array(repeating: -1, count: labels.count)
    var nextID = 0
    for node in labels.indices {
      if idOfLabel[labels[node]] < 0 {
        idOfLabel[labels[node]] = nextID
        nextID += 1
      }
      renumbered[node] = idOfLabel[labels[node]]
    }
    componentOfNode = renumbered
    count = nextID
  }
}

extension InteractionGraph {
  /// Weakly connected components: maximal node sets connected when edge directions are ignored.
  ///
  /// Definition and choices as NetworkX 3.6.1 `weakly_connected_components(G)`: every isolated node is its own
  /// component; self-loops change nothing. Ids follow `ComponentPartition`'s ordering.
  ///
  /// - Complexity: O(|V| + |E|) time and space (breadth-first search over both CSR directions, no recursion).
  public func weaklyConnectedComponents() -> ComponentPartition {
    var labels = Array(repeating: -1, count: nodeCount)
    var queue = Array(repeating: 0, count: nodeCount)
    var queueCount = 0
    func reach(_ neighbour: NodeIndex, label: Int) {
      guard labels[Int(neighbour)] < 0 else { return }
      labels[Int(neighbour)] = label
      queue[queueCount] = Int(neighbour)
      queueCount += 1
    }
    var nextLabel = 0
    for start in nodes where labels[start] < 0 {
      queueCount = 0
      reach(NodeIndex(start), label: nextLabel)
      var cursor = 0
      while cursor < queueCount {
        let node = queue[cursor]
        cursor += 1
        for edge in outEdges(of: node) { reach(outTargets[edge], label: nextLabel) }
        for edge in inEdges(of: node) { reach(inSources[edge], label: nextLabel) }
      }
      nextLabel += 1
    }
    return ComponentPartition(labels: labels)
  }

  /// Strongly connected components: maximal node sets in which every node reaches every other.
  ///
  /// Definition and choices as NetworkX 3.6.1 `strongly_connected_components(G)`: a node on no cycle is its own
  /// component (with or without a self-loop). Ids follow `ComponentPartition`'s ordering.
  ///
  /// Computed by Tarjan's algorithm with an explicit stack of (node, next edge) frames instead of recursion,
  /// so graphs with long paths (hundreds of thousands of nodes) cannot overflow the thread stack.
  ///
  /// - Complexity: O(|V| + |E|) time, O(|V|) space.
  ///
  /// References: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972,
  /// doi:10.1137/0201010.
  public func stronglyConnectedComponents() -> ComponentPartition {
    var search = TarjanSearch(nodeCount: nodeCount)
    for root in nodes where search.discovery[root] < 0 { search.run(from: root, in: self) }
    return ComponentPartition(labels: search.labels)
  }
}

/// The state of an iterative Tarjan search; see `stronglyConnectedComponents()`.
private struct TarjanSearch {
  /// Discovery time of each node, -1 while unvisited.
  var discovery: [Int]
  var lowLink: [Int]
  var labels: [Int]
  private var isOnStack: [Bool]
  private var componentStack: [Int] = []
  /// Depth-first frames: a node and the next out-edge to examine.
  private var frames: [(node: Int, edge: Int)] = []
  private var time = 0
  private var componentCount = 0

  init(nodeCount: Int) {
    discovery = Array(repeating: -1, count: nodeCount)
    lowLink = Array(repeating: 0, count: nodeCount)
    labels = Array(repeating: -1, count: nodeCount)
    isOnStack = Array(repeating: false, count: nodeCount)
  }

  mutating func run(from root: Int, in graph: InteractionGraph) {
    enter(root, in: graph)
    while let frame = frames.last {
      let node = frame.node
      if frame.edge < graph.outOffsets[node + 1] {
        frames[frames.count - 1].edge += 1
        let target = Int(graph.outTargets[frame.edge])
        if discovery[target] < 0 {
          enter(target, in: graph)
        } else if isOnStack[target] {
          lowLink[node] = min(lowLink[node], discovery[target])
        }
        continue
      }
      frames.removeLast()
      if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
      if lowLink[node] == discovery[node] { popComponent(rootedAt: node) }
    }
  }

  private mutating func enter(_ node: Int, in graph: InteractionGraph) {
    discovery[node] = time
    lowLink[node] = time
    time += 1
    componentStack.append(node)
    isOnStack[node] = true
    frames.append((node, graph.outOffsets[node]))
  }

  private mutating func popComponent(rootedAt root: Int) {
    while let member = componentStack.popLast() {
      isOnStack[member] = false
      labels[member] = componentCount
      if member == root { break }
    }
    componentCount += 1
  }
}
