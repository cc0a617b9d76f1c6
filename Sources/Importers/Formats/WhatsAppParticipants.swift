/// The people of one WhatsApp chat (everyone who sent a message in it), for finding `@Name` mentions.
///
/// Definition (`WhatsAppText`): `@Name` mentions a participant when the text after the `@` starts with the name
/// (compared as `Character`s, so canonically equivalent spellings match) and the name is not followed by a
/// letter or digit; names are tried longest first, and the first that fits is the one mentioned.
///
/// Choice: names are grouped by their first `Character` (whose hashing agrees with its canonical equality), so
/// an `@` costs one dictionary look-up and the comparisons of the few names that start alike, not a comparison
/// with every participant. Empty names (a line `: text` has an empty sender) fit anywhere and join every group.
///
/// - Complexity: O(participants) to build; per `@`, O(names with that first character × name length).
struct WhatsAppParticipants {
  /// The names, longest first (ties in descending order).
  let names: [String]
  /// For each first character, the positions in `names` of the names starting with it, ascending.
  private let byFirst: [Character: [Int]]
  private let emptyNames: [Int]
  /// The UTF-8 bytes of each name when it is printable ASCII (U+0020 to U+007E), else `nil`.
  private let asciiNames: [[UInt8]?]

  init(_ senders: Set<String>) {
    let sorted = senders.sorted { ($0.count, $0) > ($1.count, $1) }
    var groups: [Character: [Int]] = [:]
    for (position, name) in sorted.enumerated() {
      if let first = name.first { groups[first, default: []].append(position) }
    }
    names = sorted
    emptyNames = sorted.indices.filter { sorted[$0].isEmpty }
    byFirst = groups
    asciiNames = sorted.map { name in name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? Array(name.utf8) : nil }
  }

  /// The participants named by `@Name` in `text`, each once, in order of first mention.
  ///
  /// Choice: the `@`s are found as bytes. An `@` byte with ASCII (or no) neighbours is a `Character` of its own
  /// and starts one; where a non-ASCII byte touches an `@` (a mark could join them into one cluster), the text
  /// is searched by `Character`s instead, the definition.
  func mentions(in text: String) -> [String] {
    guard let offsets = Self.atOffsets(text) else { return mentionsByCharacter(in: text) }
    var found: [String] = []
    let utf8 = text.utf8
    var contiguous = text
    contiguous.withUTF8 { bytes in
      for offset in offsets {
        let after = { text[utf8.index(utf8.startIndex, offsetBy: offset + 1)...] }
        let match = asciiName(in: bytes, at: offset + 1, orElse: after) ?? firstName(startingAfter: after())
        if let match, !found.contains(match) { found.append(match) }
      }
    }
    return found
  }

  /// `firstName(startingAfter:)` decided on bytes where they settle it: the text at `start` begins with a printable
  /// ASCII character (one `Character`), and printable ASCII names are compared byte for byte when the bytes
  /// compared and the one after are ASCII (an ASCII scalar is a `Character` of its own there and equals no other
  /// spelling). Any other name is compared as `Character`s. `nil` when the text does not qualify (the caller
  /// then runs the definition); `.some(nil)` when no name fits.
  ///
  /// The byte after a name decides as `Character.isLetter` and `isNumber` do, by its first scalar.
  private func asciiName(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, orElse after: () -> Substring)
    -> String??
  {
    guard start < bytes.count, bytes[start] > 0x20, bytes[start] < 0x7F,
      start + 1 == bytes.count || bytes[start + 1] < 0x80
    else { return nil }
    var candidates = byFirst[Character(Unicode.Scalar(bytes[start]))] ?? []
    if !emptyNames.isEmpty { candidates = (candidates + emptyNames).sorted() }
    for position in candidates {
      guard let name = asciiNames[position] else {
        if fits(names[position], after()) { return names[position] }
        continue
      }
      switch Self.compare(name, bytes, at: start) {
      case .differs: continue
      case .undecided: if fits(names[position], after()) { return names[position] }
      case .fits: return names[position]
      }
    }
    return .some(nil)
  }

  private enum ByteMatch { case fits, differs, undecided }

  /// Compares the ASCII `name` with the text at `start` and checks the byte after it (not an ASCII letter or
  /// digit); `undecided` where a non-ASCII byte takes part.
  private static func compare(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ByteMatch {
    for (index, byte) in name.enumerated() {
      guard start + index < bytes.count else { return .differs }
      let textByte = bytes[start + index]
      if textByte >= 0x80 { return .undecided }
      if textByte != byte { return .differs }
    }
    let end = start + name.count
    guard end < bytes.count else { return .fits }
    let next = bytes[end]
    if next >= 0x80 { return .undecided }
    let isLetterOrDigit = (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A)
    return isLetterOrDigit ? .differs : .fits
  }

  /// Whether `after` starts with `name` and no letter or digit follows it (as `Character`s).
  private func fits(_ name: String, _ after: Substring) -> Bool {
    guard after.hasPrefix(name) else { return false }
    let next = after.dropFirst(name.count).first
    return !(next?.isLetter ?? false) && !(next?.isNumber ?? false)
  }

  /// The byte offsets of the `@`s of `text`; `nil` when a non-ASCII byte is next to one.
  private static func atOffsets(_ text: String) -> [Int]? {
    var contiguous = text
    return contiguous.withUTF8 { bytes -> [Int]? in
      var offsets: [Int] = []
      for index in bytes.indices where bytes[index] == 0x40 {
        if index > 0, bytes[index - 1] >= 0x80 { return nil }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return nil }
        offsets.append(index)
      }
      return offsets
    }
  }

  /// `mentions(in:)` with the `@`s found as `Character`s.
  func mentionsByCharacter(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let at = rest.firstIndex(of: "@") {
      let after = rest[rest.index(after: at)...]
      if let match = firstName(startingAfter: after), !found.contains(match) { found.append(match) }
      rest = after
    }
    return found
  }

  /// The first name in `names` order that `after` starts with and that no letter or digit follows.
  private func firstName(startingAfter after: Substring) -> String? {
    var candidates = after.first.flatMap { byFirst[$0] } ?? []
    if !emptyNames.isEmpty { candidates = (candidates + emptyNames).sorted() }
    for position in candidates where fits(names[position], after) { return names[position] }
    return nil
  }
}
