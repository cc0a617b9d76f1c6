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
  /// The size of the file at `path` when the stream is one (a hint for `reserveFromSample`), else `nil`.
  private var fileSize: Int?
  /// Plain decimal rows read so far and their bytes, counted up to `sampleRows` (see `reserve(_:sample:)`).
  private var sample = InteractionsCSVPlainRows.Sample()
  static let sampleRows = 4_096
  /// The fused scanner of plain decimal rows (`nil` without source and target columns), and how many rows the
  /// tokenizer reads before it is tried again after it took none (`backoff`, doubled at each such try).
  private var plainRows: InteractionsCSVPlainRows?
  private var pause = 0
  private var backoff = 0

  /// - Throws: see `DelimitedTable.init`.
  init(data: Data, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      data: data, path: path, schema: .interactions, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
    plainRows = InteractionsCSVPlainRows(columns: table.columns)
  }

  /// Reads `stream` (the bytes of `path`) a chunk at a time: memory stays at one chunk plus one record.
  /// - Throws: see `DelimitedTable.init`.
  init(stream: ByteStream, path: String, options: ImportOptions) throws(ImportError) {
    table = try DelimitedTable(
      stream: stream, path: path, schema: .interactions, mapping: options.columns, header: options.header,
      delimiter: options.delimiter)
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    fileSize = (attributes?[.size] as? NSNumber)?.intValue
    plainRows = InteractionsCSVPlainRows(columns: table.columns)
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
  /// diagnostics as `builder.read(&self, …)`, but a valid row goes straight to the builder, so no `ImportRecord`
  /// is built and a person id seen before is found by its bytes. A plain row (see `addPlainRow`) is read from
  /// the tokenizer's bytes with no `String` at all, and one whose ids are both canonical decimal numbers is
  /// gathered in a `DecimalEdgeBatch` (`CorpusBuilder.addInteractions(_:)`, which overlaps the look-ups of a
  /// batch); the batch is added before any other row reaches the builder, so the order is that of the file. Any
  /// other row is made a `CSVRecord` and checked by `validate`, the same rules as `next`. Runs of plain decimal
  /// rows are read before the tokenizer by `InteractionsCSVPlainRows`, the rows `addPlainRow` would batch.
  /// - Throws: the stream's read error, as `next` does (the rows before it added).
  /// - Complexity: O(bytes) time.
  mutating func read(into builder: inout CorpusBuilder, path: String, format: String) throws(ImportError) {
    builder.beginInput(path: path, format: format)
    if let fileSize { builder.expectDirectInput(bytes: fileSize) }
    var batch = DecimalEdgeBatch()
    defer { builder.addInteractions(batch) }
    while true {
      scanPlainRows(into: &builder, batch: &batch)
      let next = try builder.withDiagnostics { (log) throws(ImportError) in
        try table.nextSpansOrError(diagnostics: &log)
      }
      guard let next else { return }
      if case .spans = next, addPlainRow(to: &builder, batch: &batch) { continue }
      builder.addInteractions(batch)
      batch.removeAll()
      switch next {
      case .skipped(let skipped): builder.add(skipped)
      case .spans:
        let record = table.tokenizer.currentRecord()
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

  /// Takes the row the tokenizer holds when it needs no check beyond its bytes, and returns whether it did: into
  /// `batch` (added to `builder` when full) when both ids are canonical decimal numbers, else straight to
  /// `builder` after the batch.
  ///
  /// Definition: plain means source and target present, non-empty and starting and ending with an ASCII
  /// non-blank byte (so `CSVRecord.value` would return them untrimmed), time and kind absent or empty, and the
  /// weight absent, empty or 1 to 15 ASCII digits with a value above 0 (exactly what `Double(text)` gives). Any
  /// other row returns false untouched, for the `String` path.
  /// - Complexity: O(row length).
  private mutating func addPlainRow(to builder: inout CorpusBuilder, batch: inout DecimalEdgeBatch) -> Bool {
    // The tokenizer is read in place here (a copy of it, or of the columns, costs a retain and release of each
    // of their arrays per row).
    let count = table.tokenizer.fieldCount
    guard let sourceIndex = table.columns.index(of: .source), sourceIndex < count,
      let targetIndex = table.columns.index(of: .target), targetIndex < count,
      isEmptyOrAbsent(table.columns.index(of: .time)), isEmptyOrAbsent(table.columns.index(of: .kind))
    else { return false }
    var weight = 1.0
    if let index = table.columns.index(of: .weight), index < count {
      guard let parsed = table.tokenizer.withField(index, Self.plainWeight) else { return false }
      weight = parsed
    }
    let source = table.tokenizer.withField(sourceIndex, DecimalKeyTable.number(of:))
    if let source, let target = table.tokenizer.withField(targetIndex, DecimalKeyTable.number(of:)) {
      batch.append(source: source, target: target, weight: weight)
      if batch.isFull {
        builder.addInteractions(batch)
        batch.removeAll()
      }
      if sample.rows < Self.sampleRows { reserveFromSample(builder: &builder) }
      return true
    }
    let tokenizer = table.tokenizer
    return tokenizer.withField(sourceIndex) { source in
      guard Self.isPlainID(source) else { return false }
      return tokenizer.withField(targetIndex) { target in
        guard Self.isPlainID(target) else { return false }
        builder.addInteractions(batch)
        batch.removeAll()
        builder.addInteraction(sourceBytes: source, targetBytes: target, time: nil, weight: weight, kind: .message)
        return true
      }
    }
  }

  /// Reads the plain decimal rows at the tokenizer's position with `InteractionsCSVPlainRows` (unless it is
  /// paused), after the rows in `batch`. A try that takes no row pauses the scanner for `backoff` tokenizer rows
  /// and doubles `backoff` (up to 1,024), so that a file of other rows is not scanned twice; a try that takes
  /// rows resets it.
  private mutating func scanPlainRows(into builder: inout CorpusBuilder, batch: inout DecimalEdgeBatch) {
    guard let plainRows else { return }
    guard pause == 0 else {
      pause -= 1
      return
    }
    // The scanner adds its rows itself: those batched before them go first.
    if batch.count > 0 {
      builder.addInteractions(batch)
      batch.removeAll()
    }
    var sample = self.sample
    let fileSize = self.fileSize
    var lines = 0
    table.tokenizer.consumeLines { buffer, separator in
      let taken = plainRows.scan(
        buffer, separator: separator, builder: &builder, sample: &sample,
        reserve: { Self.reserve(&$0, sample: $1, fileSize: fileSize) })
      lines = taken.lines
      return taken
    }
    self.sample = sample
    if lines > 0 {
      backoff = 0
    } else {
      pause = backoff
      backoff = Swift.min(2 * backoff + 1, 1_024)
    }
  }

  /// Counts the current plain decimal row in `sample`; at the `sampleRows`-th, reserves (`reserve`).
  private mutating func reserveFromSample(builder: inout CorpusBuilder) {
    let tokenizer = table.tokenizer
    sample.rows += 1
    sample.bytes += tokenizer.fieldCount
    for field in 0 ..< tokenizer.fieldCount { sample.bytes += tokenizer.withField(field) { $0.count } }
    if sample.rows == Self.sampleRows { Self.reserve(&builder, sample: sample, fileSize: fileSize) }
  }

  /// Reserves the interactions the rest of the file holds at the sample's bytes per row, plus 1 %, so that the
  /// builder's array does not grow by doubling (its copies and their page faults were a fifth of an edge list's
  /// load). Rows longer or shorter than the sample's only make the array grow, or keep unused capacity.
  private static func reserve(
    _ builder: inout CorpusBuilder, sample: InteractionsCSVPlainRows.Sample, fileSize: Int?
  ) {
    guard let fileSize, sample.bytes > 0 else { return }
    let rest = fileSize / sample.bytes * sample.rows + fileSize % sample.bytes * sample.rows / sample.bytes
    builder.reserveDirectInteractions(rest + rest / 100 - sample.rows)
  }

  private func isEmptyOrAbsent(_ index: Int?) -> Bool {
    guard let index, index < table.tokenizer.fieldCount else { return true }
    return table.tokenizer.withField(index) { $0.isEmpty }
  }

  /// An id `CSVRecord.value` returns as it is: non-empty, first and last bytes ASCII and not blank.
  private static func isPlainID(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    return isPlainEdge(first) && isPlainEdge(last)
  }

  private static func isPlainEdge(_ byte: UInt8) -> Bool {
    byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n")
      && byte != UInt8(ascii: "\r")
  }

  /// The weight of an empty field (1), or of 1 to 15 ASCII digits above 0 (exact in a `Double`); else `nil`.
  private static func plainWeight(_ bytes: UnsafeRawBufferPointer) -> Double? {
    guard !bytes.isEmpty else { return 1 }
    guard bytes.count <= 15 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value > 0 ? Double(value) : nil
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
