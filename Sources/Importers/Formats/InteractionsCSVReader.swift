import ConversationModel
import Foundation

/// Reads interactions that are already person to person (e-mail logs, edge lists):
/// `source,target[,timestamp][,weight][,kind]`.
///
/// Choices:
/// - Header synonyms `from`/`to` and `sender`/`recipient` are recognised; `--columns` maps others.
/// - Without a header (`ImportOptions.Header.absent`) columns are source, target, time, weight by position,
///   and a space-separated file (SNAP edge lists) is detected.
/// - `kind` defaults to `message`; a value other than reply, mention, reaction or message is a warning and
///   the row is skipped (`invalid_kind`). `weight` defaults to 1 and must be a positive finite number
///   (`invalid_weight`). A time column value that is present but unparseable skips the row
///   (`invalid_timestamp`); a blank time leaves it unknown. A blank source or target skips the row
///   (`missing_endpoint`).
///
/// - Complexity: O(bytes) time; memory O(chunk + longest record) when streamed, O(file size) from `Data`.
struct InteractionsCSVReader: RecordReader {
  private var table: DelimitedTable

  /// - Throws: see `DelimitedTable.init`.
  init(data: Data, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      data: data, path: path, schema: .interactions, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
  }

  /// Reads `stream` (the bytes of `path`) a chunk at a time: memory stays at one chunk plus one record.
  /// - Throws: see `DelimitedTable.init`.
  init(stream: ByteStream, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      stream: stream, path: path, schema: .interactions, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
  }

  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    switch try table.nextRowOrError(diagnostics: &diagnostics) {
    case nil: return nil
    case .skipped(let skipped): return skipped
    case .record(let record): return interaction(from: record, diagnostics: &diagnostics)
    }
  }

  private func interaction(from record: CSVRecord, diagnostics: inout DiagnosticLog) -> ImportRecord {
    let columns = table.columns
    guard let source = columns.value(.source, in: record), let target = columns.value(.target, in: record) else {
      let key: ColumnKey = columns.value(.source, in: record) == nil ? .source : .target
      return table.skip(record, reason: "missing_endpoint", key: key, message: "row has no \(key.rawValue); skipped",
                        value: nil, diagnostics: &diagnostics)
    }
    var time: Date?
    if let text = columns.value(.time, in: record) {
      guard let parsed = TimestampParser.date(from: text) else {
        return table.skip(record, reason: "invalid_timestamp", key: .time,
                          message: "timestamp is not ISO 8601 or Unix seconds; row skipped", value: text,
                          diagnostics: &diagnostics)
      }
      time = parsed
    }
    var weight = 1.0
    if let text = columns.value(.weight, in: record) {
      guard let parsed = Double(text), parsed.isFinite, parsed > 0 else {
        return table.skip(record, reason: "invalid_weight", key: .weight,
                          message: "weight is not a positive number; row skipped", value: text,
                          diagnostics: &diagnostics)
      }
      weight = parsed
    }
    var kind = InteractionKind.message
    if let text = columns.value(.kind, in: record) {
      guard let parsed = InteractionKind(rawValue: text.lowercased()) else {
        let expected = InteractionKind.allCases.map(\.rawValue).joined(separator: ", ")
        return table.skip(record, reason: "invalid_kind", key: .kind,
                          message: "unknown interaction kind (expected one of: \(expected)); row skipped",
                          value: text, diagnostics: &diagnostics)
      }
      kind = parsed
    }
    let location = SourceLocation(path: table.path, line: record.line, column: record.column(at: 0))
    return .interaction(
      InteractionRecord(source: source, target: target, time: time, weight: weight, kind: kind, location: location))
  }
}
