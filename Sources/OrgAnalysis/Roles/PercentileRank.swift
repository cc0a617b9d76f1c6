import Foundation

/// Percentile ranks and ordinal positions of values among a population: the scale every role score is built on.
///
/// Definition: the percentile rank of xᵢ among n values is |{j ≠ i : xⱼ < xᵢ}| / (n − 1), the share of the
/// others it strictly beats; 1 for the single best, 0 for the lowest and for everyone tied at the bottom (so
/// the many people with a betweenness of 0 get 0, not a middling rank), and 1 when n = 1. Ties share a rank.
/// `descending: false` ranks the smallest value highest (for constraint, where low is good).
///
/// - Complexity: O(n log n) to build, O(log n) per lookup.
struct PercentileRank: Sendable {
  private let sorted: [Double]
  private let isDescending: Bool

  init(_ values: [Double], descending: Bool = true) {
    sorted = values.sorted()
    isDescending = descending
  }

  var count: Int { sorted.count }

  /// The percentile rank in [0, 1] of `value` (one of the population's values).
  func rank(of value: Double) -> Double {
    guard sorted.count > 1 else { return 1 }
    let beaten = isDescending ? lowerBound(value) : sorted.count - upperBound(value)
    return Double(beaten) / Double(sorted.count - 1)
  }

  /// The 1-based position of `value` counting from the best, ties sharing the better position.
  func position(of value: Double) -> Int {
    isDescending ? sorted.count - upperBound(value) + 1 : lowerBound(value) + 1
  }

  /// Index of the first element not less than `value`.
  private func lowerBound(_ value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Index of the first element greater than `value`.
  private func upperBound(_ value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// English ordinals for reasons: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th.
func ordinal(_ number: Int) -> String {
  let suffix =
    switch (number % 10, number % 100) {
    case (1, let hundred) where hundred != 11: "st"
    case (2, let hundred) where hundred != 12: "nd"
    case (3, let hundred) where hundred != 13: "rd"
    default: "th"
    }
  return "\(number)\(suffix)"
}

/// A figure for a reason: three significant digits, no exponent for ordinary magnitudes (0.0412, 12.5, 1200).
func reasonNumber(_ value: Double) -> String {
  guard value != 0, value.isFinite else { return value.isFinite ? "0" : "–" }
  let magnitude = abs(value)
  let decimals =
    magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : min(6, 2 - Int(log10(magnitude).rounded(.down)))
  return String(format: "%.\(decimals)f", value)
}
