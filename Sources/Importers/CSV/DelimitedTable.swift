import ConversationModel
import Foundation

/// A delimited file opened against a schema: the tokenizer past the header, and where each field sits.
///
/// Shared by the three CSV readers. Malformed records become a `malformed_row` warning and a `.skipped`
/// record here, so each reader sees only well-formed records.
struct DelimitedTable {
  /// A well-formed record, or an already-diagnosed skipped one.
  enum Row {
    case record(CSVRecord)
    case skipped(ImportRecord)
  }

  /// What `nextSpansOrError` read: a well-formed record left in `tokenizer` as field spans, or a skipped one.
  enum SpanRow {
    case spans
    case skipped(ImportRecord)
  }

  let path: String
  let columns: CSVColumns
  /// `nextSpansOrError` leaves the fields of the row it read there (`withField`); a reader may consume plain
  /// lines through it (`CSVTokenizer.consumeLines`).
  var tokenizer: CSVTokenizer

  /// Opens `data` (read from `path`) and resolves its columns.
  /// - Throws: see `init(tokenizer:path:schema:mapping:header:)`.
  init(
    data: Data, path: String, schema: CSVSchema, mapping: ColumnMapping?, header: ImportOptions.Header,
    delimiter: CSVDelimiter?
  ) throws(ImportError) {
    try self.init(
      tokenizer: CSVTokenizer(data: data, delimiter: delimiter), path: path, schema: schema, mapping: mapping,
      header: header)
  }

  /// Opens `stream` (the bytes of `path`, read a chunk at a time) and resolves its columns.
  /// - Throws: see `init(tokenizer:path:schema:mapping:header:)`.
  init(
    stream: ByteStream, path: String, schema: CSVSchema, mapping: ColumnMapping?, header: ImportOptions.Header,
    delimiter: CSVDelimiter?
  ) throws(ImportError) {
    try self.init(
      tokenizer: CSVTokenizer(stream: stream, delimiter: delimiter), path: path, schema: schema, mapping: mapping,
      header: header)
  }

  /// Reads the header through `tokenizer` when there is one and resolves the columns.
  /// - Throws: `ImportError.emptyInput` without a header line, `.missingColumn` when a required or mapped
  ///   column is absent, `.unreadable` when the header line itself has broken quoting or cannot be read.
  private init(
    tokenizer: CSVTokenizer, path: String, schema: CSVSchema, mapping: ColumnMapping?, header: ImportOptions.Header
  ) throws(ImportError) {
    self.path = path
    self.tokenizer = tokenizer
    guard header == .firstRow else {
      columns = try CSVColumns(positionsOf: schema, mapping: mapping, path: path)
      return
    }
    switch self.tokenizer.next() {
    case nil:
      if let error = self.tokenizer.readError { throw error }
      throw .emptyInput(path: path)
    case .malformed(let malformed):
      throw .unreadable(path: path, reason: "line \(malformed.line): the header line has \(malformed.reason)")
    case .record(let headerRecord):
      columns = try CSVColumns(headers: headerRecord.fields, schema: schema, mapping: mapping, path: path)
    }
  }

  /// The next row, or `nil` at the end of the file.
  /// - Complexity: O(length of the row).
  mutating func nextRow(diagnostics: inout DiagnosticLog) -> Row? {
    Self.row(from: tokenizer.next(), path: path, diagnostics: &diagnostics)
  }

  /// The next row, or `nil` at the end of the file; a stream that failed part way throws instead of ending.
  /// - Throws: the stream's read error (`ImportError.unreadable`, `.corruptArchive`).
  /// - Complexity: O(length of the row).
  mutating func nextRowOrError(diagnostics: inout DiagnosticLog) throws(ImportError) -> Row? {
    let row = nextRow(diagnostics: &diagnostics)
    if row == nil, let error = tokenizer.readError { throw error }
    return row
  }

  /// Reads the next row as field spans left in `tokenizer`, or `nil` at the end of the file; a malformed
  /// record is diagnosed and skipped as in `nextRow`.
  /// - Throws: the stream's read error, as `nextRowOrError`.
  /// - Complexity: O(length of the row).
  mutating func nextSpansOrError(diagnostics: inout DiagnosticLog) throws(ImportError) -> SpanRow? {
    try Self.nextSpans(&tokenizer, path: path, diagnostics: &diagnostics)
  }

  /// `nextSpansOrError` of any tokenizer (`HeaderTable` reads its rows through this too).
  static func nextSpans(
    _ tokenizer: inout CSVTokenizer, path: String, diagnostics: inout DiagnosticLog
  ) throws(ImportError) -> SpanRow? {
    switch tokenizer.nextSpans() {
    case nil:
      if let error = tokenizer.readError { throw error }
      return nil
    case .record:
      return .spans
    case .malformed(let malformed):
      return .skipped(skipped(malformed, path: path, diagnostics: &diagnostics))
    }
  }

  /// A tokenizer's next token as a row: a malformed record becomes a `malformed_row` warning and `.skipped`.
  static func row(from token: CSVToken?, path: String, diagnostics: inout DiagnosticLog) -> Row? {
    switch token {
    case nil:
      return nil
    case .record(let record):
      return .record(record)
    case .malformed(let malformed):
      return .skipped(skipped(malformed, path: path, diagnostics: &diagnostics))
    }
  }

  /// A `malformed_row` warning for `malformed` and the matching skipped record.
  static func skipped(
    _ malformed: CSVMalformedRecord, path: String, diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    let location = SourceLocation(path: path, line: malformed.line, column: malformed.column)
    diagnostics.emit(
      Diagnostic(.warning, kind: "malformed_row", message: "malformed CSV quoting: \(malformed.reason); row skipped",
                 location: location))
    return .skipped(reason: "malformed_row", location: location)
  }

  /// Emits a warning about `key` in `record` and returns the matching skipped record.
  func skip(
    _ record: CSVRecord, reason: String, key: ColumnKey, message: String, value: String?,
    diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    let location = columns.location(key, in: record, path: path)
    diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
    return .skipped(reason: reason, location: location)
  }
}
