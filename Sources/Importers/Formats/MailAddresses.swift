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
  /// The first mailbox of the UTF-8 bytes of a header value, or `nil` when it has none.
  static func firstMailbox(_ bytes: ArraySlice<UInt8>) -> MailAddress? {
    items(bytes).lazy.compactMap(parse).first
  }

  /// The mailbox of one item of an address list (`items`), or `nil` when it has none.
  static func mailbox(item: ArraySlice<UInt8>) -> MailAddress? { parse(item) }

  /// Every mailbox of `text`, in order, duplicates included.
  static func mailboxes(_ text: String) -> [MailAddress] { mailboxes(Array(text.utf8)) }

  /// `mailboxes(_:)` of UTF-8 bytes.
  static func mailboxes(_ bytes: [UInt8]) -> [MailAddress] {
    items(bytes[...]).compactMap(parse)
  }

  /// The items of an address list, split at top-level commas and semicolons.
  static func items(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    var inQuote = false
    var inAngle = false
    var depth = 0
    var sawAt = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if inQuote || depth > 0 {
        if byte == 0x5C {
          index += 1
        } else if inQuote {
          inQuote = byte != 0x22
        } else if byte == 0x28 {
          depth += 1
        } else if byte == 0x29 {
          depth -= 1
        }
      } else if inAngle {
        inAngle = byte != 0x3E
      } else if byte == 0x2C || byte == 0x3B {
        result.append(bytes[start..<index])
        start = index + 1
        sawAt = false
      } else if byte == 0x3A && !sawAt {
        start = index + 1
      } else {
        switch byte {
        case 0x22: inQuote = true
        case 0x28: depth = 1
        case 0x3C: inAngle = true
        case 0x40: sawAt = true
        default: break
        }
      }
      index += 1
    }
    result.append(bytes[start..<bytes.endIndex])
    return result
  }

  private static func parse(_ item: ArraySlice<UInt8>) -> MailAddress? {
    if let bare = bareAddress(item) {
      guard bare.contains(0x40) else { return nil }
      var loweredBytes = Array(bare)
      if loweredBytes.allSatisfy({ $0 < 0x80 }) {
        MailBytes.lowercaseASCII(&loweredBytes)
      } else {
        loweredBytes = Array(MailBytes.string(loweredBytes).lowercased().utf8)
      }
      return MailAddress(address: MailBytes.string(loweredBytes), name: nil, undecodedCharset: nil)
    }
    let (phrase, angle, comment) = split(item)
    var loweredBytes =
      angle.map { Array(MailBytes.trimmed(item[$0])) } ?? pipermailAddress(MailBytes.words(phrase[...]))
    guard loweredBytes.contains(0x40), !loweredBytes.contains(where: MailBytes.isSpace) else { return nil }
    if loweredBytes.allSatisfy({ $0 < 0x80 }) {
      MailBytes.lowercaseASCII(&loweredBytes)
    } else {
      loweredBytes = Array(MailBytes.string(loweredBytes).lowercased().utf8)
    }
    let lowered = MailBytes.string(loweredBytes)
    let usesPhrase = angle != nil && !MailBytes.trimmed(phrase[...]).isEmpty
    var nameBytes = MailBytes.collapsed((usesPhrase ? phrase : comment)[...])
    var undecodedCharset: String?
    if MailBytes.find(0x3D, 0x3F, in: nameBytes[...], from: 0) != nil {
      let decoded = MailEncodedWords.decode(nameBytes)
      nameBytes = MailBytes.collapsed(Array(decoded.text.utf8)[...])
      undecodedCharset = decoded.undecodedCharset
    }
    let isAddress = nameBytes.count == loweredBytes.count && MailBytes.asciiLowercased(nameBytes) == loweredBytes
    let name = nameBytes.isEmpty || isAddress ? nil : MailBytes.string(nameBytes)
    return MailAddress(address: lowered, name: name, undecodedCharset: undecodedCharset)
  }

  /// The item trimmed when it is one word without quotes, comments or `<…>` (`To: user@example.org`), which
  /// `parse` would read as an address without a name; `nil` otherwise. Choice: the common bare recipient then
  /// costs no phrase, word list or joined copy.
  private static func bareAddress(_ item: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    let trimmed = MailBytes.trimmed(item)
    for byte in trimmed where byte == 0x22 || byte == 0x28 || byte == 0x3C || MailBytes.isSpace(byte) { return nil }
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The phrase (outside quotes, comments and `<…>`, quotes removed), the range of the last `<…>`'s content, and
  /// the comments' text (each comment preceded by a space). A `\` in a quote or comment takes the next byte as is.
  private static func split(_ item: ArraySlice<UInt8>) -> (phrase: [UInt8], angle: Range<Int>?, comment: [UInt8]) {
    var phrase: [UInt8] = []
    phrase.reserveCapacity(item.count)
    var comment: [UInt8] = []
    var angle: Range<Int>?
    var angleStart: Int?
    var inQuote = false
    var depth = 0
    var index = item.startIndex
    while index < item.endIndex {
      let byte = item[index]
      if let start = angleStart {
        if byte == 0x3E {
          angle = start..<index
          angleStart = nil
        }
      } else if inQuote || depth > 0 {
        if byte == 0x5C && index + 1 < item.endIndex {
          index += 1
          if inQuote { phrase.append(item[index]) } else { comment.append(item[index]) }
        } else if inQuote {
          if byte == 0x22 { inQuote = false } else { phrase.append(byte) }
        } else {
          if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth -= 1 }
          if depth > 0 { comment.append(byte) }
        }
      } else if byte == 0x22 {
        inQuote = true
      } else if byte == 0x28 {
        depth = 1
        comment.append(0x20)
      } else if byte == 0x3C {
        angleStart = index + 1
      } else {
        phrase.append(byte)
      }
      index += 1
    }
    return (phrase, angle, comment)
  }

  private static func pipermailAddress(_ words: [ArraySlice<UInt8>]) -> [UInt8] {
    switch words.count {
    case 3 where words[1].elementsEqual("at".utf8): Array(words[0]) + [0x40] + Array(words[2])
    case 4 where words[1].contains(0x40): Array(words[0]) + [0x40] + Array(words[3])
    default: Array(words.joined(separator: [0x20]))
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  var trimmingWhitespace: String {
    MailBytes.string(MailBytes.trimmed(Array(utf8)[...]))
  }
}
