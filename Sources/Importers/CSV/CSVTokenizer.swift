/// Streams the records of RFC 4180 delimited text, each with the line and columns where it starts.
///
/// Definition: records end at `\n`, `\r\n` or `\r` outside quotes; a field starting with `"` is quoted, may hold
/// delimiters, line breaks and doubled quotes (`""` for one `"`). Choices:
/// - A UTF-8 byte order mark is skipped; blank lines are not records.
/// - A quote inside an unquoted field is kept literally (`5'10"` survives), as most spreadsheet tools do.
/// - Malformed quoting yields `.malformed` with its position and the tokenizer resynchronises: after a stray
///   character following a closing quote it skips to the end of that line; an unterminated quoted field is
///   abandoned and reading restarts on the line after the one where the record began, so one bad quote cannot
///   swallow the rest of the file.
/// - With `.whitespace`, runs of spaces and tabs separate fields and leading or trailing blanks are ignored.
///
/// Hand-written on purpose: no CSV library mirrored for this project streams records with their physical line
/// numbers and recovers from bad quoting (CSV.swift, the usual candidate, stashes errors without positions).
///
/// - Complexity: O(bytes) time over the whole file; memory O(file size) for the bytes it reads from plus one
///   record at a time.
struct CSVTokenizer {
  let delimiter: CSVDelimiter
  private let bytes: [UInt8]
  private var position: Int
  private var line = 1
  /// Offset of the first byte of the current physical line, for columns.
  private var lineStart: Int
  /// The most fields a record had so far: the next record's arrays are allocated once at that size.
  private var fieldCapacity = 1

  private enum Terminator { case nextField, endOfRecord, unexpected }

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Reads `data`; `delimiter` nil means detect it from the first line.
  init(data: some Sequence<UInt8>, delimiter: CSVDelimiter? = nil) {
    let bytes = [UInt8](data)
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    self.bytes = bytes
    self.position = start
    self.lineStart = start
    self.delimiter = delimiter ?? CSVDelimiter.detect(in: bytes[start...])
  }

  /// The next record or malformed record, or `nil` at the end of the input.
  mutating func next() -> CSVToken? {
    skipBlankLines()
    guard position < bytes.count else { return nil }
    let startLine = line
    let startOffset = lineStart
    var fields: [String] = []
    var columns: [Int] = []
    fields.reserveCapacity(fieldCapacity)
    columns.reserveCapacity(fieldCapacity)
    while true {
      let column = position - lineStart + 1
      columns.append(column)
      if position < bytes.count, bytes[position] == Self.quote {
        guard let field = readQuotedField() else {
          return recoverFromUnclosedQuote(line: startLine, lineOffset: startOffset, column: column)
        }
        fields.append(field)
      } else {
        fields.append(readUnquotedField())
      }
      switch consumeTerminator() {
      case .nextField: continue
      case .endOfRecord:
        fieldCapacity = max(fieldCapacity, fields.count)
        return .record(CSVRecord(fields: fields, line: startLine, columns: columns))
      case .unexpected:
        let malformed = CSVMalformedRecord(
          line: line, column: position - lineStart + 1, reason: "unexpected character after a closing quote")
        skipRestOfLine()
        return .malformed(malformed)
      }
    }
  }

  private func isSeparator(_ byte: UInt8) -> Bool {
    if let separator = delimiter.byte { return byte == separator }
    return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private mutating func startNewLine() {
    line += 1
    lineStart = position
  }

  private mutating func skipBlankLines() {
    while position < bytes.count {
      let byte = bytes[position]
      if delimiter == .whitespace, isSeparator(byte) {
        position += 1
      } else if byte == Self.newline || byte == Self.carriageReturn {
        consumeLineBreak()
      } else {
        return
      }
    }
  }

  /// Consumes `\n`, `\r\n` or `\r` at `position`.
  private mutating func consumeLineBreak() {
    if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.newline {
      position += 1
    }
    position += 1
    startNewLine()
  }

  /// Scans to the end of an unquoted field. This is the hot loop (most fields are unquoted), so it runs over an
  /// unsafe buffer scoped to this call: array subscripts are costly in unoptimised (test) builds.
  private mutating func readUnquotedField() -> String {
    let start = position
    let separator = delimiter.byte
    position = bytes.withUnsafeBufferPointer { buffer in
      var index = start
      while index < buffer.count {
        let byte = buffer[index]
        if byte == Self.newline || byte == Self.carriageReturn || byte == separator { break }
        if separator == nil, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { break }
        index += 1
      }
      return index
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  /// Reads a quoted field from its opening quote; `nil` when the input ends before the closing quote.
  private mutating func readQuotedField() -> String? {
    position += 1
    var buffer: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == Self.quote {
        guard position < bytes.count, bytes[position] == Self.quote else {
          return String(decoding: buffer, as: UTF8.self)
        }
        position += 1
      } else if byte == Self.newline {
        startNewLine()
      } else if byte == Self.carriageReturn, position >= bytes.count || bytes[position] != Self.newline {
        startNewLine()
      }
      buffer.append(byte)
    }
    return nil
  }

  private mutating func consumeTerminator() -> Terminator {
    guard position < bytes.count else { return .endOfRecord }
    let byte = bytes[position]
    if byte == Self.newline || byte == Self.carriageReturn {
      consumeLineBreak()
      return .endOfRecord
    }
    guard isSeparator(byte) else { return .unexpected }
    position += 1
    guard delimiter == .whitespace else { return .nextField }
    while position < bytes.count, isSeparator(bytes[position]) { position += 1 }
    guard position < bytes.count else { return .endOfRecord }
    if bytes[position] == Self.newline || bytes[position] == Self.carriageReturn {
      consumeLineBreak()
      return .endOfRecord
    }
    return .nextField
  }

  private mutating func skipRestOfLine() {
    while position < bytes.count, bytes[position] != Self.newline, bytes[position] != Self.carriageReturn {
      position += 1
    }
    if position < bytes.count { consumeLineBreak() }
  }

  /// Abandons a record whose quoted field never closes: resumes on the line after `line`.
  private mutating func recoverFromUnclosedQuote(line: Int, lineOffset: Int, column: Int) -> CSVToken {
    position = lineOffset
    self.line = line
    lineStart = lineOffset
    skipRestOfLine()
    return .malformed(CSVMalformedRecord(line: line, column: column, reason: "quoted field is not closed"))
  }
}
