/// Spearman's rank correlation: Pearson's correlation of the two samples' ranks, ties given their average rank.
///
/// Definition and choices as SciPy 1.17.1 `scipy.stats.spearmanr(x, y).statistic` (which ranks with
/// `rankdata(method="average")`), with one addition: values that differ by at most `tieTolerance` times the
/// sample's largest absolute value count as tied, so that scores from iterative solvers (PageRank, HITS) that are
/// equal in exact arithmetic but differ in their last bits (or are ±1e-17 instead of 0) still tie; pass 0 for
/// exact ties only. `nil` when the samples differ
/// in length, hold fewer than two pairs, or one of them is constant (SciPy returns NaN there).
///
/// - Complexity: O(n log n) time, O(n) space.
///
/// Reference: C. Spearman, "The proof and measurement of association between two things", American Journal of
/// Psychology 15(1), 1904, doi:10.2307/1412159.
public func spearmanCorrelation(_ x: [Double], _ y: [Double], tieTolerance: Double = 1e-9) -> Double? {
  guard x.count == y.count, x.count >= 2 else { return nil }
  return pearsonCorrelation(averageRanks(x, tieTolerance: tieTolerance), averageRanks(y, tieTolerance: tieTolerance))
}

/// Ranks 1…n in increasing order of value; each run of tied values (consecutive in sorted order, each within
/// `tieTolerance` × the largest absolute value of the previous) gets the mean of the ranks it spans.
///
/// - Complexity: O(n log n).
func averageRanks(_ values: [Double], tieTolerance: Double) -> [Double] {
  let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
  var ranks = Array(repeating: 0.0, count: values.count)
  let scale = tieTolerance * (values.lazy.map(abs).max() ?? 0)
  var start = 0
  while start < order.count {
    var end = start + 1
    while end < order.count {
      let previous = values[order[end - 1]], next = values[order[end]]
      guard next - previous <= scale else { break }
      end += 1
    }
    let average = Double(start + end + 1) / 2  // mean of the 1-based ranks start+1 … end
    for position in start ..< end { ranks[order[position]] = average }
    start = end
  }
  return ranks
}

/// Pearson's product-moment correlation; `nil` when either sample has no variance.
///
/// - Complexity: O(n).
func pearsonCorrelation(_ x: [Double], _ y: [Double]) -> Double? {
  let count = Double(x.count)
  let meanX = x.reduce(0, +) / count, meanY = y.reduce(0, +) / count
  var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
  for (a, b) in zip(x, y) {
    covariance += (a - meanX) * (b - meanY)
    varianceX += (a - meanX) * (a - meanX)
    varianceY += (b - meanY) * (b - meanY)
  }
  guard varianceX > 0, varianceY > 0 else { return nil }
  return covariance / (varianceX * varianceY).squareRoot()
}
