import ConversationModel
import Foundation

/// A CSV file with fixed, known headers (a Yammer / Viva Engage export file, an identities file), opened by its
/// header: columns are found by their exact (case-insensitive) names, unlike the free-form CSV formats.
///
/// Malformed records become a `malformed_row` warning with their position, as in `DelimitedTable`.
///
/// - Complexity: O(bytes) over the file; memory O(file size) from `data`, O(chunk + one record) from a stream.
struct HeaderTable {
  let path: String
  /// Read-only outside: `nextSpansOrError` leaves the fields of the row it read there (`spanValue`).
  private(set) var tokenizer: CSVTokenizer
  private let indexByName: [String: Int]
  let headers: [String]

  /// Opens `data` (read from `path`) and reads its header line; `delimiter` `nil` detects it from that line.
  /// - Throws: `ImportError.emptyInput` without a header; `.missingColumn` when one of `required` is absent;
  ///   `.unreadable` when the header line has broken quoting.
  init(
    data: Data, path: String, required: [String], delimiter: CSVDelimiter? = .comma
  ) throws(ImportError) {
    try self.init(tokenizer: CSVTokenizer(data: data, delimiter: delimiter), path: path, required: required)
  }

  /// Opens `stream` (the bytes of `path`, read a chunk at a time) and reads its header line.
  /// - Throws: as `init(data:path:required:delimiter:)`, and the stream's read errors.
  init(
    stream: ByteStream, path: String, required: [String], delimiter: CSVDelimiter? = .comma
  ) throws(ImportError) {
    try self.init(tokenizer: CSVTokenizer(stream: stream, delimiter: delimiter), path: path, required: required)
  }

  private init(tokenizer: CSVTokenizer, path: String, required: [String]) throws(ImportError) {
    self.path = path
    self.tokenizer = tokenizer
    switch self.tokenizer.next() {
    case nil:
      if let error = self.tokenizer.readError { throw error }
      throw .emptyInput(path: path)
    case .malformed(let malformed):
      throw .unreadable(path: path, reason: "line \(malformed.line): the header line has \(malformed.reason)")
    case .record(let header):
      headers = header.fields
      var indices: [String: Int] = [:]
      for (index, name) in header.fields.enumerated() {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if indices[key] == nil { indices[key] = index }
      }
      indexByName = indices
    }
    for name in required where indexByName[name] == nil {
      throw .missingColumn(path: path, column: name, headersFound: headers)
    }
  }

  func contains(_ name: String) -> Bool { indexByName[name] != nil }

  /// The index of column `name` (lower-case), for the span accessors below.
  func index(of name: String) -> Int? { indexByName[name] }

  /// The trimmed, non-blank value of column `name` in `record`.
  func value(_ name: String, in record: CSVRecord) -> String? { record.value(at: indexByName[name]) }

  /// The value of `name` exactly as written, or `nil` when the column is absent.
  func rawValue(_ name: String, in record: CSVRecord) -> String? {
    guard let index = indexByName[name], record.fields.indices.contains(index) else { return nil }
    return record.fields[index]
  }

  /// Where column `name` sits in `record` (the record's start when the column is absent).
  func location(_ name: String?, in record: CSVRecord) -> SourceLocation {
    let column = name.flatMap { indexByName[$0] }
    return SourceLocation(path: path, line: record.line, column: record.column(at: column ?? 0))
  }

  /// The next well-formed record; a malformed one is a `malformed_row` warning and returns `.skipped`.
  mutating func next(diagnostics: inout DiagnosticLog) -> DelimitedTable.Row? {
    DelimitedTable.row(from: tokenizer.next(), path: path, diagnostics: &diagnostics)
  }

  /// `next`, except that a stream that failed part way throws instead of ending.
  /// - Throws: the stream's read error (`ImportError.unreadable`, `.corruptArchive`).
  mutating func nextOrError(diagnostics: inout DiagnosticLog) throws(ImportError) -> DelimitedTable.Row? {
    let row = next(diagnostics: &diagnostics)
    if row == nil, let error = tokenizer.readError { throw error }
    return row
  }

  // MARK: The row as spans (no CSVRecord)

  /// Reads the next row as field spans left in `tokenizer`, or `nil` at the end of the file; a malformed record
  /// is diagnosed and skipped as in `next`.
  /// - Throws: the stream's read error, as `nextOrError`.
  /// - Complexity: O(length of the row).
  mutating func nextSpansOrError(diagnostics: inout DiagnosticLog) throws(ImportError) -> DelimitedTable.SpanRow? {
    try DelimitedTable.nextSpans(&tokenizer, path: path, diagnostics: &diagnostics)
  }

  /// `value(_:in:)` of field `index` of the row `nextSpansOrError` read (`nil` for an absent column or field).
  func spanValue(_ index: Int?) -> String? {
    guard let index, index < tokenizer.fieldCount else { return nil }
    return tokenizer.withField(index) { CSVRecord.value(of: $0) }
  }

  /// `body` applied to the UTF-8 bytes of `spanValue(index)`, or `nil` when that is `nil`: the field's own bytes,
  /// with no `String`, when it has no blank (or non-ASCII) byte at either end, and the value trimmed otherwise.
  /// - Complexity: O(field length) plus `body`.
  func withSpanValue<Result>(_ index: Int?, _ body: (UnsafeRawBufferPointer) -> Result?) -> Result? {
    guard let index, index < tokenizer.fieldCount else { return nil }
    return tokenizer.withField(index) { bytes in
      guard let first = bytes.first, let last = bytes.last else { return nil }
      if !CSVRecord.isBlank(first), !CSVRecord.isBlank(last) { return body(bytes) }
      guard var value = CSVRecord.value(of: bytes) else { return nil }
      return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
  }

  /// `body` applied to the UTF-8 bytes of `spanValue(index)`, or to `nil` when that is `nil` (see `withSpanValue`).
  /// - Complexity: O(field length) plus `body`.
  func withSpanBytes<Result>(_ index: Int?, _ body: (UnsafeRawBufferPointer?) -> Result) -> Result {
    guard let index, index < tokenizer.fieldCount else { return body(nil) }
    return tokenizer.withField(index) { bytes in
      guard let first = bytes.first, let last = bytes.last else { return body(nil) }
      if !CSVRecord.isBlank(first), !CSVRecord.isBlank(last) { return body(bytes) }
      guard var value = CSVRecord.value(of: bytes) else { return body(nil) }
      return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
  }

  /// `body` applied to the bytes of `spanRawValue(index)` (empty when the field is absent).
  func withSpanRawBytes<Result>(_ index: Int?, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    guard let index, index < tokenizer.fieldCount else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
    return tokenizer.withField(index, body)
  }

  /// `body` applied at once to the bytes of four fields as `withSpanBytes` gives them and of one as
  /// `withSpanRawBytes` gives it, of the row `nextSpansOrError` read.
  ///
  /// Choice: one call for the fields a direct path reads, so that the caller's closure does not capture the
  /// table: a closure that does, passed to a method of the table, makes the compiler copy the table (retaining
  /// every buffer it holds) at each nested call.
  /// - Complexity: O(length of the five fields) plus `body`.
  func withSpanBytes<Result>(
    _ first: Int?, _ second: Int?, _ third: Int?, _ fourth: Int?, raw: Int?,
    _ body: (
      UnsafeRawBufferPointer?, UnsafeRawBufferPointer?, UnsafeRawBufferPointer?, UnsafeRawBufferPointer?,
      UnsafeRawBufferPointer
    ) -> Result
  ) -> Result {
    withSpanBytes(first) { first in
      withSpanBytes(second) { second in
        withSpanBytes(third) { third in
          withSpanBytes(fourth) { fourth in
            withSpanRawBytes(raw) { raw in body(first, second, third, fourth, raw) }
          }
        }
      }
    }
  }

  /// `rawValue(_:in:)` of field `index` of the row `nextSpansOrError` read.
  func spanRawValue(_ index: Int?) -> String? {
    guard let index, index < tokenizer.fieldCount else { return nil }
    return tokenizer.withField(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether field `index` of the row `nextSpansOrError` read is absent, empty or blank (`spanValue` is `nil`).
  func spanIsBlank(_ index: Int?) -> Bool {
    guard let index, index < tokenizer.fieldCount else { return true }
    return tokenizer.withField(index) { bytes in
      guard let first = bytes.first else { return true }
      return CSVRecord.isBlank(first) && CSVRecord.value(of: bytes) == nil
    }
  }

  /// `location(nil, in:)` of the row `nextSpansOrError` read, when it is known without the row's columns: its
  /// first field starts its line (column 1) unless runs of blanks separate fields; `nil` then.
  var spanRowLocation: SourceLocation? {
    guard tokenizer.delimiter != .whitespace else { return nil }
    return SourceLocation(path: path, line: tokenizer.recordLine, column: 1)
  }
}
