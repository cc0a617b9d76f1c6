/// Newman's nominal (attribute) assortativity coefficient of a mixing matrix of weights.
///
/// With `e` the matrix divided by its total, `a` its row sums and `b` its column sums,
/// `r = (Σᵢ eᵢᵢ − Σᵢ aᵢbᵢ) / (1 − Σᵢ aᵢbᵢ)`: 1 when all talk stays within a category, 0 for random mixing given
/// each category's out- and in-weight, negative when categories avoid themselves.
///
/// Definition and choices as NetworkX 3.6.1 `attribute_assortativity_coefficient(G, attr)` on a `MultiDiGraph`
/// that holds `w` parallel copies of every edge of integer weight `w` (NetworkX counts edges, not weights; the
/// two agree for integer weights, and this generalises to any weight), restricted to the edges whose two ends
/// have a known value (NetworkX would make "unknown" a category of its own). `nil` when the matrix has no
/// weight or all weight falls in one category on both sides (`Σ aᵢbᵢ = 1`, where NetworkX divides by zero).
///
/// - Complexity: O(k²) for k categories.
///
/// Reference: M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67, 026126 (2003), eq. 2,
/// doi:10.1103/PhysRevE.67.026126.
public func nominalAssortativity(_ matrix: [[Double]]) -> Double? {
  let total = matrix.reduce(0) { $0 + $1.reduce(0, +) }
  guard total > 0 else { return nil }
  var trace = 0.0, expected = 0.0
  for category in matrix.indices {
    trace += matrix[category][category] / total
    let rowShare = matrix[category].reduce(0, +) / total
    let columnShare = matrix.reduce(0) { $0 + $1[category] } / total
    expected += rowShare * columnShare
  }
  guard 1 - expected > 1e-15 else { return nil }
  return (trace - expected) / (1 - expected)
}

extension LevelFlow {
  /// Nominal assortativity of the level matrix (`nominalAssortativity`), levels as categories.
  public var assortativity: Double? { nominalAssortativity(matrix) }
}

extension GroupMixing {
  /// Nominal assortativity of the group matrix (`nominalAssortativity`), groups as categories.
  public var assortativity: Double? { nominalAssortativity(matrix) }
}
