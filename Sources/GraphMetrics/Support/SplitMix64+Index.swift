import SeededRandom

extension SplitMix64 {
  /// A uniform integer in `0 ..< count` (unbiased); `count` must be positive.
  mutating func index(_ count: Int) -> Int { Int.random(in: 0 ..< count, using: &self) }
}
