import ConversationModel
import Foundation

/// Streams a Yammer / Viva Engage network data export (a zip or a folder of CSVs): every person of `Users.csv`,
/// then every row of `Messages.csv` (see `YammerMessageParser` for the rules), each row yielded exactly once.
/// A row is read from the tokenizer's field spans (`YammerMessageParser.spanRecord`); one that is not a plain
/// message (deleted, missing a field, a bad time) is made a `CSVRecord` for the checked path.
///
/// Files are found by name, case-insensitively, at the export's root or one folder down (a zip of the export's
/// folder). `Groups.csv` names the groups. Locations name the file (`export.zip!Messages.csv`), line and column.
///
/// - Complexity: O(export size) time; memory O(people + groups + one chunk and row): every CSV is streamed.
struct YammerReader: RecordReader {
  private let people: [PersonRecord]
  private var nextPerson = 0
  private var table: HeaderTable
  private let parser: YammerMessageParser
  private var pending = DiagnosticLog()

  /// The entry of `input` named `name` (case-insensitive), at the root or one folder down.
  static func entry(_ name: String, in entries: [String]) -> String? {
    let matches = entries.filter { entry in
      let parts = entry.lowercased().split(separator: "/")
      return parts.last.map(String.init) == name && parts.count <= 2
    }
    return matches.min { $0.count < $1.count }
  }

  /// Reads the directory files and opens `Messages.csv`.
  /// - Throws: `ImportError.formatMismatch` without a `Messages.csv`, `.missingColumn` when it lacks `id`,
  ///   `sender_id` or `created_at`, read errors.
  init(input: InputSource) throws(ImportError) {
    guard let messages = Self.entry("messages.csv", in: input.entries) else {
      throw .formatMismatch(path: input.path, format: ExportFormat.yammer.rawValue,
                            expected: "a Yammer network export with Messages.csv")
    }
    let directory = try YammerDirectory(
      input: input, usersEntry: Self.entry("users.csv", in: input.entries),
      groupsEntry: Self.entry("groups.csv", in: input.entries), diagnostics: &pending)
    people = directory.people
    table = try HeaderTable(
      stream: try input.stream(of: messages), path: input.displayPath(of: messages),
      required: ["id", "sender_id", "created_at"])
    parser = YammerMessageParser(groupNames: directory.groupNames, columns: .init(table))
  }

  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    if pending.totalCount > 0 {
      diagnostics.merge(pending)
      pending = DiagnosticLog()
    }
    if nextPerson < people.count {
      nextPerson += 1
      return .person(people[nextPerson - 1])
    }
    switch try table.nextSpansOrError(diagnostics: &diagnostics) {
    case nil: return nil
    case .skipped(let skipped): return skipped
    case .spans:
      if let record = parser.spanRecord(table: table) { return record }
      return parser.record(table.tokenizer.currentRecord(), table: table, diagnostics: &diagnostics)
    }
  }

  /// Reads the export into `builder` as one input (`CorpusBuilder.beginInput`), every person id through
  /// `namespace`, which must have no renames: the same records, tallies and diagnostics as `builder.read` of a
  /// `NamespacedReader` of `self`, but a message row the direct path takes (`YammerMessageParser.addSpanRow`)
  /// goes to the builder by its bytes, with no `ImportRecord`, no `String` for its body and the namespace's prefix
  /// given to the builder rather than put before each id. Other rows and the people of `Users.csv` are read as
  /// `next` reads them and passed through `namespace`.
  /// - Throws: the stream's read error, as `next` does (the rows before it added).
  /// - Complexity: O(export size) time.
  mutating func read(
    into builder: inout CorpusBuilder, path: String, format: String, namespace: PersonNamespace
  ) throws(ImportError) {
    builder.beginInput(path: path, format: format)
    var memo = PersonNamespace.Memo()
    if pending.totalCount > 0 {
      builder.withDiagnostics { $0.merge(pending) }
      pending = DiagnosticLog()
    }
    while nextPerson < people.count {
      nextPerson += 1
      builder.add(namespace.apply(.person(people[nextPerson - 1]), memo: &memo))
    }
    let prefix = Array((namespace.prefix ?? "").utf8)
    // `Array.withUnsafeBytes` rethrows untyped errors: the rows' `ImportError` passes through a `Result`.
    let rows = prefix.withUnsafeBytes { prefix in
      Result { () throws(ImportError) in
        try readRows(into: &builder, personPrefix: prefix, namespace: namespace, memo: &memo)
      }
    }
    try rows.get()
  }

  /// The rows of `Messages.csv` for `read(into:path:format:namespace:)`, every person id after `personPrefix`
  /// (the namespace's prefix) on the direct path. A method of its own so that the table is passed on by address:
  /// a closure around the call made the compiler copy the table for every row.
  /// - Throws: the stream's read error.
  /// - Complexity: O(file size) time.
  private mutating func readRows(
    into builder: inout CorpusBuilder, personPrefix: UnsafeRawBufferPointer, namespace: PersonNamespace,
    memo: inout PersonNamespace.Memo
  ) throws(ImportError) {
    var ranges: [Range<Int>] = []
    let parser = parser
    while true {
      let row = try builder.withDiagnostics { (log) throws(ImportError) in
        try table.nextSpansOrError(diagnostics: &log)
      }
      switch row {
      case nil: return
      case .skipped(let skipped)?:
        builder.add(skipped)
        continue
      case .spans?: break
      }
      if parser.addSpanRow(table: &table, personPrefix: personPrefix, ranges: &ranges, to: &builder) { continue }
      let record = parser.spanRecord(table: table) ?? builder.withDiagnostics {
        parser.record(table.tokenizer.currentRecord(), table: table, diagnostics: &$0)
      }
      builder.add(namespace.apply(record, memo: &memo))
    }
  }
}
