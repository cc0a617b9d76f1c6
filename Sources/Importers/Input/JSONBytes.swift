/// Word-at-a-time scans over JSON bytes: eight bytes per step where nothing of interest occurs.
///
/// Definition: each scan returns the first offset at or after `start` whose byte it stops at, or the buffer's
/// count. The word tests are the classic "has a zero byte" bit tricks: they may flag a word that holds no such
/// byte after a true one (a borrow), never miss one, so each flagged word is finished byte by byte.
///
/// Choice: string contents are most of a chat export's bytes; framing, parsing and the UTF-8 check each walked
/// them one byte at a time (`perf`: framing alone was 12 % of a Teams import).
///
/// - Complexity: O(bytes scanned).
enum JSONBytes {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The first quote, backslash or control character (below 0x20) at or after `start`.
  static func plainEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var cursor = start
    let count = buffer.count
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while cursor + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let found = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
          | ((word &- ones &* 0x20) & ~word)
        if found & highs != 0 { break }
        cursor += 8
      }
    }
    while cursor < count {
      let byte = buffer[cursor]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return cursor }
      cursor += 1
    }
    return cursor
  }

  /// The first byte of 0x80 or above at or after `start`.
  static func asciiEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var cursor = start
    let count = buffer.count
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while cursor + 8 <= count, raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self) & highs == 0 {
        cursor += 8
      }
    }
    while cursor < count, buffer[cursor] < 0x80 { cursor += 1 }
    return cursor
  }
}
