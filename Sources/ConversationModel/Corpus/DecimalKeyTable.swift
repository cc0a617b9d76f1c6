/// A map from ids written as small decimal numbers (`0`, `17`, `199999`) to 32-bit values, by direct indexing:
/// no hash and one 4-byte entry per number, so 200,000 person ids of an edge list take 800 KB (mostly cache
/// resident) where `ShortKeyTable` takes 8 MB probed at random.
///
/// Definition: `number(of:)` reads a canonical decimal id (1 to 8 ASCII digits, no leading zero unless the id
/// is `0`), so two different ids never share a number; `value(of:)` gives the value last `insert`ed for that
/// number. Choices: entries hold value + 1, 0 marking an absent number, so growth is a zero-filled allocation; the
/// table only grows to cover a number below the caller's `limit`, so one huge id cannot allocate a huge table
/// (the caller keeps such ids in another table).
///
/// - Complexity: `value(of:)` O(1); `insert` O(1) amortised; memory 4 bytes per number up to the largest kept.
package struct DecimalKeyTable: Sendable {
  /// The longest id read as a number.
  package static let maxDigits = 8

  private var entries: [UInt32] = []

  package init() {}

  /// The number a canonical decimal id spells, or `nil` for any other id.
  @inlinable
  package static func number(of id: UnsafeRawBufferPointer) -> Int? {
    canonicalDecimal(id, maxDigits: maxDigits).map { Int($0) }
  }

  /// The value of `bytes` when they are 1 to `maxDigits` (at most 19) ASCII digits without a leading zero (a
  /// canonical decimal id: distinct such strings have distinct values), else `nil`.
  @inlinable
  package static func canonicalDecimal(_ bytes: UnsafeRawBufferPointer, maxDigits: Int) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= maxDigits, bytes[0] != UInt8(ascii: "0") || bytes.count == 1 else {
      return nil
    }
    var value: UInt64 = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ UInt64(digit)
    }
    return value
  }

  /// The number a canonical decimal id spells (as `number(of:)` for its UTF-8 bytes), or `nil`.
  @inline(__always)
  package static func number(of id: String) -> Int? {
    guard id.utf8.count <= maxDigits else { return nil }
    var copy = id
    return copy.withUTF8 { number(of: UnsafeRawBufferPointer($0)) }
  }

  /// The value stored for `number`, or `nil`.
  @inline(__always)
  package func value(of number: Int) -> Int32? {
    guard number < entries.count else { return nil }
    let entry = entries[number]
    return entry == 0 ? nil : Int32(bitPattern: entry &- 1)
  }

  /// Stores `value` (≥ 0) for `number` when `number < limit`, growing the table up to `limit` entries; returns
  /// whether it was stored.
  @discardableResult
  package mutating func insert(_ number: Int, value: Int32, limit: Int) -> Bool {
    guard number >= 0, number < limit, value >= 0 else { return false }
    if number >= entries.count {
      let capacity = Swift.min(Swift.max(number + 1, entries.count * 2, 1_024), limit)
      entries.append(contentsOf: repeatElement(0, count: capacity - entries.count))
    }
    entries[number] = UInt32(bitPattern: value) &+ 1
    return true
  }
}
