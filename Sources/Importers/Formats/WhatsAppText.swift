import Foundation

/// What the text after a WhatsApp header says: a person's message, or a line WhatsApp wrote itself.
///
/// Definitions (FORMATS.md §7, English exports; other languages' system lines fall under `system_line` only
/// when they have no `Sender: ` part):
/// - A line is `Sender: text` when it holds `": "`; the sender is trimmed of bidirectional marks (phone numbers
///   come wrapped in U+202A … U+202C).
/// - Skip reasons: `encryption_notice` ("… end-to-end encrypted …"), `media_omitted` (`<Media omitted>`,
///   "image omitted", "<attached: …>"), `deleted_message` ("This message was deleted", "You deleted this
///   message"), `member_joined` (joined, added), `member_left` (left, removed), and `system_line` for any other
///   line without a sender, or one whose text starts with U+200E, the mark iOS puts before its own notices.
/// - Mentions: `@Name` where `Name` is exactly a participant's name (someone who sent a message in the file),
///   not followed by a letter or digit; the longest matching name wins. Nothing else is guessed.
///
/// - Complexity: classification O(line length); mentions O(text length × participants) at each `@`.
enum WhatsAppText {
  enum Content: Equatable {
    case message(sender: String, text: String)
    case system(reason: String)
  }

  static func isBidiMark(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    guard first == 0xE2 else { return false }
    return (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
      || (second == 0x81 && (0xA6...0xA9).contains(third))
  }

  static func stripMarks(_ text: Substring) -> String {
    String(text.unicodeScalars.filter { !isBidi($0) }).trimmingSpaces()
  }

  static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Splits the text after the header into sender and text, or names the system line it is.
  static func classify(_ rest: String) -> Content {
    guard let colon = rest.range(of: ": ") else { return .system(reason: systemReason(rest)) }
    let sender = stripMarks(rest[..<colon.lowerBound])
    let text = rest[colon.upperBound...]
    let markedBySystem = text.unicodeScalars.first.map(isBidi) ?? false
    let plain = stripMarks(text)
    if plain.contains("end-to-end encrypted") { return .system(reason: "encryption_notice") }
    if isMedia(plain) { return .system(reason: "media_omitted") }
    if plain == "This message was deleted" || plain == "You deleted this message"
      || plain == "This message was deleted." || plain == "You deleted this message."
    {
      return .system(reason: "deleted_message")
    }
    if sender.isEmpty || markedBySystem { return .system(reason: systemReason(plain)) }
    return .message(sender: sender, text: String(text))
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

  /// The participants named by `@Name` in `text`, each once, in order of first mention.
  static func mentions(in text: String, participants: [String]) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let at = rest.firstIndex(of: "@") {
      let after = rest[rest.index(after: at)...]
      let match = participants.first { name in
        guard after.hasPrefix(name) else { return false }
        let next = after.dropFirst(name.count).first
        return !(next?.isLetter ?? false) && !(next?.isNumber ?? false)
      }
      if let match, !found.contains(match) { found.append(match) }
      rest = after
    }
    return found
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
