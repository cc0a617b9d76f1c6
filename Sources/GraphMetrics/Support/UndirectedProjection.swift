import InteractionGraph

/// The simple undirected projection of a directed graph, in CSR form, weighted by mutual weight.
///
/// Nodes u ≠ v are *contacts* when u → v or v → u; the tie's weight is the mutual weight
/// w(u, v) + w(v, u) (NetworkX `structuralholes.mutual_weight`). Self-loops are dropped. Row u lists u's
/// contacts sorted by index, each once, in `contacts[offsets[u] ..< offsets[u + 1]]` with the parallel
/// `mutualWeights`; the rows are symmetric (v is in u's row exactly when u is in v's, with the same weight).
///
/// - Complexity: built in O(|V| + |E|) time (a merge of each node's sorted out- and in-rows), O(|V| + |E|) space.
struct UndirectedProjection: Sendable {
  let nodeCount: Int
  let offsets: [Int]
  let contacts: [NodeIndex]
  let mutualWeights: [Double]

  init(_ graph: InteractionGraph) {
    var offsets = [0]
    var contacts: [NodeIndex] = []
    var mutualWeights: [Double] = []
    offsets.reserveCapacity(graph.nodeCount + 1)
    contacts.reserveCapacity(2 * graph.edgeCount)
    mutualWeights.reserveCapacity(2 * graph.edgeCount)
    for node in graph.nodes {
      var outEdge = graph.outEdges(of: node).lowerBound
      var inEdge = graph.inEdges(of: node).lowerBound
      let outEnd = graph.outEdges(of: node).upperBound
      let inEnd = graph.inEdges(of: node).upperBound
      while outEdge < outEnd || inEdge < inEnd {
        let outContact = outEdge < outEnd ? graph.outTargets[outEdge] : NodeIndex.max
        let inContact = inEdge < inEnd ? graph.inSources[inEdge] : NodeIndex.max
        let contact = min(outContact, inContact)
        var weight = 0.0
        if outContact == contact {
          weight += graph.outWeights[outEdge]
          outEdge += 1
        }
        if inContact == contact {
          weight += graph.inWeights[inEdge]
          inEdge += 1
        }
        if Int(contact) != node {
          contacts.append(contact)
          mutualWeights.append(weight)
        }
      }
      offsets.append(contacts.count)
    }
    self.nodeCount = graph.nodeCount
    self.offsets = offsets
    self.contacts = contacts
    self.mutualWeights = mutualWeights
  }

  /// The positions of `node`'s contacts in `contacts` and `mutualWeights`.
  func ties(of node: Int) -> Range<Int> { offsets[node] ..< offsets[node + 1] }

  /// The number of distinct contacts of `node` (its degree in the simple undirected projection).
  func contactCount(_ node: Int) -> Int { offsets[node + 1] - offsets[node] }
}
