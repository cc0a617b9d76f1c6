extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first occurrence of `needle` at or after `start`, or `nil` (also for an empty `needle`):
  /// the byte search of the mention scanners (`[[user:` in Yammer bodies, `<span` and attributes in Zulip HTML).
  /// Choice: the needle's first byte is found 8 bytes at a time (`firstOffset(of:_:_:from:)`), the rest compared
  /// there.
  /// - Complexity: O(count × needle length) in the worst case; O(count) for needles whose first byte is rare.
  func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
    guard let head = needle.first, count >= needle.count else { return nil }
    let last = count - needle.count
    var index = start
    while index <= last {
      index = firstOffset(of: head, head, head, from: index)
      guard index <= last else { return nil }
      if self[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first byte at or after `start` that is `first`, `second` or `third`, or `count`: the scan
  /// of the CSV tokenizer for a field's end (delimiter, `\n`, `\r`) and a quoted body's (quote, `\n`, `\r`).
  ///
  /// Choice: 8 bytes per step (SWAR): for each wanted byte, a zero byte of `word ^ wanted` sets its high bit in
  /// `(x - 0x01…) & ~x & 0x80…`; a borrow can mark bytes above a real zero byte but never below it, so the lowest
  /// mark of the three is the first match. The last fewer than 8 bytes are read one at a time.
  /// - Complexity: O(offset found - start).
  @inline(__always)
  func firstOffset(of first: UInt8, _ second: UInt8, _ third: UInt8, from start: Int) -> Int {
    var index = start
    if let base = baseAddress {
      let raw = UnsafeRawPointer(base)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      let (a, b, c) = (ones &* UInt64(first), ones &* UInt64(second), ones &* UInt64(third))
      while index + 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let (x, y, z) = (word ^ a, word ^ b, word ^ c)
        let marks = ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
        if marks != 0 { return index + marks.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count {
      let byte = self[index]
      if byte == first || byte == second || byte == third { return index }
      index += 1
    }
    return count
  }
}
