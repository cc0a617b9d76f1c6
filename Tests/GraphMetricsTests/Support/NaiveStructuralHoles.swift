import Foundation
import InteractionGraph

/// Burt's constraint, effective size and hierarchy summed straight from the definitions on dense matrices,
/// as a reference for the sparse kernel: m(i, j) = w(i, j) + w(j, i) for i ≠ j, p(i, j) = m(i, j) / Σ_k m(i, k),
/// m̂(j, q) = m(j, q) / max_k m(j, k), sums over q ≠ i, j. O(|V|²) time per node, O(|V|²) space.
struct NaiveStructuralHoles {
  /// Whose largest mutual weight divides m(j, q) in the effective size.
  enum MarginalNormaliser {
    /// j's, as Burt (1992) and NetworkX's per-node branch.
    case contact
    /// q's, as NetworkX 3.6.1's sparse branch (networkx/networkx pull request 8906).
    case intermediary
  }

  let mutual: [[Double]]
  let sums: [Double]
  let maxima: [Double]
  let normaliser: MarginalNormaliser

  init(_ graph: InteractionGraph, normaliser: MarginalNormaliser = .contact) {
    var mutual = Array(repeating: Array(repeating: 0.0, count: graph.nodeCount), count: graph.nodeCount)
    for source in graph.nodes {
      for edge in graph.outEdges(of: source) where Int(graph.outTargets[edge]) != source {
        mutual[source][Int(graph.outTargets[edge])] += graph.outWeights[edge]
        mutual[Int(graph.outTargets[edge])][source] += graph.outWeights[edge]
      }
    }
    self.mutual = mutual
    sums = mutual.map { $0.reduce(0, +) }
    maxima = mutual.map { $0.max() ?? 0 }
    self.normaliser = normaliser
  }

  func proportion(_ i: Int, _ j: Int) -> Double { sums[i] == 0 ? 0 : mutual[i][j] / sums[i] }

  func marginal(_ j: Int, _ q: Int) -> Double {
    let largest = normaliser == .contact ? maxima[j] : maxima[q]
    return largest == 0 ? 0 : mutual[j][q] / largest
  }

  func measures(of i: Int) -> (constraint: Double?, effectiveSize: Double?, hierarchy: Double?) {
    let nodes = mutual.indices
    let contacts = nodes.filter { mutual[i][$0] > 0 }
    guard !contacts.isEmpty else { return (nil, nil, nil) }
    var locals: [Double] = []
    var effectiveSize = 0.0
    for j in contacts {
      let others = nodes.filter { $0 != i && $0 != j }
      let indirect = others.reduce(0.0) { $0 + proportion(i, $1) * proportion($1, j) }
      locals.append((proportion(i, j) + indirect) * (proportion(i, j) + indirect))
      effectiveSize += 1 - others.reduce(0.0) { $0 + proportion(i, $1) * marginal(j, $1) }
    }
    let constraint = locals.reduce(0, +)
    guard contacts.count >= 2 else { return (constraint, effectiveSize, nil) }
    let count = Double(contacts.count)
    let concentration = locals.reduce(0.0) { sum, local in
      let ratio = local / (constraint / count)
      return sum + ratio * log(ratio)
    }
    return (constraint, effectiveSize, concentration / (count * log(count)))
  }
}
