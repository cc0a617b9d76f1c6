import Foundation
import InteractionGraph

/// Burt's measures of one ego network, as computed by `StructuralHoleWorkspace.measure(_:)`.
struct EgoMeasures: Sendable {
  let constraint: Double
  let effectiveSize: Double
  /// `nil` with fewer than two contacts.
  let hierarchy: Double?
}

/// Per-node scratch arrays for the structural-hole kernel, allocated once and reset after each ego.
///
/// `direct[j]` holds p(i, j) for the current ego i, `indirect[j]` accumulates Σ_q p(i, q) p(q, j) and
/// `redundancy[j]` accumulates Σ_q p(i, q) m̂(j, q); `egoOfContact[j] == i` marks j as a contact of i (a stamp,
/// so it needs no reset, and it does not rely on p(i, j) being representable as a positive double).
struct StructuralHoleWorkspace: Sendable {
  let projection: UndirectedProjection
  /// 1 / Σ_k m(v, k) per node (0 without contacts): the proportional-tie normaliser, computed once.
  private let inverseSums: [Double]
  /// 1 / max_k m(v, k) per node (0 without contacts): the marginal-strength normaliser, computed once.
  private let inverseMaxima: [Double]
  private var direct: [Double]
  private var indirect: [Double]
  private var redundancy: [Double]
  private var egoOfContact: [Int]
  private var localConstraints: [Double] = []

  init(projection: UndirectedProjection) {
    self.projection = projection
    var inverseSums = Array(repeating: 0.0, count: projection.nodeCount)
    var inverseMaxima = inverseSums
    for node in 0 ..< projection.nodeCount where projection.contactCount(node) > 0 {
      let weights = projection.weights[projection.edges(of: node)]
      inverseSums[node] = 1 / weights.reduce(0, +)
      inverseMaxima[node] = 1 / (weights.max() ?? 1)
    }
    self.inverseSums = inverseSums
    self.inverseMaxima = inverseMaxima
    direct = Array(repeating: 0, count: projection.nodeCount)
    indirect = direct
    redundancy = direct
    egoOfContact = Array(repeating: -1, count: projection.nodeCount)
  }

  /// Constraint, effective size and hierarchy of `ego`, which must have at least one contact.
  ///
  /// A kernel: one scatter of p(ego, ·), one sweep over the two-step paths ego – q – j with j a contact of
  /// ego, one gather; the arrays are restored to zero before returning.
  mutating func measure(_ ego: Int) -> EgoMeasures {
    let ties = projection.edges(of: ego)
    for tie in ties {
      let contact = Int(projection.neighbours[tie])
      direct[contact] = projection.weights[tie] * inverseSums[ego]
      egoOfContact[contact] = ego
    }
    for tie in ties {
      let between = Int(projection.neighbours[tie])
      let share = direct[between]
      for onward in projection.edges(of: between) {
        let contact = Int(projection.neighbours[onward])
        guard egoOfContact[contact] == ego else { continue }
        let weight = projection.weights[onward]
        indirect[contact] += share * (weight * inverseSums[between])
        redundancy[contact] += share * (weight * inverseMaxima[contact])
      }
    }
    var constraint = 0.0
    var effectiveSize = 0.0
    localConstraints.removeAll(keepingCapacity: true)
    for tie in ties {
      let contact = Int(projection.neighbours[tie])
      let local = (direct[contact] + indirect[contact]) * (direct[contact] + indirect[contact])
      localConstraints.append(local)
      constraint += local
      effectiveSize += 1 - redundancy[contact]
      direct[contact] = 0
      indirect[contact] = 0
      redundancy[contact] = 0
    }
    return EgoMeasures(
      constraint: constraint, effectiveSize: effectiveSize,
      hierarchy: burtHierarchy(localConstraints: localConstraints, constraint: constraint))
  }
}

/// Burt's hierarchy Σ_j r_j ln r_j / (N ln N) with r_j = c_j / (C / N); `nil` when N < 2.
///
/// A local constraint is positive in exact arithmetic, but can underflow to 0 with extreme weights; such a term
/// contributes its limit 0 (r ln r → 0), so the result is never NaN.
func burtHierarchy(localConstraints: [Double], constraint: Double) -> Double? {
  let count = Double(localConstraints.count)
  guard localConstraints.count >= 2, constraint > 0 else { return nil }
  let mean = constraint / count
  var sum = 0.0
  for local in localConstraints where local > 0 {
    let ratio = local / mean
    sum += ratio * log(ratio)
  }
  return sum / (count * log(count))
}
