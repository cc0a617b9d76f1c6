import Foundation

/// The seeded random source behind every sample: SplitMix64 plus the few draws the generator needs.
///
/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
/// doi:10.1145/2660193.2660195) is re-implemented here because `TestSupport.SplitMix64` is test-only; the
/// algorithm and constants are the same, so both produce the same stream for the same seed.
/// Every draw is a pure function of the state, so the same seed gives the same sample on every machine.
/// - Complexity: O(1) per draw, except `pick(cumulative:)` which is O(log n).
struct SampleRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

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
