import InteractionGraph

extension UndirectedProjection {
  /// The graph of communities: `labels` (dense, 0 ..< k) become nodes, edge weights between communities are
  /// summed, and the weight inside a community (its members' loops and internal edges) becomes its loop, so
  /// every community's strength is the sum of its members' strengths and m is unchanged.
  ///
  /// - Complexity: O(|V| + |E| log |E|) time (the inter-community entries are sorted), O(|V| + |E|) space.
  func aggregated(by labels: [Int]) -> UndirectedProjection {
    let count = (labels.max() ?? -1) + 1
    var loopWeights = Array(repeating: 0.0, count: count)
    var entries: [(source: Int, target: Int, weight: Double)] = []
    for node in 0 ..< nodeCount {
      let source = labels[node]
      loopWeights[source] += self.loopWeights[node]
      for edge in edges(of: node) {
        let target = labels[Int(neighbours[edge])]
        if target == source {
          loopWeights[source] += weights[edge] / 2  // each internal edge is listed from both ends
        } else {
          entries.append((source, target, weights[edge]))
        }
      }
    }
    entries.sort { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }
    var offsets = Array(repeating: 0, count: count + 1)
    var neighbours: [NodeIndex] = []
    var weights: [Double] = []
    var previousSource = -1
    for entry in entries {
      if entry.source == previousSource, let last = neighbours.last, Int(last) == entry.target {
        weights[weights.count - 1] += entry.weight
      } else {
        neighbours.append(NodeIndex(entry.target))
        weights.append(entry.weight)
      }
      previousSource = entry.source
      offsets[entry.source + 1] = neighbours.count
    }
    for community in 0 ..< count where offsets[community + 1] < offsets[community] {
      offsets[community + 1] = offsets[community]
    }
    return UndirectedProjection(
      nodeCount: count, offsets: offsets, neighbours: neighbours, weights: weights, loopWeights: loopWeights)
  }
}
