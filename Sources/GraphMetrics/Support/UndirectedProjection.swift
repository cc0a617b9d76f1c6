import InteractionGraph

/// The undirected weighted projection of an `InteractionGraph`, the graph that community, structural-hole and
/// core metrics work on.
///
/// Definition: nodes u ≠ v are joined when u → v or v → u, with weight w(u, v) + w(v, u). A self-loop u → u of
/// weight w becomes an undirected self-loop of weight w (not 2w), kept apart in `loopWeights`; as in NetworkX
/// and igraph, it counts twice in u's strength. So the total undirected weight m equals the directed graph's
/// total weight, and the strengths sum to 2m.
///
/// Nodes joined this way are each other's *contacts* (Burt); the tie weight is NetworkX's `mutual_weight`.
///
/// Storage: a symmetric CSR without self entries (`neighbours[offsets[u] ..< offsets[u + 1]]`, sorted, with
/// the parallel `weights`), as built by merging each node's sorted out- and in-lists.
///
/// - Complexity: O(|V| + |E|) time and space to build.
struct UndirectedProjection: Sendable {
  let nodeCount: Int
  let offsets: [Int]
  let neighbours: [NodeIndex]
  let weights: [Double]
  /// The weight of every node's self-loop (0 when it has none).
  let loopWeights: [Double]
  /// Σ of the weights of a node's edges, its self-loop counted twice.
  let strengths: [Double]
  /// m: the sum of all undirected edge weights, each self-loop once.
  let totalWeight: Double

  init(nodeCount: Int, offsets: [Int], neighbours: [NodeIndex], weights: [Double], loopWeights: [Double]) {
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.neighbours = neighbours
    self.weights = weights
    self.loopWeights = loopWeights
    var strengths = loopWeights.map { 2 * $0 }
    for node in 0 ..< nodeCount {
      for edge in offsets[node] ..< offsets[node + 1] { strengths[node] += weights[edge] }
    }
    self.strengths = strengths
    totalWeight = strengths.reduce(0, +) / 2
  }

  init(_ graph: InteractionGraph) {
    var offsets = [0]
    var neighbours: [NodeIndex] = []
    var weights: [Double] = []
    var loopWeights = Array(repeating: 0.0, count: graph.nodeCount)
    offsets.reserveCapacity(graph.nodeCount + 1)
    neighbours.reserveCapacity(2 * graph.edgeCount)
    weights.reserveCapacity(2 * graph.edgeCount)
    for node in graph.nodes {
      var out = graph.outOffsets[node]
      var into = graph.inOffsets[node]
      let outEnd = graph.outOffsets[node + 1]
      let inEnd = graph.inOffsets[node + 1]
      while out < outEnd || into < inEnd {
        let outNeighbour = out < outEnd ? graph.outTargets[out] : NodeIndex.max
        let inNeighbour = into < inEnd ? graph.inSources[into] : NodeIndex.max
        let neighbour = min(outNeighbour, inNeighbour)
        var weight = 0.0
        if outNeighbour == neighbour {
          weight += graph.outWeights[out]
          out += 1
        }
        if inNeighbour == neighbour {
          weight += graph.inWeights[into]
          into += 1
        }
        if Int(neighbour) == node {
          loopWeights[node] = weight / 2  // the loop appears once in each direction
        } else {
          neighbours.append(neighbour)
          weights.append(weight)
        }
      }
      offsets.append(neighbours.count)
    }
    self.init(
      nodeCount: graph.nodeCount, offsets: offsets, neighbours: neighbours, weights: weights, loopWeights: loopWeights)
  }

  /// The positions of `node`'s contacts in `neighbours` and `weights`.
  func edges(of node: Int) -> Range<Int> { offsets[node] ..< offsets[node + 1] }

  /// The number of distinct contacts of `node` (its degree in the simple projection, self-loops aside).
  func contactCount(_ node: Int) -> Int { offsets[node + 1] - offsets[node] }

  /// For every tie position t (u's entry for contact v), the position of the same tie in v's list.
  ///
  /// Lists are sorted, so the contacts of v smaller than v come first and in the order in which an ascending
  /// sweep over u meets v: the k-th such u is at v's position k.
  /// - Complexity: O(|V| + |E|).
  func twinTies() -> [Int] {
    var twins = [Int](repeating: 0, count: neighbours.count)
    var lowerSeen = [Int](repeating: 0, count: nodeCount)
    for node in 0 ..< nodeCount {
      for tie in edges(of: node) where Int(neighbours[tie]) > node {
        let contact = Int(neighbours[tie])
        let twin = offsets[contact] + lowerSeen[contact]
        lowerSeen[contact] += 1
        twins[tie] = twin
        twins[twin] = tie
      }
    }
    return twins
  }

  /// Each node's ties towards contacts of higher (degree, index): every tie appears once, oriented from its
  /// endpoint of lower degree, so no node has more forward ties than about √(2|E|).
  /// - Complexity: O(|V| + |E|).
  func forwardTies() -> (offsets: [Int], ties: [Int]) {
    func precedes(_ a: Int, _ b: Int) -> Bool { (contactCount(a), a) < (contactCount(b), b) }
    var forwardOffsets = [0]
    forwardOffsets.reserveCapacity(nodeCount + 1)
    var ties: [Int] = []
    ties.reserveCapacity(neighbours.count / 2)
    for node in 0 ..< nodeCount {
      for tie in edges(of: node) where precedes(node, Int(neighbours[tie])) { ties.append(tie) }
      forwardOffsets.append(ties.count)
    }
    return (forwardOffsets, ties)
  }
}
