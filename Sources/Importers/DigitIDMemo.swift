import ConversationModel

/// The mapped ids of the all-digit raw person ids met so far, keyed by their value: the part of
/// `NamespacedReader`'s memo that needs no `String` hash per look-up (Yammer user ids are such numbers).
///
/// Definition: `key(_:)` is the value of an id of 1 to 18 ASCII digits without a leading zero (or `0` itself),
/// so distinct such ids have distinct keys; any other id has no key and is memoised by `String`. Choices: open
/// addressing with linear probing over power-of-two arrays, a multiplicative (Fibonacci) hash, grown at half
/// full; a slot is used when its value is not `nil`.
/// - Complexity: O(1) expected per look-up or insert; memory O(distinct ids).
struct DigitIDMemo: Sendable {
  private var keys = [UInt64](repeating: 0, count: 64)
  private var values = [String?](repeating: nil, count: 64)
  private var shift = 58
  private var count = 0

  /// The key of `raw`, or `nil` when it is not 1 to 18 digits without a leading zero.
  static func key(_ raw: String) -> UInt64? {
    var text = raw
    return text.withUTF8 { DecimalKeyTable.canonicalDecimal(UnsafeRawBufferPointer($0), maxDigits: 18) }
  }

  private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

  /// The value stored for `key`, if any.
  func value(_ key: UInt64) -> String? {
    var index = slot(key)
    while let value = values[index] {
      if keys[index] == key { return value }
      index = (index + 1) & (keys.count - 1)
    }
    return nil
  }

  /// Stores `value` for `key`, which has none yet.
  mutating func insert(_ key: UInt64, _ value: String) {
    if 2 * (count + 1) > keys.count { grow() }
    var index = slot(key)
    while values[index] != nil { index = (index + 1) & (keys.count - 1) }
    keys[index] = key
    values[index] = value
    count += 1
  }

  private mutating func grow() {
    let old = zip(keys, values)
    keys = [UInt64](repeating: 0, count: 2 * keys.count)
    values = [String?](repeating: nil, count: keys.count)
    shift -= 1
    count = 0
    for case (let key, let value?) in old { insert(key, value) }
  }
}
