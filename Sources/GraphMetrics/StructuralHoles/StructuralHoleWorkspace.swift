import Foundation
import InteractionGraph

/// Burt's measures of one ego network, as computed by `StructuralHoleWorkspace.measure(_:)`.
struct EgoMeasures: Sendable {
  let constraint: Double
  let effectiveSize: Double
  /// `nil` with fewer than two contacts.
  let hierarchy: Double?
}

/// The two sums over shared contacts that Burt's measures need, for every tie, from one pass over the
/// triangles of the projection.
///
/// For a tie i – j (stored twice, once in each node's list), `indirect` at i's entry holds Σ_q p(i, q) p(q, j)
/// and `redundancy` holds Σ_q p(i, q) m̂(j, q), both over the contacts q shared by i and j. Only a q that is a
/// contact of both closes a triangle i – q – j, so each sum is a sum over the triangles through the tie. The
/// triangles are listed once each by orienting every tie from the endpoint of lower degree to the higher
/// (ties broken by index) and intersecting forward lists (Chiba & Nishizeki 1985), and each triangle adds to
/// its six ordered pairs. A sweep over every two-step path i – q – j instead costs Σ_q deg(q)², which the hubs
/// of a heavy-tailed graph dominate; the oriented listing costs O(|E| · α), α the arboricity.
///
/// - Complexity: O(|E| · α) time (at most O(|E|^1.5)), O(|V| + |E|) space.
///
/// Reference: N. Chiba and T. Nishizeki, "Arboricity and subgraph listing algorithms", SIAM J. Comput. 14(1),
/// 1985, doi:10.1137/0214017.
struct StructuralHoleWorkspace: Sendable {
  let projection: UndirectedProjection
  /// 1 / Σ_k m(v, k) per node (0 without contacts): the proportional-tie normaliser, computed once.
  private let inverseSums: [Double]
  /// 1 / max_k m(v, k) per node (0 without contacts): the marginal-strength normaliser, computed once.
  private let inverseMaxima: [Double]
  private var indirect: [Double]
  private var redundancy: [Double]
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
    indirect = Array(repeating: 0, count: projection.neighbours.count)
    redundancy = indirect
    accumulateTriangles()
  }

  /// Fills `indirect` and `redundancy` from every triangle of the projection.
  private mutating func accumulateTriangles() {
    let twins = projection.twinTies()
    let forward = projection.forwardTies()
    let neighbours = projection.neighbours
    // tieTo[w] = 1 + position of the tie u – w while u's forward contacts are marked, else 0.
    var tieTo = [Int](repeating: 0, count: projection.nodeCount)
    for u in 0 ..< projection.nodeCount {
      let uForward = forward.offsets[u] ..< forward.offsets[u + 1]
      for slot in uForward { tieTo[Int(neighbours[forward.ties[slot]])] = forward.ties[slot] + 1 }
      for slot in uForward {
        let uv = forward.ties[slot]
        let v = Int(neighbours[uv])
        for vSlot in forward.offsets[v] ..< forward.offsets[v + 1] {
          let vw = forward.ties[vSlot]
          let w = Int(neighbours[vw])
          let uw = tieTo[w] - 1
          if uw >= 0 { addTriangle(u: u, v: v, w: w, uv: uv, uw: uw, vw: vw, twins: twins) }
        }
      }
      for slot in uForward { tieTo[Int(neighbours[forward.ties[slot]])] = 0 }
    }
  }

  /// Adds triangle u – v – w to its six ordered pairs (from → to through the third node):
  /// indirect += p(from, third) p(third, to), redundancy += p(from, third) m(to, third) / max m(to, ·).
  /// `uv`, `uw`, `vw` are tie positions in the first node's list; `twins` gives the reverse positions.
  private mutating func addTriangle(u: Int, v: Int, w: Int, uv: Int, uw: Int, vw: Int, twins: [Int]) {
    let weights = projection.weights
    let weightUV = weights[uv], weightUW = weights[uw], weightVW = weights[vw]
    let (pUV, pUW) = (weightUV * inverseSums[u], weightUW * inverseSums[u])
    let (pVU, pVW) = (weightUV * inverseSums[v], weightVW * inverseSums[v])
    let (pWU, pWV) = (weightUW * inverseSums[w], weightVW * inverseSums[w])
    let (vu, wu, wv) = (twins[uv], twins[uw], twins[vw])
    indirect[uv] += pUW * pWV
    redundancy[uv] += pUW * weightVW * inverseMaxima[v]
    indirect[uw] += pUV * pVW
    redundancy[uw] += pUV * weightVW * inverseMaxima[w]
    indirect[vu] += pVW * pWU
    redundancy[vu] += pVW * weightUW * inverseMaxima[u]
    indirect[vw] += pVU * pUW
    redundancy[vw] += pVU * weightUW * inverseMaxima[w]
    indirect[wu] += pWV * pVU
    redundancy[wu] += pWV * weightUV * inverseMaxima[u]
    indirect[wv] += pWU * pUV
    redundancy[wv] += pWU * weightUV * inverseMaxima[v]
  }

  /// Constraint, effective size and hierarchy of `ego`, which must have at least one contact.
  /// - Complexity: O(contacts of `ego`).
  mutating func measure(_ ego: Int) -> EgoMeasures {
    var constraint = 0.0
    var effectiveSize = 0.0
    localConstraints.removeAll(keepingCapacity: true)
    for tie in projection.edges(of: ego) {
      let direct = projection.weights[tie] * inverseSums[ego]
      let local = (direct + indirect[tie]) * (direct + indirect[tie])
      localConstraints.append(local)
      constraint += local
      effectiveSize += 1 - redundancy[tie]
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
