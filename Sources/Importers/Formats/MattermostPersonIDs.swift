import ConversationModel
import Foundation

/// The person id of each username a Mattermost export names, made once per distinct spelling and then found by
/// the username's bytes: the reader's authors, reactions and mentions become ids without a `String` made,
/// lower-cased and hashed per occurrence.
///
/// Definition: the id of a username `raw` is `namespace.id(raw.nonEmpty.lowercased())`, or without the namespace
/// when the reader applies none (`PersonNamespace`; a `NamespacedReader` hands the namespace to the reader, see
/// `PersonNamespaceApplying`).
///
/// Choice: the memo is keyed by the bytes as the line spells them (a username without escapes, the common case),
/// so a look-up is a hash of a few words and one `memcmp`; a username with escapes is decoded and its id made
/// directly, without the memo. An export names a few hundred people, so the memo stays small.
///
/// - Complexity: O(username length) expected per look-up; memory O(distinct usernames).
struct MattermostPersonIDs: Sendable {
  /// The namespace the ids go through, `nil` for none.
  let namespace: PersonNamespace?
  private var memo = MattermostNameMemo()

  init(namespace: PersonNamespace? = nil) {
    self.namespace = namespace
  }

  /// The id of the username `raw`, `nil` when it is blank: `raw` trimmed (`nonEmpty`) and lower-cased, as
  /// `MattermostPostParser` defined authors and reactions, then namespaced.
  func make(_ raw: String) -> String? {
    guard let lowered = Optional(raw).nonEmpty?.lowercased() else { return nil }
    return namespace?.id(lowered) ?? lowered
  }

  /// `make(raw)`, memoised by the bytes of `raw`.
  mutating func id(_ raw: String) -> String? {
    var text = raw
    return text.withUTF8 { bytes in
      if let known = memo.value(bytes) { return known }
      guard let made = make(raw) else { return nil }
      memo.insert(bytes, made)
      return made
    }
  }

  /// The id of the string value at the parser's `index` (held at `depth`), or `nil` (the value consumed) when it is
  /// not a string or is blank: what `MattermostPostFields(_:ids:)` gives for the same value.
  mutating func id(_ parser: inout JSONValueParser, depth: Int) throws(JSONParseFailure) -> String? {
    guard parser.valueStart() == UInt8(ascii: "\"") else {
      try parser.skipValue(depth: depth)
      return nil
    }
    guard let plain = parser.plainStringBytes() else { return make(try parser.parseString()) }
    if let known = memo.value(plain) {
      parser.index += plain.count + 2
      return known
    }
    guard let made = make(try parser.parseString()) else { return nil }
    memo.insert(plain, made)
    return made
  }
}

/// Byte strings to `String`s: open addressing with linear probing over a power-of-two slot array (an entry number
/// per slot, -1 for none), the key bytes kept one after another in an arena, grown at half full.
///
/// - Complexity: O(key length) expected per look-up or insert.
struct MattermostNameMemo: Sendable {
  private var slots = [Int32](repeating: -1, count: 64)
  private var arena: [UInt8] = []
  private var ends: [Int] = []
  private var hashes: [UInt64] = []
  private var values: [String] = []

  /// A hash of `bytes`: 8 bytes at a time, multiplied and folded.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    let raw = UnsafeRawBufferPointer(bytes)
    var offset = 0
    while offset + 8 <= raw.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    var tail: UInt64 = 0
    while offset < raw.count {
      tail = tail << 8 | UInt64(raw[offset])
      offset += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ hash >> 29
  }

  private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash) & (slots.count - 1) }

  private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
    guard hashes[entry] == hash else { return false }
    let start = entry == 0 ? 0 : ends[entry - 1]
    guard ends[entry] - start == bytes.count else { return false }
    guard let right = bytes.baseAddress else { return true }
    return arena.withUnsafeBufferPointer { stored in
      guard let left = stored.baseAddress else { return false }
      return memcmp(left + start, right, bytes.count) == 0
    }
  }

  /// The value stored for `bytes`, if any.
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let hash = Self.hash(bytes)
    var index = slot(hash)
    while slots[index] >= 0 {
      let entry = Int(slots[index])
      if matches(entry, bytes, hash: hash) { return values[entry] }
      index = (index + 1) & (slots.count - 1)
    }
    return nil
  }

  /// Stores `value` for `bytes`, which has none yet.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: String) {
    if 2 * (values.count + 1) > slots.count { grow() }
    let hash = Self.hash(bytes)
    var index = slot(hash)
    while slots[index] >= 0 { index = (index + 1) & (slots.count - 1) }
    slots[index] = Int32(values.count)
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    hashes.append(hash)
    values.append(value)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: 2 * slots.count)
    for (entry, hash) in hashes.enumerated() {
      var index = slot(hash)
      while slots[index] >= 0 { index = (index + 1) & (slots.count - 1) }
      slots[index] = Int32(entry)
    }
  }
}
