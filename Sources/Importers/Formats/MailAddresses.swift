/// One mailbox of an address header: the address, lower-cased, and the display name, decoded.
struct MailAddress: Sendable, Hashable {
  var address: String
  var name: String?
  /// The charset of an encoded word in the name that could not be decoded (kept as written).
  var undecodedCharset: String?
}

/// Parses RFC 5322 address headers (`From`, `To`, `Cc`), including the forms mailing-list archives write.
///
/// Definition: a list is split at commas (and group `;`) outside quotes, `<…>` and `(comments)`; a group's
/// `name:` is dropped. In each item, the address is the last `<…>`; without one, it is the text outside quotes
/// and comments, where three words `user at host` (Pipermail) and four words whose second holds an `@`
/// (Pipermail's obfuscated `user @end|ng |rom host`, `user m@iii@g oii host`) mean `user@host`. The display name
/// is the quoted or plain phrase before `<…>`, else the comment (`user at host (Real Name)`), with RFC 2047
/// encoded words decoded and white space collapsed.
///
/// Choices: an address must contain `@` and no white space, else the item gives no mailbox; addresses are
/// lower-cased whole (the local part too: archives differ in case for one person). A name equal to the
/// address is no name.
///
/// - Complexity: O(length of the header).
enum MailAddresses {
  /// The first mailbox of `text`, or `nil` when it has none.
  static func mailbox(_ text: String) -> MailAddress? {
    items(text).lazy.compactMap(parse).first
  }

  /// Every mailbox of `text`, in order, duplicates included.
  static func mailboxes(_ text: String) -> [MailAddress] {
    items(text).compactMap(parse)
  }

  /// The items of an address list, split at top-level commas and semicolons.
  private static func items(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var scanner = Scanner()
    for index in text.indices {
      let character = text[index]
      if scanner.isTopLevel && (character == "," || character == ";") {
        result.append(text[start..<index])
        start = text.index(after: index)
      } else if scanner.isTopLevel && character == ":" && !text[start..<index].contains("@") {
        start = text.index(after: index)
      }
      scanner.consume(character)
    }
    result.append(text[start...])
    return result
  }

  private static func parse(_ item: Substring) -> MailAddress? {
    var scanner = Scanner()
    var phrase = ""
    var angle: String?
    var comment = ""
    var current = ""
    for character in item {
      let before = scanner
      scanner.consume(character)
      if before.depth == 0 && before.inAngle == false && !before.inQuote && character == "<" {
        current = ""
      } else if before.inAngle && before.depth == 0 && !before.inQuote && character == ">" {
        angle = current
      } else if before.inAngle {
        current.append(character)
      } else if before.depth > 0 || character == "(" {
        if before.depth > 0 && !(scanner.depth == 0 && character == ")") { comment.append(character) }
        if before.depth == 0 { comment.append(" ") }
      } else if character != "\"" || before.escaped {
        phrase.append(character)
      }
    }
    let address: String
    if let angle {
      address = angle.trimmingWhitespace
    } else {
      address = pipermailAddress(phrase.split(whereSeparator: \.isWhitespace))
    }
    let lowered = address.lowercased()
    guard lowered.contains("@"), !lowered.contains(where: \.isWhitespace) else { return nil }
    let nameSource = angle != nil && !phrase.trimmingWhitespace.isEmpty ? phrase : comment
    let decoded = MailEncodedWords.decode(nameSource)
    let name = decoded.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return MailAddress(
      address: lowered, name: name.isEmpty || name.lowercased() == lowered ? nil : name,
      undecodedCharset: decoded.undecodedCharset)
  }

  private static func pipermailAddress(_ words: [Substring]) -> String {
    switch words.count {
    case 3 where words[1] == "at": "\(words[0])@\(words[2])"
    case 4 where words[1].contains("@"): "\(words[0])@\(words[3])"
    default: words.joined(separator: " ")
    }
  }

  /// Tracks quotes (with `\` escapes), nested comments and `<…>` while a header is read character by character.
  private struct Scanner {
    var inQuote = false
    var escaped = false
    var depth = 0
    var inAngle = false

    var isTopLevel: Bool { !inQuote && depth == 0 && !inAngle }

    mutating func consume(_ character: Character) {
      if escaped {
        escaped = false
      } else if character == "\\" && (inQuote || depth > 0) {
        escaped = true
      } else if inQuote {
        if character == "\"" { inQuote = false }
      } else if character == "(" {
        depth += 1
      } else if character == ")" && depth > 0 {
        depth -= 1
      } else if depth == 0 && character == "\"" && !inAngle {
        inQuote = true
      } else if depth == 0 && character == "<" {
        inAngle = true
      } else if depth == 0 && character == ">" {
        inAngle = false
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
