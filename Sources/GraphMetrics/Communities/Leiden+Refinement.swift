import Foundation
import SeededRandom

extension UndirectedProjection {
  /// Leiden phase 2: refines each community of `partition` (dense labels) from singletons; returns a label
  /// (< |V|) per node, every refined community inside one community of `partition`.
  ///
  /// Kernel (longer than the house budget: the well-connectedness tests, the gathering and the random choice
  /// share buffers). `external[C]` is E(C, S − C), the weight from refined community C to the rest of its
  /// community S; when v joins C it becomes E(C) + E(v) − 2 k_{v,C}. A node is considered only while it is
  /// alone in its refined community, in a shuffled order. Among the well-connected refined communities with
  /// gain ≥ 0 (staying alone has gain 0) one is drawn with probability ∝ exp(gain / θ), θ = 0.01, the gain
  /// k_{v,C} − s_v Σ_C / 2m in weight units (not divided by m), as igraph and leidenalg scale it, so the draw
  /// is nearly greedy unless gains are within a few hundredths of a unit weight.
  ///
  /// - Complexity: O(|V| + |E|) time, O(|V|) extra space.
  func refine(_ partition: [Int], generator: inout SplitMix64) -> [Int] {
    let randomness = 0.01
    let doubledWeight = 2 * totalWeight
    var refined = Array(0 ..< nodeCount)
    var refinedStrength = strengths
    var refinedSize = Array(repeating: 1, count: nodeCount)
    var partitionStrength = Array(repeating: 0.0, count: nodeCount)
    var external = Array(repeating: 0.0, count: nodeCount)
    for node in 0 ..< nodeCount {
      partitionStrength[partition[node]] += strengths[node]
      for edge in edges(of: node) where partition[Int(neighbours[edge])] == partition[node] {
        external[node] += weights[edge]
      }
    }
    let nodeExternal = external
    var neighbourWeight = Array(repeating: 0.0, count: nodeCount)
    var touched: [Int] = []
    var candidates: [(community: Int, gain: Double)] = []
    for node in generator.shuffled(0 ..< nodeCount) {
      let own = refined[node]
      let strength = strengths[node]
      let groupStrength = partitionStrength[partition[node]]
      guard refinedSize[own] == 1, nodeExternal[node] >= strength * (groupStrength - strength) / doubledWeight
      else { continue }
      for edge in edges(of: node) where partition[Int(neighbours[edge])] == partition[node] {
        let target = refined[Int(neighbours[edge])]
        if neighbourWeight[target] == 0 { touched.append(target) }
        neighbourWeight[target] += weights[edge]
      }
      candidates.append((own, 0))
      var largestGain = 0.0
      for community in touched {
        let communityStrength = refinedStrength[community]
        guard external[community] >= communityStrength * (groupStrength - communityStrength) / doubledWeight
        else { continue }
        let gain = neighbourWeight[community] - communityStrength * strength / doubledWeight
        guard gain >= 0 else { continue }
        candidates.append((community, gain))
        largestGain = max(largestGain, gain)
      }
      let chosen = draw(candidates, largestGain: largestGain, scale: randomness, generator: &generator)
      if chosen != own {
        refined[node] = chosen
        refinedStrength[chosen] += strength
        refinedStrength[own] = 0
        refinedSize[chosen] += 1
        refinedSize[own] = 0
        external[chosen] += nodeExternal[node] - 2 * neighbourWeight[chosen]
      }
      for community in touched { neighbourWeight[community] = 0 }
      touched.removeAll(keepingCapacity: true)
      candidates.removeAll(keepingCapacity: true)
    }
    return refined
  }

  /// A candidate drawn with probability ∝ exp((gain − largestGain) / scale).
  private func draw(
    _ candidates: [(community: Int, gain: Double)], largestGain: Double, scale: Double,
    generator: inout SplitMix64
  ) -> Int {
    let weights = candidates.map { ($0.gain - largestGain) / scale > -700 ? exp(($0.gain - largestGain) / scale) : 0 }
    var remaining = generator.unit() * weights.reduce(0, +)
    for (index, weight) in weights.enumerated() where weight > 0 {
      remaining -= weight
      if remaining < 0 { return candidates[index].community }
    }
    return candidates[weights.lastIndex { $0 > 0 } ?? 0].community
  }
}
