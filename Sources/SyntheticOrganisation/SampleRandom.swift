import Foundation
import SeededRandom

/// The seeded random source behind every sample: the project's SplitMix64 plus the few draws the generator
/// needs. Every draw is a pure function of the state, so the same seed gives the same sample on every machine.
/// - Complexity: O(1) per draw, except `pick(cumulative:)` which is O(log n).
typealias SampleRandom = SplitMix64

extension SplitMix64 {
  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// A uniform integer in `0..<count`; `count` must be positive.
  mutating func index(_ count: Int) -> Int {
    Int(next() % UInt64(count))
  }

  /// A standard normal draw (Box–Muller, one of the pair).
  mutating func normal() -> Double {
    let u1 = max(unit(), 0x1.0p-53)
    let u2 = unit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// An exponential draw with the given mean.
  mutating func exponential(mean: Double) -> Double {
    -mean * log(max(1 - unit(), 0x1.0p-53))
  }

  /// An index drawn with probability proportional to `weights`; nil when every weight is zero.
  mutating func pick(weights: [Double]) -> Int? {
    let total = weights.reduce(0, +)
    guard total > 0 else { return nil }
    var remaining = unit() * total
    for (index, weight) in weights.enumerated() where weight > 0 {
      remaining -= weight
      if remaining < 0 { return index }
    }
    return weights.lastIndex { $0 > 0 }
  }

  /// An index drawn from running sums of weights (`cumulative[i]` = sum of weights 0...i); nil when empty.
  mutating func pick(cumulative: [Double]) -> Int? {
    guard let total = cumulative.last, total > 0 else { return nil }
    let target = unit() * total
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// An id of `length` characters from `0-9A-Z` after `prefix`, the shape Slack uses for `U…`, `C…`, `B…`.
  mutating func slackID(prefix: String, length: Int = 10) -> String {
    let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var result = prefix
    for _ in 0..<length { result.append(alphabet[index(alphabet.count)]) }
    return result
  }
}
