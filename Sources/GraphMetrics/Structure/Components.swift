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
  /// Computed by union–find over the out-edges (each edge is stored once in the out-lists, so the in-lists are
  /// not needed), with path halving and the smaller index as the root, on unsafe buffers: the loop is a handful
  /// of loads per edge, where a breadth-first search over both directions reads every edge twice.
  ///
  /// - Complexity: O((|V| + |E|) · α(|V|)) time, O(|V|) space.
  ///
  /// Reference: R. E. Tarjan and J. van Leeuwen, "Worst-case analysis of set union algorithms", J. ACM 31(2),
  /// 1984, doi:10.1145/62.2160.
  public func weaklyConnectedComponents() -> ComponentPartition {
    var parent = Array(0 ..< nodeCount)
    parent.withUnsafeMutableBufferPointer { parent in
      func root(_ start: Int) -> Int {
        var node = start
        while parent[node] != node {
          parent[node] = parent[parent[node]]
          node = parent[node]
        }
        return node
      }
      outOffsets.withUnsafeBufferPointer { offsets in
        outTargets.withUnsafeBufferPointer { targets in
          for source in 0 ..< nodeCount {
            for edge in offsets[source] ..< offsets[source + 1] {
              let (a, b) = (root(source), root(Int(targets[edge])))
              if a < b { parent[b] = a } else if b < a { parent[a] = b }
            }
          }
        }
      }
      for node in 0 ..< parent.count { parent[node] = root(node) }
    }
    return ComponentPartition(labels: parent)
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

  /// Scans the top frame's edges in a tight loop until one leads to an unvisited node (descend) or none is left
  /// (finish the node), so the frame stack is touched once per descent, not once per edge.
  mutating func run(from root: Int, in graph: InteractionGraph) {
    enter(root, in: graph)
    while let frame = frames.last {
      let node = frame.node
      var edge = frame.edge
      let end = graph.outOffsets[node + 1]
      var next: Int?
      var low = lowLink[node]
      while edge < end {
        let target = Int(graph.outTargets[edge])
        edge += 1
        if discovery[target] < 0 {
          next = target
          break
        }
        if isOnStack[target] { low = min(low, discovery[target]) }
      }
      lowLink[node] = low
      if let next {
        frames[frames.count - 1].edge = edge
        enter(next, in: graph)
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
