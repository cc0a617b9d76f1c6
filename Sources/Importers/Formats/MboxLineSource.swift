import Foundation

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
/// Today the lines come from one file's bytes in memory (`BufferLineSource`); a chunked byte stream can take its
/// place by yielding the same `MboxLine` values, since the reader never looks at anything but the current line.
protocol MboxLineSource {
  /// The next line, or `nil` after the last one. A final line without a terminator is still a line.
  mutating func nextLine() -> MboxLine?
  /// The next line that starts with `From ` (`MboxLine.isFromLine`), passing over the lines before it.
  mutating func nextFromLine() -> MboxLine?
  /// True when the input ended without a final line terminator (a truncated file).
  var endedWithoutTerminator: Bool { get }
}

extension MboxLineSource {
  mutating func nextFromLine() -> MboxLine? {
    while let line = nextLine() {
      if line.isFromLine { return line }
    }
    return nil
  }
}

/// Lines of a file's bytes held in memory (`Data`, as `InputSource` reads it), found with `memchr`.
///
/// Each line is copied into one reused line buffer, the way a chunked stream hands out lines that cross chunk
/// boundaries: converting the whole file to `[UInt8]` instead doubled peak memory, and zeroing the second copy's
/// pages was an eighth of the import time. A caller that keeps a line while reading the next one gets its own
/// copy (copy on write). `nextFromLine` passes over body lines without copying them.
///
/// - Complexity: O(line length) per line; memory O(input + longest line).
struct BufferLineSource: MboxLineSource {
  private let data: Data
  private var offset = 0
  private var lineNumber = 0
  private var line: [UInt8] = []
  private(set) var endedWithoutTerminator = false

  init(_ data: Data) {
    self.data = data
  }

  mutating func nextFromLine() -> MboxLine? {
    let offset = self.offset
    let found: (start: Int, lines: Int)? = data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
      let count = raw.count
      var start = offset
      var lines = 0
      while start < count {
        if count - start >= 5 && base[start] == 0x46 && base[start + 1] == 0x72 && base[start + 2] == 0x6F
          && base[start + 3] == 0x6D && base[start + 4] == 0x20
        {
          return (start, lines)
        }
        guard let newline = memchr(base + start, 0x0A, count - start) else { return (count, lines + 1) }
        start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
        lines += 1
      }
      return (start, lines)
    }
    guard let found else { return nil }
    self.offset = found.start
    lineNumber += found.lines
    if found.start >= data.count && data.last != 0x0A && found.lines > 0 { endedWithoutTerminator = true }
    return nextLine()
  }

  mutating func nextLine() -> MboxLine? {
    let start = offset
    guard start < data.count else { return nil }
    var buffer: [UInt8] = []
    swap(&buffer, &line)
    buffer.removeAll(keepingCapacity: true)
    let newline: Int? = data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return nil }
      let found = memchr(base + start, 0x0A, raw.count - start).map { base.distance(to: UnsafeRawPointer($0)) }
      var end = found ?? raw.count
      if end > start && raw[end - 1] == 0x0D { end -= 1 }
      buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[start..<end]))
      return found
    }
    offset = newline.map { $0 + 1 } ?? data.count
    if newline == nil { endedWithoutTerminator = true }
    lineNumber += 1
    line = buffer
    return MboxLine(bytes: line[...], number: lineNumber)
  }
}
