import InteractionGraph
import TestSupport

/// A seeded random digraph: `edgeAttempts` uniformly drawn (source, target) pairs, self-loops kept, integer
/// weights 1-5; repeated pairs merge in `GraphBuilder`, so weights can exceed 5.
func randomGraph(nodeCount: Int, edgeAttempts: Int, seed: UInt64) -> InteractionGraph {
  var generator = SplitMix64(seed: seed)
  var builder = GraphBuilder(nodeCount: nodeCount)
  for _ in 0 ..< edgeAttempts {
    let source = Int.random(in: 0 ..< nodeCount, using: &generator)
    let target = Int.random(in: 0 ..< nodeCount, using: &generator)
    builder.addEdge(from: source, to: target, weight: Double(Int.random(in: 1 ... 5, using: &generator)))
  }
  return builder.build()
}

/// Hop distances from `source` by a plain breadth-first search (a reference independent of the library).
func hopDistances(from source: Int, in graph: InteractionGraph) -> [Int?] {
  var distances = [Int?](repeating: nil, count: graph.nodeCount)
  distances[source] = 0
  var frontier = [source]
  var level = 0
  while !frontier.isEmpty {
    level += 1
    var next: [Int] = []
    for node in frontier {
      for edge in graph.outEdges(of: node) where distances[Int(graph.outTargets[edge])] == nil {
        distances[Int(graph.outTargets[edge])] = level
        next.append(Int(graph.outTargets[edge]))
      }
    }
    frontier = next
  }
  return distances
}

/// The graph with the given unit-weight edges.
func graph(nodeCount: Int, edges: [(Int, Int)]) -> InteractionGraph {
  var builder = GraphBuilder(nodeCount: nodeCount)
  for (source, target) in edges { builder.addEdge(from: source, to: target) }
  return builder.build()
}
