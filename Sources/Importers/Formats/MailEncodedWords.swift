import Foundation

/// Decodes RFC 2047 encoded words (`=?UTF-8?Q?Sch=C3=BCtz?=`, `=?iso-8859-1?B?...?=`) in header text.
///
/// Choices:
/// - Both encodings: `B` (base64, padding optional) and `Q` (`_` is a space, `=XX` a byte). Case-insensitive.
/// - Charsets decoded here without lookup tables of the platform: UTF-8, US-ASCII, ISO-8859-1, ISO-8859-15 and
///   windows-1252; a few more through Foundation where it knows them (ISO-8859-2, windows-1250/1251). A
///   language suffix (`UTF-8*en`) is ignored. An encoded word in any other charset, or one whose bytes do not
///   decode, is kept as written and its charset reported, so the caller can note it.
/// - White space between two adjacent encoded words is dropped (RFC 2047 §6.2); other text is kept as is.
///
/// - Complexity: O(length of the text).
enum MailEncodedWords {
  /// The decoded text, and the charset of the first encoded word that could not be decoded.
  static func decode(_ text: String) -> (text: String, undecodedCharset: String?) {
    decode(Array(text.utf8))
  }

  /// `decode(_:)` on UTF-8 bytes.
  static func decode(_ bytes: [UInt8]) -> (text: String, undecodedCharset: String?) {
    let all = bytes[...]
    guard var start = MailBytes.find(0x3D, 0x3F, in: all, from: all.startIndex) else {
      return (MailBytes.string(bytes), nil)
    }
    var output: [UInt8] = []
    var undecoded: String?
    var copied = all.startIndex
    var lastEncodedEnd: Int?
    while true {
      if let (word, end) = encodedWord(all, at: start) {
        let gap = all[copied..<start]
        let joinsPrevious = lastEncodedEnd == copied && gap.allSatisfy(MailBytes.isSpace)
        if !joinsPrevious { output += gap }
        if let decoded = decodeWord(word) {
          output += decoded.utf8
          lastEncodedEnd = end
        } else {
          output += all[start..<end]
          undecoded = undecoded ?? word.charset
          lastEncodedEnd = nil
        }
        copied = end
        start = end
      } else {
        start += 1
      }
      guard let next = MailBytes.find(0x3D, 0x3F, in: all, from: start) else { break }
      start = next
    }
    output += all[copied...]
    return (MailBytes.string(output), undecoded)
  }

  private struct Word {
    var charset: String
    var encoding: UInt8
    var payload: ArraySlice<UInt8>
  }

  /// Parses `=?charset?E?payload?=` at `start`; returns the word and the index after it.
  private static func encodedWord(_ bytes: ArraySlice<UInt8>, at start: Int) -> (Word, Int)? {
    let charsetStart = start + 2
    guard let charsetEnd = bytes[charsetStart...].firstIndex(of: 0x3F), charsetEnd > charsetStart,
      charsetEnd + 2 < bytes.endIndex, bytes[charsetEnd + 2] == 0x3F,
      let payloadEnd = MailBytes.find(0x3F, 0x3D, in: bytes, from: charsetEnd + 3)
    else { return nil }
    let charset = bytes[charsetStart..<charsetEnd]
    let payload = bytes[(charsetEnd + 3)..<payloadEnd]
    guard !charset.contains(where: MailBytes.isSpace), !payload.contains(where: { MailBytes.isSpace($0) || $0 == 0x3F })
    else { return nil }
    let name = charset.split(separator: 0x2A, maxSplits: 1, omittingEmptySubsequences: false).first ?? charset
    let word = Word(
      charset: MailBytes.string(MailBytes.asciiLowercased(name)), encoding: bytes[charsetEnd + 1] & 0xDF,
      payload: payload)
    return (word, payloadEnd + 2)
  }

  private static func decodeWord(_ word: Word) -> String? {
    let bytes: [UInt8]?
    switch word.encoding {
    case 0x42: bytes = base64(word.payload)
    case 0x51: bytes = quotedPrintable(word.payload)
    default: bytes = nil
    }
    return bytes.flatMap { MailCharset.decode($0, charset: word.charset) }
  }

  private static func base64(_ payload: ArraySlice<UInt8>) -> [UInt8]? {
    var text = MailBytes.string(payload)
    while text.count % 4 != 0 { text += "=" }
    return Data(base64Encoded: text).map { [UInt8]($0) }
  }

  private static func quotedPrintable(_ payload: ArraySlice<UInt8>) -> [UInt8]? {
    var result: [UInt8] = []
    var iterator = payload.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case 0x5F: result.append(0x20)
      case 0x3D:
        guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
          return nil
        }
        result.append(high << 4 | low)
      default: result.append(byte)
      }
    }
    return result
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}

/// Byte → text conversion for the charsets mail headers use.
///
/// - Complexity: O(bytes).
enum MailCharset {
  /// `bytes` as text in `charset` (lower-case IANA name), or `nil` for an unknown charset or undecodable bytes.
  static func decode(_ bytes: [UInt8], charset: String) -> String? {
    switch charset {
    case "utf-8", "utf8", "us-ascii", "ascii":
      return String(validating: bytes, as: UTF8.self)
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(latin9[$0] ?? UInt32($0)) ?? "?" }))
    case "windows-1252", "cp1252":
      return String(String.UnicodeScalarView(bytes.map(windows1252)))
    default:
      guard let encoding = foundationEncodings[charset] else { return nil }
      return String(data: Data(bytes), encoding: encoding)
    }
  }

  /// The bytes ISO-8859-15 maps differently from ISO-8859-1.
  private static let latin9: [UInt8: UInt32] = [
    0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
  ]

  /// windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 control of the same value.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard byte >= 0x80 && byte < 0xA0 else { return Unicode.Scalar(byte) }
    return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
  }

  private static let foundationEncodings: [String: String.Encoding] = [
    "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250,
    "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251,
  ]
}
