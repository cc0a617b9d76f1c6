/// Byte-level helpers for header text: the mail parsers work on UTF-8 bytes, since every delimiter they look for
/// is ASCII, and make `String`s only of the pieces they keep (character-by-character `String` work cost 60 µs a
/// message, most of the import time).
///
/// - Complexity: O(length) for each function.
enum MailBytes {
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// `bytes` without leading and trailing white space.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return [] }
    return bytes[first...last]
  }

  /// The runs of non-space bytes.
  static func words(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    bytes.split(whereSeparator: isSpace)
  }

  /// The words joined by single spaces.
  static func collapsed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if isSpace(byte) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(byte)
      }
    }
    return result
  }

  /// ASCII letters lower-cased; other bytes unchanged.
  static func asciiLowercased(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  /// Lower-cases the ASCII letters of `bytes` in place; other bytes unchanged.
  static func lowercaseASCII(_ bytes: inout [UInt8]) {
    for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
  }

  /// The index of the first `needle` (two bytes, such as `=?`) at or after `start`.
  static func find(_ first: UInt8, _ second: UInt8, in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
    var index = start
    while index + 1 < bytes.endIndex {
      if bytes[index] == first && bytes[index + 1] == second { return index }
      index += 1
    }
    return nil
  }

  static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  static func string(_ bytes: ArraySlice<UInt8>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }
}
