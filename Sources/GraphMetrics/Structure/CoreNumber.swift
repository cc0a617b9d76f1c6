import InteractionGraph

extension InteractionGraph {
  /// The k-core number of every node in the simple undirected projection.
  ///
  /// Definition: the k-core is the largest subgraph in which every node has at least k contacts inside it;
  /// a node's core number is the largest k whose k-core contains it. Contacts are taken in the undirected
  /// projection: u and v (u ≠ v) are adjacent when u → v or v → u, once, whatever the weights.
  ///
  /// Choices, as NetworkX 3.6.1 `core_number(G.to_undirected())` after removing self-loops: a reciprocated
  /// pair counts as one contact (NetworkX's `core_number` on the DiGraph itself would count it twice, in + out
  /// degree); self-loops are dropped (NetworkX raises on them); weights are ignored; isolated nodes have 0.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 4)
  /// for (source, target) in [(0, 1), (1, 2), (2, 0), (2, 3), (3, 2)] { builder.addEdge(from: source, to: target) }
  /// builder.build().coreNumbers()  // [2, 2, 2, 1]: the triangle is a 2-core, node 3 hangs on by one contact
  /// ```
  ///
  /// - Returns: one core number per node.
  /// - Complexity: O(|V| + |E|) time and space (Batagelj–Zaversnik bucket peeling).
  ///
  /// References: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks",
  /// arXiv cs/0310049, 2003; NetworkX `networkx/algorithms/core.py` (`core_number`).
  public func coreNumbers() -> [Int] {
    coreNumbers(of: UndirectedProjection(self))
  }

  /// Peels nodes in order of current degree; `degrees[v]` ends as v's core number.
  ///
  /// A kernel (about 35 lines) kept whole because the four arrays are updated in lock-step.
  func coreNumbers(of projection: UndirectedProjection) -> [Int] {
    let count = projection.nodeCount
    var degrees = (0 ..< count).map { projection.contactCount($0) }
    let largestDegree = degrees.max() ?? 0
    // binStarts[d]: the position in `order` where nodes of current degree d begin.
    var binStarts = Array(repeating: 0, count: largestDegree + 2)
    for degree in degrees { binStarts[degree + 1] += 1 }
    for degree in 0 ... largestDegree { binStarts[degree + 1] += binStarts[degree] }
    var order = Array(repeating: 0, count: count)
    var positions = Array(repeating: 0, count: count)
    var cursor = binStarts
    for node in 0 ..< count {
      positions[node] = cursor[degrees[node]]
      order[positions[node]] = node
      cursor[degrees[node]] += 1
    }
    for index in 0 ..< count {
      let node = order[index]
      for tie in projection.edges(of: node) {
        let neighbour = Int(projection.neighbours[tie])
        let degree = degrees[neighbour]
        guard degree > degrees[node] else { continue }
        // Move the neighbour to the front of its bin, then shrink the bin by one: its degree drops by one.
        let front = binStarts[degree]
        let frontNode = order[front]
        if frontNode != neighbour {
          order[positions[neighbour]] = frontNode
          positions[frontNode] = positions[neighbour]
          order[front] = neighbour
          positions[neighbour] = front
        }
        binStarts[degree] += 1
        degrees[neighbour] -= 1
      }
    }
    return degrees
  }
}
