import GraphMetrics
import InteractionGraph

/// Unnormalized betweenness from its pair definition, for differential tests of the Brandes kernels.
///
/// All-pairs distances by Floyd–Warshall, shortest-path counts σ(s, t) by dynamic programming over targets in
/// increasing distance, then B(v) = Σ_{s ≠ v ≠ t, d(s,v) + d(v,t) = d(s,t)} σ(s,v) σ(v,t) / σ(s,t).
/// Edge lengths are 1 or 1/weight; use weights whose reciprocals are exact binary fractions (1, 2, 4, …) so
/// sums along different paths compare exactly. O(|V|³) time: keep graphs small.
func naiveBetweenness(_ graph: InteractionGraph, pathLength: PathLength) -> [Double] {
  let count = graph.nodeCount
  let distances = allPairsDistances(graph, pathLength: pathLength)
  var pathCounts = Array(repeating: Array(repeating: 0.0, count: count), count: count)
  for source in 0 ..< count {
    pathCounts[source][source] = 1
    let byDistance = (0 ..< count).filter { distances[source][$0] < .infinity && $0 != source }
      .sorted { distances[source][$0] < distances[source][$1] }
    for target in byDistance {
      for edge in graph.inEdges(of: target) {
        let previous = Int(graph.inSources[edge])
        let length = pathLength == .hops ? 1 : 1 / graph.inWeights[edge]
        if previous != target && distances[source][previous] + length == distances[source][target] {
          pathCounts[source][target] += pathCounts[source][previous]
        }
      }
    }
  }
  var scores = Array(repeating: 0.0, count: count)
  for source in 0 ..< count {
    for target in 0 ..< count where target != source && distances[source][target] < .infinity {
      for node in 0 ..< count where node != source && node != target {
        if distances[source][node] + distances[node][target] == distances[source][target] {
          scores[node] += pathCounts[source][node] * pathCounts[node][target] / pathCounts[source][target]
        }
      }
    }
  }
  return scores
}

private func allPairsDistances(_ graph: InteractionGraph, pathLength: PathLength) -> [[Double]] {
  let count = graph.nodeCount
  var distances = Array(repeating: Array(repeating: Double.infinity, count: count), count: count)
  for node in 0 ..< count {
    distances[node][node] = 0
    for edge in graph.outEdges(of: node) where Int(graph.outTargets[edge]) != node {
      distances[node][Int(graph.outTargets[edge])] = pathLength == .hops ? 1 : 1 / graph.outWeights[edge]
    }
  }
  for middle in 0 ..< count {
    for source in 0 ..< count {
      for target in 0 ..< count {
        let through = distances[source][middle] + distances[middle][target]
        if through < distances[source][target] { distances[source][target] = through }
      }
    }
  }
  return distances
}
