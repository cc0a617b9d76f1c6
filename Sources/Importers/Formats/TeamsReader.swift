import ConversationModel
import Foundation

/// Streams Microsoft Teams messages (Graph API `chatMessage` JSON) from one file, or a folder or zip of files.
///
/// Definition: every `.json` entry of the input (one file: that file), in path order, is a JSON array of message
/// objects or a Graph page `{"value": [...]}` (also `{"messages": [...]}`); `@odata.*` members are skipped.
/// Roots and replies may sit in different files (`/messages` and `/messages/{id}/replies` pages): a reply names
/// its root by `replyToId`, which `TeamsMessageParser` qualifies by channel, so the link holds across files.
/// A message listed twice (a root in two pages) has the same id both times and is counted as a `duplicate` by
/// the corpus.
///
/// Each message object read is yielded exactly once, as `.message` or `.skipped` (a malformed element is
/// `.skipped` as `invalid_json` with its line and column), so records read = used + skipped. A person record
/// (name from `displayName`, bots marked) comes before the first message that names that person. An object
/// without a page array yields nothing and a `no_value_array` note. Locations name the file
/// (`export.zip!general/page-1.json`) and the 1-based entry in it.
///
/// - Complexity: O(input size) time; memory O(people + files + one message): files are streamed.
struct TeamsReader: RecordReader {
  private let input: InputSource
  private let files: [String]
  private var nextFile = 0
  private var elements: JSONElementReader?
  private var parser = TeamsMessageParser(path: "")
  private var pending: [ImportRecord] = []

  init(input: InputSource) {
    self.input = input
    files = input.kind == .file ? input.entries : input.entries.filter { $0.lowercased().hasSuffix(".json") }
  }

  /// - Throws: `ImportError.invalidJSON` when a file cannot be framed (truncated, not an array or a page); read
  ///   errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      if var reader = elements {
        elements = nil
        if let item = try reader.next() {
          let index = reader.elementIndex
          elements = reader
          pending = records(item, entry: index, diagnostics: &diagnostics)
          continue
        }
        if reader.isPage, !reader.foundPageArray {
          diagnostics.emit(Diagnostic(
            .note, kind: "no_value_array", message: "JSON object without a 'value' array; nothing read from it",
            location: SourceLocation(path: reader.path)))
        }
      }
      guard nextFile < files.count else { return nil }
      let stream = try input.stream(of: files[nextFile])
      nextFile += 1
      elements = JSONElementReader(stream, shape: .exportPage, members: TeamsMessageParser.usedMembers)
      parser.path = stream.path
    }
  }

  private mutating func records(_ item: JSONItem, entry: Int, diagnostics: inout DiagnosticLog) -> [ImportRecord] {
    switch item {
    case .value(let value):
      return parser.records(from: value, entry: entry, diagnostics: &diagnostics)
    case .malformed(let line, let column, let detail):
      let location = SourceLocation(path: parser.path, line: line, column: column, entry: entry)
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed message skipped: \(detail)", location: location))
      return [.skipped(reason: "invalid_json", location: location)]
    }
  }

  /// True when one of the first JSON files of `input` (or the file itself) starts like Graph `chatMessage`
  /// objects (`TeamsMessageParser.looksLikeMessages`).
  /// - Complexity: reads at most 16 KiB of at most 4 files.
  static func looksLikeTeams(_ input: InputSource) -> Bool {
    let candidates = input.kind == .file ? input.entries : input.entries.filter { $0.hasSuffix(".json") }
    return candidates.prefix(4).contains { entry in
      guard var stream = try? input.stream(of: entry, chunkSize: 16384), let head = try? stream.nextChunk() else {
        return false
      }
      return TeamsMessageParser.looksLikeMessages(head)
    }
  }
}
