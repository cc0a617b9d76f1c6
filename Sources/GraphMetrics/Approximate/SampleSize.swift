import Foundation
import InteractionGraph

/// How many samples the sampled metrics draw, as functions of the requested accuracy.
///
/// Both formulas are stated for the scores the library *returns* (NetworkX normalisation for betweenness,
/// unnormalised sums for harmonic), so the additive error ε a caller asks for is the error on those scores.
enum SampleSize {
  /// The universal constant of the ε-sample bound used by Riondato & Kornaropoulos (2016, §4.1), c ≈ 0.5
  /// (Löffler & Phillips 2009).
  static let riondatoKornaropoulosConstant = 0.5

  /// The number of shortest paths to sample for betweenness within `epsilon` of the NetworkX-normalised value
  /// of every node with probability at least 1 − `delta`.
  ///
  /// Definition: r = ⌈(c / ε′²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ with c = 0.5 and ε′ = ε · (n − 2) / n.
  /// Riondato & Kornaropoulos bound the error on b(v) = B(v) / (n(n − 1)) (all ordered pairs); NetworkX divides
  /// the same raw sum B(v) by (n − 1)(n − 2), which is b(v) · n / (n − 2), so an error ε′ on b is an error
  /// ε′ · n / (n − 2) = ε on the returned score. Returns 0 when VD ≤ 2 or n ≤ 2 (no node can be interior).
  /// - Complexity: O(1).
  static func betweenness(epsilon: Double, delta: Double, nodeCount: Int, vertexDiameterBound: Int) -> Int {
    guard nodeCount > 2, vertexDiameterBound > 2 else { return 0 }
    let scaledEpsilon = epsilon * Double(nodeCount - 2) / Double(nodeCount)
    let logDiameter = Double(Int.bitWidth - 1 - (vertexDiameterBound - 2).leadingZeroBitCount)
    let samples = riondatoKornaropoulosConstant / (scaledEpsilon * scaledEpsilon)
      * (logDiameter + 1 + log(1 / delta))
    return Int(samples.rounded(.up))
  }

  /// The number of pivots for sampled harmonic centrality within ε · (n − 1) of H(u) for every node u with
  /// probability at least 1 − δ.
  ///
  /// Definition: k = ⌈ln(2n / δ) / (2ε′²)⌉ with ε′ = ε · (n − 1) / n: Hoeffding's inequality for the mean of k
  /// independent terms in [0, 1] (P(|mean − expectation| ≥ ε′) ≤ 2·exp(−2kε′²)) and a union bound over the n
  /// nodes. With δ = 2/n this is Eppstein & Wang's k = ln n / ε² (their failure probability 1/n, natural log).
  /// - Complexity: O(1).
  static func harmonicPivots(epsilon: Double, delta: Double, nodeCount: Int) -> Int {
    hoeffdingPivots(epsilon: epsilon, delta: delta, nodeCount: nodeCount, events: 2 * nodeCount)
  }

  /// The number of pivots for sampled closeness: as `harmonicPivots` but with a union bound over 2n events
  /// (the reach count and the distance sum of every node), k = ⌈ln(4n / δ) / (2ε′²)⌉.
  /// - Complexity: O(1).
  static func closenessPivots(epsilon: Double, delta: Double, nodeCount: Int) -> Int {
    hoeffdingPivots(epsilon: epsilon, delta: delta, nodeCount: nodeCount, events: 4 * nodeCount)
  }

  private static func hoeffdingPivots(epsilon: Double, delta: Double, nodeCount: Int, events: Int) -> Int {
    guard nodeCount > 1 else { return 0 }
    let scaledEpsilon = epsilon * Double(nodeCount - 1) / Double(nodeCount)
    let pivots = log(Double(events) / delta) / (2 * scaledEpsilon * scaledEpsilon)
    return Int(pivots.rounded(.up))
  }

  /// Checks an (ε, δ) request: both in (0, 1).
  static func checkAccuracy(epsilon: Double, delta: Double) {
    precondition(epsilon > 0 && epsilon < 1, "A sampled metric needs 0 < epsilon < 1, got \(epsilon).")
    precondition(delta > 0 && delta < 1, "A sampled metric needs 0 < delta < 1, got \(delta).")
  }
}

extension InteractionGraph {
  /// A safe upper bound on the vertex diameter: the number of nodes in the largest weakly connected component.
  ///
  /// The vertex diameter VD is the largest number of nodes on a shortest directed path. A shortest path visits
  /// each node at most once and stays inside one weakly connected component, so VD never exceeds that
  /// component's size: the bound is always valid, hence the sample size it gives keeps Riondato &
  /// Kornaropoulos' guarantee. It is loose (often |V| where VD is ~20), but enters r only through
  /// ⌊log₂(VD − 2)⌋, so it costs at most about 2.5× the samples of the true VD on a 200,000-node graph.
  /// Heuristics such as twice an undirected eccentricity, or a directed double sweep, are not upper bounds
  /// on a digraph (a directed cycle of n nodes has VD = n but undirected eccentricity n/2), so they are not
  /// used.
  /// - Complexity: O(|V| + |E|).
  func vertexDiameterUpperBound() -> Int {
    weaklyConnectedComponents().sizes().max() ?? 0
  }
}
