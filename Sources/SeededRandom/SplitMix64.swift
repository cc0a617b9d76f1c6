/// A small, fast, seedable generator for everything that must be reproducible from a seed: permutation
/// tests, community detection, sampled centralities, samples and randomized tests (Steele, Lea & Flood 2014,
/// "Fast splittable pseudorandom number generators", doi:10.1145/2660193.2660195). The one copy in the project.
///
/// - Complexity: O(1) per draw.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// The generator whose state starts at `seed`.
  public init(seed: UInt64) { state = seed }

  /// An independent stream for block `block` of a run seeded with `seed`: its state is the (block + 1)-th
  /// output of the stream started at `seed`, so a block draws the same values whichever worker runs it.
  public init(seed: UInt64, block: Int) {
    state = Self.mix(seed &+ UInt64(block + 1) &* Self.golden)
  }

  public mutating func next() -> UInt64 {
    state &+= Self.golden
    return Self.mix(state)
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// `range` in an order fixed by the generator: Fisher–Yates with j = ⌊next() · (i + 1) / 2⁶⁴⌋.
  public mutating func shuffled(_ range: Range<Int>) -> [Int] {
    var elements = Array(range)
    for index in stride(from: elements.count - 1, to: 0, by: -1) {
      elements.swapAt(index, Int(next().multipliedFullWidth(by: UInt64(index + 1)).high))
    }
    return elements
  }

  private static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
