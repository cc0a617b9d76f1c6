import Foundation

/// What the text after a WhatsApp header says: a person's message, or a line WhatsApp wrote itself.
///
/// Definitions (FORMATS.md §7, English exports; other languages' system lines fall under `system_line` only
/// when they have no `Sender: ` part):
/// - A line is `Sender: text` when it holds `": "`; the sender is trimmed of bidirectional marks (phone numbers
///   come wrapped in U+202A … U+202C).
/// - Skip reasons: `encryption_notice` ("… end-to-end encrypted …" on a line without a sender or marked),
///   `media_omitted` (`<Media omitted>`, "image omitted", "<attached: …>"), `deleted_message` ("This message was
///   deleted", "You deleted this message"), `member_joined` (joined, added), `member_left` (left, removed), and
///   `system_line` for any other line without a sender, or one whose text starts with U+200E, the mark iOS puts
///   before its own notices.
/// - Mentions: `@Name` where `Name` is exactly a participant's name (someone who sent a message in the file),
///   not followed by a letter or digit; the longest matching name wins. Nothing else is guessed
///   (`WhatsAppParticipants`).
///
/// - Complexity: classification O(line length).
enum WhatsAppText {
  enum Content: Equatable {
    /// A person's message; its text is the bytes from `textOffset` on.
    case message(sender: String, textOffset: Int)
    case system(reason: String)
  }

  static func isBidiMark(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    guard first == 0xE2 else { return false }
    return (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
      || (second == 0x81 && (0xA6...0xA9).contains(third))
  }

  /// `text` without bidirectional marks and trimmed of spaces (U+0020, U+00A0, U+202F).
  ///
  /// Choice: a byte scan first; a text with no mark and no space at either end (most senders and texts) is
  /// returned as it is; the marks of the others are removed as bytes.
  static func stripMarks(_ text: Substring) -> String {
    var plain = String(text)
    guard plain.withUTF8(hasMarksOrEdgeSpaces) else { return plain }
    return plain.withUTF8(withoutMarks).trimmingSpaces()
  }

  /// `bytes` without the bidirectional marks: each is one three-byte sequence led by 0xE2 (a lead byte, so a
  /// match is always a whole scalar).
  private static func withoutMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0xE2, index + 2 < bytes.count, isBidiMark(0xE2, bytes[index + 1], bytes[index + 2]) {
        index += 3
        continue
      }
      kept.append(bytes[index])
      index += 1
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// Whether `bytes` hold a bidirectional mark or start or end with a space `trimmingSpaces` removes.
  private static func hasMarksOrEdgeSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    guard count > 0 else { return false }
    func isSpace(at index: Int) -> Bool {
      switch bytes[index] {
      case 0x20: true
      case 0xC2: index + 1 < count && bytes[index + 1] == 0xA0
      case 0xE2: index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF
      default: false
      }
    }
    if isSpace(at: 0) || bytes[count - 1] == 0x20 || (count >= 2 && isSpace(at: count - 2))
      || (count >= 3 && isSpace(at: count - 3))
    {
      return true
    }
    var index = 0
    while index + 2 < count {
      if bytes[index] == 0xE2, isBidiMark(0xE2, bytes[index + 1], bytes[index + 2]) { return true }
      index += 1
    }
    return false
  }

  static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Splits the bytes after the header into sender and text, or names the system line it is.
  ///
  /// Works on bytes so that an ordinary message costs one scan for `": "`: the string comparisons for media and
  /// deleted-message notices run only on texts of at most 64 bytes, and the notice keywords only on lines that
  /// are WhatsApp's own (no sender, or the U+200E mark), so a person who types "end-to-end encrypted" is kept.
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Content {
    guard let colon = colonSpace(bytes) else { return .system(reason: systemReason(decode(bytes, 0..<bytes.count))) }
    let senderBytes = 0..<colon
    var sender = decode(bytes, senderBytes)
    if bytes[senderBytes].contains(0xE2) { sender = stripMarks(Substring(sender)) }
    let textRange = (colon + 2)..<bytes.count
    let marked = textRange.count >= 3 && isBidiMark(bytes[textRange.lowerBound], bytes[textRange.lowerBound + 1],
                                                    bytes[textRange.lowerBound + 2])
    if marked || (textRange.count <= 64 && mayBeNotice(UnsafeBufferPointer(rebasing: bytes[textRange]))) {
      let plain = stripMarks(Substring(decode(bytes, textRange)))
      if isMedia(plain) { return .system(reason: "media_omitted") }
      if deletedNotices.contains(plain) { return .system(reason: "deleted_message") }
      if sender.isEmpty || marked { return .system(reason: systemReason(plain)) }
    }
    return .message(sender: sender, textOffset: textRange.lowerBound)
  }

  static let deletedNotices: Set<String> = [
    "This message was deleted", "You deleted this message", "This message was deleted.", "You deleted this message.",
  ]

  /// Whether a short text may be a media or deletion notice: it starts with `<` or a mark, or ends with
  /// `omitted`, `deleted`, `message` (a full stop allowed), so ordinary texts skip the string comparisons.
  private static func mayBeNotice(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first, var end = text.indices.last else { return false }
    if first == 0x3C || first == 0xE2 { return true }
    if text[end] == 0x2E { end -= 1 }
    func endsWith(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard end + 1 >= count else { return false }
      return (0..<count).allSatisfy { text[end + 1 - count + $0] == word.utf8Start[$0] }
    }
    return endsWith("omitted") || endsWith("deleted") || endsWith("message")
  }

  /// The offset of the first `": "` on the first line, if any.
  private static func colonSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index + 1 < bytes.count, bytes[index] != 0x0A {
      if bytes[index] == 0x3A, bytes[index + 1] == 0x20 { return index }
      index += 1
    }
    return nil
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private static func isMedia(_ text: String) -> Bool {
    if text == "<Media omitted>" || text.hasPrefix("<attached: ") { return true }
    let omitted = ["image", "video", "audio", "sticker", "GIF", "document", "Contact card"]
    return omitted.contains { text == "\($0) omitted" } || (text.hasSuffix(" omitted") && text.hasPrefix("document"))
  }

  private static func systemReason(_ text: String) -> String {
    let plain = stripMarks(Substring(text))
    if plain.contains("end-to-end encrypted") { return "encryption_notice" }
    if plain.contains(" joined") || plain.contains(" added ") { return "member_joined" }
    if plain.hasSuffix(" left") || plain.contains(" removed ") { return "member_left" }
    return "system_line"
  }
}

extension String {
  /// Without leading and trailing spaces (U+0020, U+00A0, U+202F).
  fileprivate func trimmingSpaces() -> String {
    let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}"]
    guard let start = firstIndex(where: { !spaces.contains($0) }),
      let end = lastIndex(where: { !spaces.contains($0) })
    else { return "" }
    return String(self[start...end])
  }
}
