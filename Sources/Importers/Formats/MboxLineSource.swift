/// One line of an mbox file: its bytes without the terminator, and its 1-based line number.
struct MboxLine {
  /// The bytes before `\n` (a `\r` before it is dropped too).
  var bytes: ArraySlice<UInt8>
  var number: Int

  var isEmpty: Bool { bytes.isEmpty }

  /// True when the line starts with the five bytes `From `.
  var isFromLine: Bool {
    guard bytes.count >= 5 else { return false }
    let start = bytes.startIndex
    return bytes[start] == 0x46 && bytes[start + 1] == 0x72 && bytes[start + 2] == 0x6F
      && bytes[start + 3] == 0x6D && bytes[start + 4] == 0x20
  }

  /// True for a continuation of a folded header (RFC 5322 §2.2.3): the line starts with a space or a tab.
  var isContinuation: Bool {
    guard let first = bytes.first else { return false }
    return first == 0x20 || first == 0x09
  }

  /// The length of the field name when the line starts a header field, else `nil`.
  ///
  /// A field name here is letters, digits, `-` and `_` followed directly by `:`, a stricter rule than RFC 5322's
  /// printable ASCII so that a prose body line (`<https://example.org>:`) is not taken for a header.
  var headerNameLength: Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x3A { return index == bytes.startIndex ? nil : index - bytes.startIndex }
      guard Self.isNameByte(byte) else { return nil }
      index += 1
    }
    return nil
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      || byte == 0x2D || byte == 0x5F
  }
}

/// Where an mbox reader takes its lines from: the one seam between parsing and input.
///
/// The reader never looks at anything but the current line, so lines may come from a chunked byte stream
/// (`StreamLineSource`) whatever the file's size.
protocol MboxLineSource {
  /// The next line, or `nil` after the last one. A final line without a terminator is still a line.
  /// - Throws: the underlying stream's read errors.
  mutating func nextLine() throws(ImportError) -> MboxLine?
  /// The next line that starts with `From ` (`MboxLine.isFromLine`), passing over the lines before it.
  /// - Throws: the underlying stream's read errors.
  mutating func nextFromLine() throws(ImportError) -> MboxLine?
  /// True when the input ended without a final line terminator (a truncated file).
  var endedWithoutTerminator: Bool { get }
}
