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

  init(_ senders: Set<String>) {
    let sorted = senders.sorted { ($0.count, $0) > ($1.count, $1) }
    var groups: [Character: [Int]] = [:]
    for (position, name) in sorted.enumerated() {
      if let first = name.first { groups[first, default: []].append(position) }
    }
    names = sorted
    emptyNames = sorted.indices.filter { sorted[$0].isEmpty }
    byFirst = groups
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
    for offset in offsets {
      let after = text[utf8.index(utf8.startIndex, offsetBy: offset + 1)...]
      if let match = firstName(startingAfter: after), !found.contains(match) { found.append(match) }
    }
    return found
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
    for position in candidates {
      let name = names[position]
      guard after.hasPrefix(name) else { continue }
      let next = after.dropFirst(name.count).first
      if !(next?.isLetter ?? false) && !(next?.isNumber ?? false) { return name }
    }
    return nil
  }
}
