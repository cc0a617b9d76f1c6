import ConversationModel
import Foundation

/// Reads the universal messages CSV: one message per row with `id`, `author`, `time` and optional `reply_to`,
/// `thread`, `channel`, `text` columns.
///
/// Choices:
/// - Replies nest: `replyTo` is the `reply_to` value (the direct parent). A row with no `reply_to` but a `thread`
///   value other than its own id answers the thread root (flat threads exported this way).
/// - Timestamps: see `TimestampParser` (ISO 8601 with or without zone, date only, `YYYY-MM-DD HH:MM:SS`, Unix
///   seconds); no zone means UTC.
/// - Rows are skipped with a warning, never guessed: `missing_id`, `missing_author`, `invalid_timestamp` (blank
///   or unparseable time), `malformed_row` (broken quoting).
///
/// - Complexity: O(bytes) time; memory O(chunk + longest record) when streamed, O(file size) from `Data`.
struct MessagesCSVReader: RecordReader {
  private var table: DelimitedTable

  /// - Throws: see `DelimitedTable.init`.
  init(data: Data, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      data: data, path: path, schema: .messages, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
  }

  /// Reads `stream` (the bytes of `path`) a chunk at a time: memory stays at one chunk plus one record.
  /// - Throws: see `DelimitedTable.init`.
  init(stream: ByteStream, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      stream: stream, path: path, schema: .messages, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
  }

  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    switch try table.nextRowOrError(diagnostics: &diagnostics) {
    case nil: return nil
    case .skipped(let skipped): return skipped
    case .record(let record): return message(from: record, diagnostics: &diagnostics)
    }
  }

  private func message(from record: CSVRecord, diagnostics: inout DiagnosticLog) -> ImportRecord {
    let columns = table.columns
    guard let id = columns.value(.id, in: record) else {
      return table.skip(record, reason: "missing_id", key: .id, message: "row has no message id; skipped",
                        value: nil, diagnostics: &diagnostics)
    }
    guard let author = columns.value(.author, in: record) else {
      return table.skip(record, reason: "missing_author", key: .author, message: "message has no author; skipped",
                        value: id, diagnostics: &diagnostics)
    }
    let timeText = columns.value(.time, in: record)
    guard let time = timeText.flatMap(TimestampParser.date(from:)) else {
      return table.skip(record, reason: "invalid_timestamp", key: .time,
                        message: "timestamp is blank or not ISO 8601 or Unix seconds; message skipped",
                        value: timeText ?? "", diagnostics: &diagnostics)
    }
    let thread = columns.value(.thread, in: record)
    let replyTo = columns.value(.replyTo, in: record) ?? thread.flatMap { $0 == id ? nil : $0 }
    return .message(
      MessageRecord(
        id: id, author: author, time: time, channel: columns.value(.channel, in: record), replyTo: replyTo,
        threadRoot: thread, text: columns.rawValue(.text, in: record),
        location: SourceLocation(path: table.path, line: record.line, column: record.column(at: 0))))
  }
}
