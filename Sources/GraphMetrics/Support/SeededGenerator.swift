/// SplitMix64 (Steele, Lea and Flood 2014), private to this module so GraphMetrics needs no other dependency.
struct SeededGenerator {
  private var state: UInt64

  init(seed: UInt64, stream: UInt64) { state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03) }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// The elements in an order fixed by the generator: Fisher–Yates with j = ⌊next() · (i + 1) / 2⁶⁴⌋.
  mutating func shuffled(_ range: Range<Int>) -> [Int] {
    var elements = Array(range)
    for index in stride(from: elements.count - 1, to: 0, by: -1) {
      let other = Int(next().multipliedFullWidth(by: UInt64(index + 1)).high)
      elements.swapAt(index, other)
    }
    return elements
  }
}
