import ConversationModel
import Foundation

/// Streams a Zulip organization export (`manage.py export`, FORMATS.md §8): the `.tar.gz` itself, or its folder
/// (or a zip of it), holding `realm.json` and `messages-000001.json`, `messages-000002.json`, ….
///
/// Order: `realm.json` is parsed first, whatever the order in a tarball (`ZulipFiles`), and each of its people is
/// yielded as a `.person` (`ZulipDirectory`); then the message files, each streamed element by element through
/// the `zerver_message` array of `{"zerver_message": [...], "zerver_usermessage": [...]}` (the per-user flags
/// are skipped without being kept), so a large message file is never held whole.
///
/// Counting: each `zerver_message` element is exactly one record, `.message` or `.skipped` by reason
/// (`ZulipMessageParser`; an element that is not valid JSON is `invalid_json` with its line and column), so
/// records read = used + skipped. Locations name the file (`export.tar.gz!zulip-export-x/messages-000001.json`)
/// and the 1-based entry. A message file that cannot be framed (truncated, not an object) is
/// `ImportError.invalidJSON`; a damaged tarball `ImportError.corruptTarball`.
///
/// - Complexity: O(input size) time (a tarball with message files before `realm.json`: two passes); memory
///   O(realm.json + people + reactions + one message).
struct ZulipReader: RecordReader {
  /// `realm.json` may be large for a large organisation (subscriptions); it is one JSON value read whole.
  static let maximumRealmBytes = 1 << 30

  private var files: ZulipFiles
  private var parser: ZulipMessageParser?
  private var elements: JSONElementReader?
  private var pending: [ImportRecord] = []
  private var nextPending = 0

  /// - Throws: `ImportError.formatMismatch` for a folder or zip without `realm.json`; archive errors.
  init(input: InputSource) throws(ImportError) {
    guard let files = try ZulipFiles.locate(input) else {
      throw .formatMismatch(path: input.path, format: ExportFormat.zulip.rawValue,
                            expected: "a Zulip export: a .tar.gz, or a folder with realm.json and messages-*.json")
    }
    self.files = files
  }

  /// - Throws: `ImportError.invalidJSON` for a `realm.json` that is not a JSON object or a message file that
  ///   cannot be framed; tarball and read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while true {
      if nextPending < pending.count {
        nextPending += 1
        return pending[nextPending - 1]
      }
      guard var parser else {
        let directory = try readDirectory(diagnostics: &diagnostics)
        parser = ZulipMessageParser(path: "", directory: directory)
        pending = directory.people.map(ImportRecord.person)
        nextPending = 0
        continue
      }
      if var reader = elements {
        elements = nil
        if let item = try reader.next() {
          let entry = reader.elementIndex
          elements = reader
          return record(item, entry: entry, parser: parser, diagnostics: &diagnostics)
        }
      }
      guard let stream = try files.nextMessages() else { return nil }
      parser.path = stream.path
      self.parser = parser
      elements = JSONElementReader(
        stream, shape: .page(keys: ["zerver_message"]), members: ZulipMessageParser.usedMembers)
    }
  }

  private mutating func readDirectory(diagnostics: inout DiagnosticLog) throws(ImportError) -> ZulipDirectory {
    let stream = try files.realm()
    let path = stream.path
    var reader = JSONElementReader(stream, shape: .single, maximumElementBytes: Self.maximumRealmBytes)
    switch try reader.next() {
    case .value(let realm) where realm.object != nil:
      return ZulipDirectory(realm: realm, path: path, diagnostics: &diagnostics)
    case .malformed(let line, let column, let detail):
      throw .invalidJSON(path: path, line: line, column: column, detail: detail)
    default:
      throw .invalidJSON(path: path, line: 1, column: 1, detail: "realm.json is not a JSON object")
    }
  }

  private func record(
    _ item: JSONItem, entry: Int, parser: ZulipMessageParser, diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    switch item {
    case .value(let value):
      return parser.record(value, entry: entry, diagnostics: &diagnostics)
    case .malformed(let line, let column, let detail):
      let location = SourceLocation(path: parser.path, line: line, column: column, entry: entry)
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed message skipped: \(detail)", location: location))
      return .skipped(reason: "invalid_json", location: location)
    }
  }

  /// True when a folder or zip has `realm.json` (root or one folder down) whose start names a `zerver_` table.
  static func containsExport(_ input: InputSource) -> Bool {
    guard let realm = ZulipFiles.realmEntry(in: input.entries),
      var stream = try? input.stream(of: realm, chunkSize: 4096), let head = try? stream.nextChunk()
    else { return false }
    return String(decoding: head, as: UTF8.self).contains("\"zerver_")
  }

  /// True when `head` starts with gzip's magic number.
  static func isGzip(_ head: Data) -> Bool { head.starts(with: [0x1F, 0x8B]) }

  /// True when `head` starts a gzip file and the tarball at `path` lists Zulip export files among its first
  /// entries.
  static func isExportTarball(head: Data, path: String) -> Bool {
    guard isGzip(head) else { return false }
    return ZulipTarball.looksLikeExport(url: URL(fileURLWithPath: path), path: path)
  }
}
