import ConversationModel
import Foundation

/// Streams DiscordChatExporter (DCE) exports: one channel file, or a folder or zip of them, in JSON or CSV.
///
/// Definitions (FORMATS.md §5): a JSON file is `{guild, channel, …, messages: [...]}`; its header is read by
/// `DiscordHeader` and its messages streamed one element at a time by `JSONElementReader`, each parsed by
/// `DiscordMessageParser`. A CSV file has the header `AuthorID,Author,Date,Content,Attachments,Reactions` (`,`,
/// or `;` in older versions), read by `HeaderTable` and `DiscordCSVRow`: it has no message ids and no reply
/// pointers; a row is read from the tokenizer's field spans (`DiscordCSVRow.spanRecords`), and made a
/// `CSVRecord` only when it is skipped. In a folder or zip every `.json` file that is a DCE export and every
/// `.csv` file with that header is read in path order; other `.json` and `.csv` files get a
/// `not_a_discord_export` note.
///
/// Each message element or row read is yielded exactly once, as `.message` or `.skipped` (a malformed JSON
/// element is `.skipped` as `invalid_json` with its line and column, a malformed row as `malformed_row`), so
/// records read = used + skipped. An author is yielded as a person just before their first message.
///
/// - Complexity: O(export size) time; memory O(authors + one message), JSON and CSV both streamed.
struct DiscordReader: RecordReader {
  private enum Current {
    case json(JSONElementReader)
    case csv
  }

  /// The CSV file being read and how its rows become records, kept apart from `current` so that each row is read
  /// in place (the table is not moved out of an enum and back per row).
  private struct CSVFile {
    var table: HeaderTable
    let row: DiscordCSVRow

    /// What one row gave: nothing more (the file's end), one record, a person and a message, or several.
    enum Step {
      case end
      case one(ImportRecord)
      case pair(PersonRecord, ImportRecord)
      case many([ImportRecord])
    }

    /// The records of the next row (see `DiscordReader.next`).
    mutating func next(
      announced: inout Set<String>, authors: inout [UInt64: String], diagnostics: inout DiagnosticLog
    ) throws(ImportError) -> Step {
      switch try table.nextSpansOrError(diagnostics: &diagnostics) {
      case nil: return .end
      case .skipped(let skipped): return .one(skipped)
      case .spans:
        guard let records = row.spanRecords(table: table, announced: &announced, authors: &authors) else {
          return .many(row.records(
            table.tokenizer.currentRecord(), table: table, announced: &announced, diagnostics: &diagnostics))
        }
        guard let person = records.person else { return .one(records.message) }
        return .pair(person, records.message)
      }
    }

    /// Adds the records of the next row to `builder`, the same as `next` gives, a row the direct path takes
    /// (`DiscordCSVRow.addSpanRow`) by its bytes; false at the file's end.
    mutating func add(
      into builder: inout CorpusBuilder, announced: inout Set<String>, authors: inout [UInt64: String],
      ranges: inout [Range<Int>]
    ) throws(ImportError) -> Bool {
      let next = try builder.withDiagnostics { (log) throws(ImportError) in
        try table.nextSpansOrError(diagnostics: &log)
      }
      switch next {
      case nil: return false
      case .skipped(let skipped)?: builder.add(skipped)
      case .spans?:
        if row.addSpanRow(table: table, announced: &announced, authors: &authors, ranges: &ranges, to: &builder) {
          return true
        }
        guard let records = row.spanRecords(table: table, announced: &announced, authors: &authors) else {
          let records = builder.withDiagnostics {
            row.records(table.tokenizer.currentRecord(), table: table, announced: &announced, diagnostics: &$0)
          }
          for record in records { builder.add(record) }
          return true
        }
        if let person = records.person { builder.add(.person(person)) }
        builder.add(records.message)
      }
      return true
    }
  }

  private let input: InputSource
  private let files: [String]
  private var nextFile = 0
  private var current: Current?
  private var csv: CSVFile?
  private var parser = DiscordMessageParser()
  private var announced: Set<String> = []
  /// The CSV authors announced so far by their numeric id (`DiscordCSVRow.spanRecords`).
  private var csvAuthors: [UInt64: String] = [:]
  private var pending: [ImportRecord] = []
  /// The message of a CSV row whose author's person record was returned first (no array per row).
  private var queued: ImportRecord?

  /// Lists the files of `input` to read: the file itself, or the `.json` and `.csv` entries of a container.
  init(input: InputSource) {
    self.input = input
    files = input.kind == .file ? Array(input.entries.prefix(1)) : input.entries.filter(Self.isCandidate).sorted()
  }

  /// - Throws: `ImportError.invalidJSON` when a JSON file cannot be framed (truncated, not an object);
  ///   `.missingColumn` for a single CSV file without `AuthorID` or `Date`; read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    if let record = queued {
      queued = nil
      return record
    }
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      switch current {
      case .json(var reader):
        current = nil
        if let item = try reader.next() {
          let entry = reader.elementIndex
          current = .json(reader)
          pending = records(item, entry: entry, diagnostics: &diagnostics)
          continue
        }
      case .csv:
        switch try csv?.next(announced: &announced, authors: &csvAuthors, diagnostics: &diagnostics) ?? .end {
        case .end:
          current = nil
          csv = nil
        case .one(let record): return record
        case .pair(let person, let message):
          queued = message
          return .person(person)
        case .many(let records):
          pending = records
          continue
        }
      case nil: break
      }
      guard nextFile < files.count else { return nil }
      nextFile += 1
      try open(files[nextFile - 1], diagnostics: &diagnostics)
    }
  }

  /// Reads every file into `builder` as one input (`CorpusBuilder.beginInput`): the same records, tallies and
  /// diagnostics as `builder.read(&self, …)`, but the rows of a CSV file go to the builder as
  /// `CSVFile.add(into:…)` adds them, most by their bytes with no `ImportRecord`; JSON files are read by `next`.
  /// - Throws: as `next` (the records before the error added).
  /// - Complexity: O(export size) time.
  mutating func read(into builder: inout CorpusBuilder, path: String, format: String) throws(ImportError) {
    builder.beginInput(path: path, format: format)
    var ranges: [Range<Int>] = []
    while true {
      if queued == nil, pending.isEmpty, case .csv = current {
        let added = try csv?.add(into: &builder, announced: &announced, authors: &csvAuthors, ranges: &ranges)
        if added == true { continue }
        current = nil
        csv = nil
      }
      let record = try builder.withDiagnostics { (log) throws(ImportError) in try next(diagnostics: &log) }
      guard let record else { return }
      builder.add(record)
    }
  }

  private mutating func open(_ entry: String, diagnostics: inout DiagnosticLog) throws(ImportError) {
    let path = input.displayPath(of: entry)
    let stem = Self.stem(of: entry)
    if try Self.isJSON(try input.stream(of: entry)) {
      let header = DiscordHeader(try input.stream(of: entry))
      guard input.kind == .file || header.isExport else { return noteForeign(path, &diagnostics) }
      parser.channel = header.channelName ?? header.channelID ?? stem
      parser.path = path
      current = .json(JSONElementReader(
        try input.stream(of: entry), shape: .page(keys: ["messages"]), members: DiscordMessageParser.usedMembers))
      return
    }
    if input.kind != .file {
      var head = try input.stream(of: entry, chunkSize: 4096)
      guard Self.isDiscordCSV(Data(try head.nextChunk() ?? [])) else { return noteForeign(path, &diagnostics) }
    }
    let table = try HeaderTable(
      stream: try input.stream(of: entry), path: path, required: ["authorid", "date"], delimiter: nil)
    csv = CSVFile(table: table, row: DiscordCSVRow(channel: stem, columns: .init(table)))
    current = .csv
  }

  private mutating func records(_ item: JSONItem, entry: Int, diagnostics: inout DiagnosticLog) -> [ImportRecord] {
    switch item {
    case .value(let value):
      return parser.records(from: value, entry: entry, announced: &announced, diagnostics: &diagnostics)
    case .malformed(let line, let column, let detail):
      let location = SourceLocation(path: parser.path, line: line, column: column, entry: entry)
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed message skipped: \(detail)", location: location))
      return [.skipped(reason: "invalid_json", location: location)]
    }
  }

  private func noteForeign(_ path: String, _ diagnostics: inout DiagnosticLog) {
    diagnostics.emit(Diagnostic(
      .note, kind: "not_a_discord_export", message: "file is not a DiscordChatExporter export; not read",
      location: SourceLocation(path: path)))
  }

  // MARK: Detection

  /// A `.json` or `.csv` entry outside hidden folders.
  static func isCandidate(_ entry: String) -> Bool {
    let lower = entry.lowercased()
    return (lower.hasSuffix(".json") || lower.hasSuffix(".csv")) && !entry.split(separator: "/").contains {
      $0.hasPrefix(".")
    }
  }

  /// Whether `data` (a file's start) is a DCE JSON export or a DCE CSV.
  static func looksLikeExport(_ data: Data) -> Bool {
    let prefix = Array(data.prefix(64 * 1024))
    if DiscordHeader(ByteStream(bytes: prefix, path: "")).isExport { return true }
    return isDiscordCSV(data)
  }

  /// Whether one of the first eight candidate entries of a folder or zip is a DCE export.
  static func containsExport(_ input: InputSource) -> Bool {
    for entry in input.entries.filter(isCandidate).sorted().prefix(8) {
      guard var stream = try? input.stream(of: entry), let chunk = try? stream.nextChunk() else { continue }
      if looksLikeExport(Data(chunk)) { return true }
    }
    return false
  }

  /// A header line starting `AuthorID`, `Author`, `Date`, `Content` (any case, `,` or `;`).
  static func isDiscordCSV(_ data: Data) -> Bool {
    var tokenizer = CSVTokenizer(data: data.prefix(4096))
    guard case .record(let header) = tokenizer.next() else { return false }
    let names = header.fields.prefix(4).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    return names == ["authorid", "author", "date", "content"]
  }

  /// Whether the stream's first non-blank byte (after a byte-order mark) opens a JSON object.
  private static func isJSON(_ stream: ByteStream) throws(ImportError) -> Bool {
    var stream = stream
    while let chunk = try stream.nextChunk() {
      let bytes = chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? chunk.dropFirst(3) : chunk[...]
      if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
        return first == UInt8(ascii: "{")
      }
    }
    return false
  }

  private static func stem(of entry: String) -> String {
    let name = entry.split(separator: "/").last.map(String.init) ?? entry
    guard let dot = name.lastIndex(of: ".") else { return name }
    return String(name[..<dot])
  }
}
