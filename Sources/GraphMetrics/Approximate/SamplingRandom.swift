/// The seeded generator behind every sampled metric: SplitMix64, split into independent per-block streams.
///
/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
/// doi:10.1145/2660193.2660195) is re-implemented here because GraphMetrics depends only on InteractionGraph;
/// the constants are the published ones. Sampled metrics split their work into fixed-size blocks, and block b
/// draws from `SamplingRandom(seed: seed, block: b)`, whose state is the (b + 1)-th output of the stream started
/// at `seed`. Which worker runs a block therefore never changes what the block draws, so a seed gives the same
/// sample whatever the worker count.
///
/// - Complexity: O(1) per draw.
struct SamplingRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The generator of block `block` for a run seeded with `seed`.
  init(seed: UInt64, block: Int) {
    state = SamplingRandom.mix(seed &+ UInt64(block + 1) &* 0x9E37_79B9_7F4A_7C15)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SamplingRandom.mix(state)
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A uniform integer in `0 ..< count` (unbiased); `count` must be positive.
  mutating func index(_ count: Int) -> Int { Int.random(in: 0 ..< count, using: &self) }

  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
