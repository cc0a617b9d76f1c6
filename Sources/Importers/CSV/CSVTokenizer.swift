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
/// Input comes whole (`init(data:)`) or as a `ByteStream` read chunk by chunk (`init(stream:)`): the buffer then
/// holds the unread part of the current chunk plus the bytes of the record being read, back to the start of its
/// first line (what recovery from an unclosed quote rewinds to). A read error ends the records and is kept in
/// `readError` for the caller to throw.
///
/// - Complexity: O(bytes) time over the whole file; memory one chunk plus one record when streamed (an unclosed
///   quote makes the record run to the end of the input), O(file size) when given whole.
struct CSVTokenizer {
  private(set) var delimiter: CSVDelimiter = .comma
  /// The bytes read and not yet dropped; offsets below are indices into it.
  private var bytes: [UInt8]
  /// Where further chunks come from; `nil` once exhausted (or for whole input).
  private var stream: ByteStream?
  /// The error that ended the stream early, if any.
  private(set) var readError: ImportError?
  private var position = 0
  private var line = 1
  /// Offset of the first byte of the current physical line, for columns.
  private var lineStart = 0
  /// The first byte still needed: the start of the current record's first line. Refills drop what precedes it.
  private var anchor = 0
  /// The fields of the record `nextSpans()` read last, reused from record to record (no array per record).
  private var spans: [FieldSpan] = []
  /// The bytes of that record's quoted fields that hold doubled quotes, quotes removed and `""` made `"`.
  private var decoded: [UInt8] = []
  /// 1-based physical line on which that record starts.
  private(set) var recordLine = 0

  /// Where one field's bytes are: offsets from `anchor` into `bytes` (a quoted field's body without its quotes),
  /// or into `decoded` for a quoted field with doubled quotes.
  private struct FieldSpan {
    var start: Int
    var end: Int
    var column: Int
    var isDecoded: Bool
  }

  /// What `nextSpans()` read: a record (its fields through `withField`), or a malformed one.
  enum SpanToken {
    case record
    case malformed(CSVMalformedRecord)
  }

  private enum Terminator { case nextField, endOfRecord, unexpected }

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  /// How far delimiter detection reads when the first line has no end in sight.
  private static let detectionLimit = 64 * 1024

  /// Reads `data` whole; `delimiter` nil means detect it from the first line.
  init(data: some Sequence<UInt8>, delimiter: CSVDelimiter? = nil) {
    bytes = [UInt8](data)
    start(delimiter: delimiter)
  }

  /// Reads `stream` chunk by chunk; `delimiter` nil means detect it from the first line (read until its end).
  init(stream: ByteStream, delimiter: CSVDelimiter? = nil) {
    bytes = []
    self.stream = stream
    while bytes.count < 3, refill() != nil {}
    if delimiter == nil {
      while !Self.hasLineBreakOutsideQuotes(bytes[...]), bytes.count < Self.detectionLimit, refill() != nil {}
    }
    start(delimiter: delimiter)
  }

  private mutating func start(delimiter: CSVDelimiter?) {
    let first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    position = first
    lineStart = first
    anchor = first
    self.delimiter = delimiter ?? CSVDelimiter.detect(in: bytes[first...])
  }

  private static func hasLineBreakOutsideQuotes(_ bytes: ArraySlice<UInt8>) -> Bool {
    var isQuoted = false
    for byte in bytes {
      if byte == quote { isQuoted.toggle() }
      if !isQuoted, byte == newline || byte == carriageReturn { return true }
    }
    return false
  }

  /// The next record or malformed record, or `nil` at the end of the input (or at a read error: `readError`).
  mutating func next() -> CSVToken? {
    switch nextSpans() {
    case nil: return nil
    case .record: return .record(currentRecord())
    case .malformed(let malformed): return .malformed(malformed)
    }
  }

  /// Reads the next record as field spans without making a `String` (`fieldCount`, `withField`, `currentRecord`
  /// read it until the next call), or `nil` at the end of the input (or at a read error: `readError`).
  mutating func nextSpans() -> SpanToken? {
    if !isAtPlainRecordStart() { skipBlankLines() }
    guard has() else { return nil }
    anchor = lineStart
    recordLine = line
    if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
    // `spans` keeps its slots from record to record (overwritten, not removed and appended): `count` is how many
    // this record filled, and slots past it go when it is read.
    var count = 0
    defer { if spans.count > count { spans.removeSubrange(count...) } }
    while true {
      if readPlainFields(count: &count) { return .record }
      let column = position - lineStart + 1
      if has(), bytes[position] == Self.quote {
        guard let span = readQuotedField(column: column) else {
          return .malformed(recoverFromUnclosedQuote(line: recordLine, column: column))
        }
        setSpan(span, at: count)
      } else {
        let range = readUnquotedField()
        setSpan(
          FieldSpan(start: range.lowerBound - anchor, end: range.upperBound - anchor, column: column, isDecoded: false),
          at: count)
      }
      count += 1
      switch consumeTerminator() {
      case .nextField: continue
      case .endOfRecord: return .record
      case .unexpected:
        let malformed = CSVMalformedRecord(
          line: line, column: position - lineStart + 1, reason: "unexpected character after a closing quote")
        skipRestOfLine()
        return .malformed(malformed)
      }
    }
  }

  /// Whether `position` is in the buffer at a byte `skipBlankLines` would not skip (not a line break, and the
  /// delimiter is one byte): the usual case, where the record starts at once.
  private func isAtPlainRecordStart() -> Bool {
    guard delimiter.byte != nil, position < bytes.count else { return false }
    let byte = bytes[position]
    return byte != Self.newline && byte != Self.carriageReturn
  }

  /// Makes `span` field `index` of the record being read: overwrites that slot of `spans`, or appends it.
  private mutating func setSpan(_ span: FieldSpan, at index: Int) {
    if index < spans.count {
      spans[index] = span
    } else {
      spans.append(span)
    }
  }

  /// The number of fields of the record `nextSpans()` read last.
  var fieldCount: Int { spans.count }

  /// Calls `body` with the bytes of field `index` (< `fieldCount`) of the record `nextSpans()` read last.
  func withField<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    let span = spans[index]
    if span.isDecoded {
      return decoded.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.end])) }
    }
    return bytes.withUnsafeBytes {
      body(UnsafeRawBufferPointer(rebasing: $0[(anchor + span.start)..<(anchor + span.end)]))
    }
  }

  /// The record `nextSpans()` read last, with a `String` per field.
  func currentRecord() -> CSVRecord {
    let fields = spans.indices.map { index in withField(index) { String(decoding: $0, as: UTF8.self) } }
    return CSVRecord(fields: fields, line: recordLine, columns: spans.map(\.column))
  }

  /// Whether the byte at `position + ahead` is there, reading more chunks as needed.
  /// Inlined: called for nearly every byte outside unquoted fields, and almost always true at once.
  @inline(__always)
  private mutating func has(_ ahead: Int = 0) -> Bool {
    position + ahead < bytes.count || refillUntil(ahead)
  }

  private mutating func refillUntil(_ ahead: Int) -> Bool {
    while position + ahead >= bytes.count {
      if refill() == nil { return false }
    }
    return true
  }

  /// Drops the bytes before `anchor` and appends the next chunk; returns how many bytes were dropped (offsets
  /// held in locals must shift by that much), `nil` at the end of the stream.
  private mutating func refill() -> Int? {
    guard stream != nil else { return nil }
    let chunk: [UInt8]?
    do {
      chunk = try stream?.nextChunk()
    } catch {
      readError = error
      chunk = nil
    }
    guard let chunk else {
      stream = nil
      return nil
    }
    let dropped = anchor
    if dropped > 0 {
      bytes.removeSubrange(0..<dropped)
      position -= dropped
      lineStart -= dropped
      anchor = 0
    }
    bytes.append(contentsOf: chunk)
    return dropped
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
    while true {
      anchor = lineStart
      guard has() else { return }
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
    if bytes[position] == Self.carriageReturn, has(1), bytes[position + 1] == Self.newline {
      position += 1
    }
    position += 1
    startNewLine()
  }

  /// Reads the current record's fields from `position` (a field's start) in one pass while they are unquoted and
  /// their ends are in the buffer: true when the whole record was read (up to and past its line break), false
  /// with `position` at the start of the first field not read, which `nextSpans()` reads on its own before
  /// calling this again for the fields after it. `count` is the number of fields of the record read so far.
  ///
  /// Choices: only with a one-byte delimiter (not `.whitespace`); the scan stops before a field that starts with
  /// a quote, one that reaches the end of the buffer (more chunks may follow) and a `\r` that is the buffer's
  /// last byte (a `\n` may follow), so every field it reads ends where `readUnquotedField` and
  /// `consumeTerminator` would end it, with the same spans and columns. The row is the hot path of edge lists:
  /// one loop over an unsafe buffer, 8 bytes per step (`firstOffset(of:_:_:from:)`), no per-byte `has()` or
  /// terminator dispatch, spans written into the slots `spans` already has (grown here when a record has more).
  /// - Complexity: O(bytes read).
  private mutating func readPlainFields(count: inout Int) -> Bool {
    guard let separator = delimiter.byte else { return false }
    while true {
      switch scanPlainFields(separator: separator, count: &count) {
      case .record:
        startNewLine()
        return true
      case .stopped:
        return false
      case .full:
        let slot = FieldSpan(start: 0, end: 0, column: 0, isDecoded: false)
        spans.append(contentsOf: repeatElement(slot, count: max(4, spans.count)))
      }
    }
  }

  /// How `scanPlainFields` stopped: past a record's line break, before a field it cannot read, or with every slot
  /// of `spans` filled.
  private enum PlainScan { case record, stopped, full }

  /// The kernel of `readPlainFields`: fields from `position` into `spans[count...]` while slots remain.
  ///
  /// Invariants of the unchecked accesses: every index read is below `buffer.count` (tested before each read),
  /// every slot written is below `out.count` (`written < out.count` tested before each field).
  private mutating func scanPlainFields(separator: UInt8, count: inout Int) -> PlainScan {
    var spans: [FieldSpan] = []
    swap(&spans, &self.spans)
    defer { swap(&spans, &self.spans) }
    let anchor = self.anchor
    let lineStart = self.lineStart
    var fieldStart = position
    var written = count
    let outcome = bytes.withUnsafeBufferPointer { buffer in
      spans.withUnsafeMutableBufferPointer { out -> PlainScan in
        let size = buffer.count
        var index = fieldStart
        while index < size, buffer[index] != Self.quote {
          guard written < out.count else { return .full }
          let start = index
          index = buffer.firstOffset(of: separator, Self.newline, Self.carriageReturn, from: index)
          guard index < size else { return .stopped }
          let byte = buffer[index]
          var after = index + 1
          if byte == Self.carriageReturn {
            guard after < size else { return .stopped }
            if buffer[after] == Self.newline { after += 1 }
          }
          out[written] = FieldSpan(
            start: start - anchor, end: index - anchor, column: start - lineStart + 1, isDecoded: false)
          written += 1
          fieldStart = after
          guard byte == separator else { return .record }
          index = after
        }
        return .stopped
      }
    }
    position = fieldStart
    count = written
    return outcome
  }

  /// Scans to the end of an unquoted field, across chunks. This is the hot loop (most fields are unquoted), so it
  /// runs over an unsafe buffer scoped to this call: array subscripts are costly in unoptimised (test) builds.
  private mutating func readUnquotedField() -> Range<Int> {
    var start = position
    let separator = delimiter.byte
    while true {
      let from = position
      position = bytes.withUnsafeBufferPointer { buffer in
        var index = from
        while index < buffer.count {
          let byte = buffer[index]
          if byte == Self.newline || byte == Self.carriageReturn || byte == separator { break }
          if separator == nil, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { break }
          index += 1
        }
        return index
      }
      guard position == bytes.count, let dropped = refill() else { break }
      start -= dropped
    }
    return start..<position
  }

  /// Reads a quoted field from its opening quote at `position` (at `column`) and returns its span; `nil` when the
  /// input ends before the closing quote.
  ///
  /// Choices: the body is scanned 8 bytes at a time for the next quote, `\n` or `\r` (`scanQuotedBody`), only
  /// the byte that stops a scan is looked at (line breaks are counted as they pass). A body without doubled
  /// quotes is its own bytes, so its span points into `bytes` and nothing is copied; only a body with `""` is
  /// copied, undoubled, into `decoded`.
  private mutating func readQuotedField(column: Int) -> FieldSpan? {
    let bodyStart = position + 1 - anchor
    var isDoubled = false
    position += 1
    while scanQuotedBody(isDoubled: &isDoubled) == .undecided {
      guard refill() == nil else { continue }
      // The end of the input: a last quote closes the field; a last `\r` (or `\n`) ends a line, and the next
      // scan finds the body unclosed.
      guard position < bytes.count else { return nil }
      let byte = bytes[position]
      position += 1
      if byte == Self.quote { break }
      startNewLine()
    }
    let bodyEnd = position - 1 - anchor
    guard isDoubled else { return FieldSpan(start: bodyStart, end: bodyEnd, column: column, isDecoded: false) }
    let start = decoded.count
    appendUndoubled(from: anchor + bodyStart, to: anchor + bodyEnd)
    return FieldSpan(start: start, end: decoded.count, column: column, isDecoded: true)
  }

  /// How `scanQuotedBody` stopped: past the closing quote, or at a byte whose meaning needs the next one (a quote
  /// or a line break as the buffer's last byte), or at the buffer's end.
  private enum QuotedStop { case closed, undecided }

  /// The kernel of `readQuotedField`: advances `position` through a quoted body, counting its line breaks and
  /// noting doubled quotes in `isDoubled`, to just past the closing quote or to where the buffer cannot decide.
  ///
  /// Invariant of the unchecked accesses: `index + 1 < buffer.count` is tested before `index` and `index + 1`
  /// are read.
  private mutating func scanQuotedBody(isDoubled: inout Bool) -> QuotedStop {
    var index = position
    var line = self.line
    var lineStart = self.lineStart
    var doubled = isDoubled
    let stop = bytes.withUnsafeBufferPointer { buffer -> QuotedStop in
      let size = buffer.count
      while true {
        index = buffer.firstOffset(of: Self.quote, Self.newline, Self.carriageReturn, from: index)
        guard index + 1 < size else { return .undecided }
        let byte = buffer[index]
        if byte == Self.quote {
          guard buffer[index + 1] == Self.quote else {
            index += 1
            return .closed
          }
          doubled = true
          index += 2
        } else {
          index += byte == Self.carriageReturn && buffer[index + 1] == Self.newline ? 2 : 1
          line += 1
          lineStart = index
        }
      }
    }
    position = index
    self.line = line
    self.lineStart = lineStart
    isDoubled = doubled
    return stop
  }

  /// Appends `bytes[start..<end]`, a quoted body whose every quote is one of a `""` pair, to `decoded` with each
  /// pair made one quote. Copies run by run from an unsafe buffer (no slice of `bytes` per run).
  private mutating func appendUndoubled(from start: Int, to end: Int) {
    var decoded: [UInt8] = []
    swap(&decoded, &self.decoded)
    defer { swap(&decoded, &self.decoded) }
    bytes.withUnsafeBufferPointer { buffer in
      let body = UnsafeBufferPointer(rebasing: buffer[..<end])
      var runStart = start
      while runStart < end {
        let quote = body.firstOffset(of: Self.quote, Self.quote, Self.quote, from: runStart)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<min(quote + 1, end)]))
        runStart = quote + 2
      }
    }
  }

  private mutating func consumeTerminator() -> Terminator {
    guard has() else { return .endOfRecord }
    let byte = bytes[position]
    if byte == Self.newline || byte == Self.carriageReturn {
      consumeLineBreak()
      return .endOfRecord
    }
    guard isSeparator(byte) else { return .unexpected }
    position += 1
    guard delimiter == .whitespace else { return .nextField }
    while has(), isSeparator(bytes[position]) { position += 1 }
    guard has() else { return .endOfRecord }
    if bytes[position] == Self.newline || bytes[position] == Self.carriageReturn {
      consumeLineBreak()
      return .endOfRecord
    }
    return .nextField
  }

  private mutating func skipRestOfLine() {
    while has(), bytes[position] != Self.newline, bytes[position] != Self.carriageReturn {
      position += 1
    }
    if has() { consumeLineBreak() }
  }

  /// Abandons a record whose quoted field never closes: resumes on the line after `line`, whose start is `anchor`.
  private mutating func recoverFromUnclosedQuote(line: Int, column: Int) -> CSVMalformedRecord {
    position = anchor
    self.line = line
    lineStart = anchor
    skipRestOfLine()
    return CSVMalformedRecord(line: line, column: column, reason: "quoted field is not closed")
  }
}

extension CSVTokenizer {
  /// Lets a reader's own scanner consume whole lines straight from the buffer (a fused scanner of plain rows):
  /// `scan` gets the bytes from the current position, a line start, to the end of the buffer, and the one-byte
  /// delimiter, and returns how many bytes it consumed (whole lines, each ending with `\n` or `\r\n`) and how
  /// many lines they are; the tokenizer then continues after them. Nothing is read with `.whitespace` or off a
  /// line start. The records so consumed are not read again, and `withField` is undefined until `nextSpans()`.
  /// - Complexity: that of `scan`.
  mutating func consumeLines(_ scan: (UnsafeRawBufferPointer, UInt8) -> (bytes: Int, lines: Int)) {
    guard let separator = delimiter.byte, position == lineStart, position < bytes.count else { return }
    let start = position
    let consumed = bytes.withUnsafeBytes { scan(UnsafeRawBufferPointer(rebasing: $0[start...]), separator) }
    guard consumed.lines > 0 else { return }
    position += consumed.bytes
    line += consumed.lines
    lineStart = position
    anchor = position
  }
}
