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

/// Byte strings to `String`s: the keys in a `ByteKeyTable`, the value of key ordinal `k` at `values[k]` (the shape
/// of `MboxMailboxMemo`).
///
/// - Complexity: O(key length) expected per look-up or insert.
struct MattermostNameMemo: Sendable {
  private var keys = ByteKeyTable()
  private var values: [String] = []

  /// The value stored for `bytes`, if any.
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    keys.ordinal(of: UnsafeRawBufferPointer(bytes)).map { values[$0] }
  }

  /// Stores `value` for `bytes`, which has none yet.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: String) {
    guard keys.insert(UnsafeRawBufferPointer(bytes)).inserted else { return }
    values.append(value)
  }
}
