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
    case .record(let record):
      switch validate(record, diagnostics: &diagnostics) {
      case .skipped(let skipped): return skipped
      case .valid(let row):
        let location = SourceLocation(path: table.path, line: record.line, column: record.column(at: 0))
        return .interaction(
          InteractionRecord(
            source: row.source, target: row.target, time: row.time, weight: row.weight, kind: row.kind,
            location: location))
      }
    }
  }

  /// Reads every row into `builder` as one input (`CorpusBuilder.beginInput`): the same records, tallies and
  /// diagnostics as `builder.read(&self, …)`, but a valid row goes straight to `addInteraction(sourceBytes:…)`,
  /// so no `ImportRecord` is built and a person id seen before is found by its bytes.
  /// - Throws: the stream's read error, as `next` does.
  /// - Complexity: O(bytes) time.
  mutating func read(into builder: inout CorpusBuilder, path: String, format: String) throws(ImportError) {
    builder.beginInput(path: path, format: format)
    while true {
      let next = try builder.withDiagnostics { (log) throws(ImportError) in
        try table.nextRowOrError(diagnostics: &log)
      }
      guard let next else { return }
      switch next {
      case .skipped(let skipped): builder.add(skipped)
      case .record(let record):
        switch builder.withDiagnostics({ validate(record, diagnostics: &$0) }) {
        case .skipped(let skipped): builder.add(skipped)
        case .valid(var row):
          row.source.withUTF8 { source in
            row.target.withUTF8 { target in
              builder.addInteraction(
                sourceBytes: UnsafeRawBufferPointer(source), targetBytes: UnsafeRawBufferPointer(target),
                time: row.time, weight: row.weight, kind: row.kind)
            }
          }
        }
      }
    }
  }

  /// The checked fields of a row that yields an interaction.
  private struct ValidRow {
    var source: String
    var target: String
    var time: Date?
    var weight: Double
    var kind: InteractionKind
  }

  /// A row checked against the rules above, or the skipped record its first bad field makes.
  private enum Checked {
    case valid(ValidRow)
    case skipped(ImportRecord)
  }

  private func validate(_ record: CSVRecord, diagnostics: inout DiagnosticLog) -> Checked {
    let columns = table.columns
    guard let source = columns.value(.source, in: record), let target = columns.value(.target, in: record) else {
      let key: ColumnKey = columns.value(.source, in: record) == nil ? .source : .target
      return .skipped(
        table.skip(record, reason: "missing_endpoint", key: key, message: "row has no \(key.rawValue); skipped",
                   value: nil, diagnostics: &diagnostics))
    }
    var time: Date?
    if let text = columns.value(.time, in: record) {
      guard let parsed = TimestampParser.date(from: text) else {
        return .skipped(
          table.skip(record, reason: "invalid_timestamp", key: .time,
                     message: "timestamp is not ISO 8601 or Unix seconds; row skipped", value: text,
                     diagnostics: &diagnostics))
      }
      time = parsed
    }
    var weight = 1.0
    if let text = columns.value(.weight, in: record) {
      guard let parsed = Double(text), parsed.isFinite, parsed > 0 else {
        return .skipped(
          table.skip(record, reason: "invalid_weight", key: .weight,
                     message: "weight is not a positive number; row skipped", value: text,
                     diagnostics: &diagnostics))
      }
      weight = parsed
    }
    var kind = InteractionKind.message
    if let text = columns.value(.kind, in: record) {
      guard let parsed = InteractionKind(rawValue: text.lowercased()) else {
        let expected = InteractionKind.allCases.map(\.rawValue).joined(separator: ", ")
        return .skipped(
          table.skip(record, reason: "invalid_kind", key: .kind,
                     message: "unknown interaction kind (expected one of: \(expected)); row skipped",
                     value: text, diagnostics: &diagnostics))
      }
      kind = parsed
    }
    return .valid(ValidRow(source: source, target: target, time: time, weight: weight, kind: kind))
  }
}
