extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first byte at or after `start` that is `first`, `second` or `third`, or `count`: the same
  /// answer as `firstOffset(of:_:_:from:)`, in strides for the CSV tokenizer's long fields and quoted bodies.
  ///
  /// Choices: one 8-byte word first (short fields, as in edge lists, end there), then two words per step with one
  /// branch for both, then one word, then single bytes. Marks as in `firstOffset(of:_:_:from:)`: a borrow can
  /// only mark bytes above a real match, so the lowest mark of a word is its first match, and the second word of
  /// a step is looked at only when the first has no mark.
  /// - Complexity: O(offset found - start).
  @inline(__always)
  func firstOffsetInStrides(of first: UInt8, _ second: UInt8, _ third: UInt8, from start: Int) -> Int {
    var index = start
    guard let base = baseAddress else { return count }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let (a, b, c) = (ones &* UInt64(first), ones &* UInt64(second), ones &* UInt64(third))
    @inline(__always) func marks(at offset: Int) -> UInt64 {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      let (x, y, z) = (word ^ a, word ^ b, word ^ c)
      return ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
    }
    if index + 8 <= count {
      let found = marks(at: index)
      if found != 0 { return index + found.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index + 16 <= count {
      let low = marks(at: index)
      let high = marks(at: index + 8)
      if low | high != 0 {
        return low != 0 ? index + low.trailingZeroBitCount >> 3 : index + 8 + high.trailingZeroBitCount >> 3
      }
      index += 16
    }
    if index + 8 <= count {
      let found = marks(at: index)
      if found != 0 { return index + found.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < count {
      let byte = self[index]
      if byte == first || byte == second || byte == third { return index }
      index += 1
    }
    return count
  }
}
