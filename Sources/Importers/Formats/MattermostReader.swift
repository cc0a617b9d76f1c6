import ConversationModel
import Foundation

/// Streams a Mattermost bulk export (JSONL, FORMATS.md §4), line by line: `user` lines become people, `post`
/// and `direct_post` lines their messages (see `MattermostPostParser`), in file order.
///
/// Definitions: a person's id is `username`; their name `first_name last_name` (else `nickname`); e-mail `email`;
/// title `position`. Bulk exports carry no department.
///
/// Counting: every post and every reply is a content record. Lines of the other known types (`version`,
/// `team`, `channel`, `direct_channel`, `scheme`, `emoji`, `role`) are read past without being counted. Skipped
/// with a reason and a positioned diagnostic: `malformed_line` (not a JSON object or no `type`: a warning with
/// line and column), `unknown_type` (a note naming the type), and the post reasons. A `user` line without a
/// username is an `invalid_user` warning.
///
/// The input is a `.jsonl` file, or a folder or zip holding one (the first by name, at the root or one folder
/// down, whose first line is a Mattermost line).
///
/// - Complexity: O(input size) time; memory O(file size) for the bytes plus one line's values.
struct MattermostReader: RecordReader {
  private let bytes: Data
  private let path: String
  private var position: Int
  private var line = 0
  private var knownUsers: Set<String> = []
  private var queue: [ImportRecord] = []
  private var nextQueued = 0

  /// The `.jsonl` entry of a folder or zip that holds a Mattermost export.
  static func jsonlEntry(in input: InputSource) -> String? {
    input.entries.first { entry in
      entry.lowercased().hasSuffix(".jsonl") && entry.split(separator: "/").count <= 2
        && (try? input.data(of: entry)).map(MattermostLines.isMattermost(firstLineOf:)) == true
    }
  }

  /// - Parameter data: the bytes of a plain-file input, `nil` for a folder or zip.
  /// - Throws: `ImportError.formatMismatch` for a folder or zip without a Mattermost `.jsonl` entry, read errors.
  init(input: InputSource, data: Data?) throws(ImportError) {
    if let data {
      bytes = data
      path = input.path
    } else if let entry = Self.jsonlEntry(in: input) {
      bytes = try input.data(of: entry)
      path = input.displayPath(of: entry)
    } else {
      throw .formatMismatch(path: input.path, format: ExportFormat.mattermost.rawValue,
                            expected: "a Mattermost bulk export .jsonl file")
    }
    position = bytes.startIndex
  }

  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while nextQueued >= queue.count {
      guard let (text, number) = nextLine() else { return nil }
      queue = records(text, line: number, diagnostics: &diagnostics)
      nextQueued = 0
    }
    nextQueued += 1
    return queue[nextQueued - 1]
  }

  /// The next non-blank line without its line break, and its 1-based number.
  private mutating func nextLine() -> (Data, Int)? {
    while position < bytes.endIndex {
      let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
      let text = bytes[position..<end]
      position = end < bytes.endIndex ? end + 1 : end
      line += 1
      if !text.allSatisfy(MattermostLines.isBlank) { return (Data(text), line) }
    }
    return nil
  }

  private mutating func records(_ text: Data, line: Int, diagnostics: inout DiagnosticLog) -> [ImportRecord] {
    let object: [String: Any]
    switch MattermostLines.parse(text) {
    case .failure(let failure):
      let location = SourceLocation(path: path, line: line, column: failure.column)
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_line", message: "invalid JSON line: \(failure.detail)",
                                  location: location, value: String(decoding: text.prefix(60), as: UTF8.self)))
      return [.skipped(reason: "malformed_line", location: location)]
    case .success(let value):
      object = value
    }
    let location = SourceLocation(path: path, line: line)
    guard let type = object["type"] as? String else {
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_line", message: "line has no 'type'; skipped",
                                  location: location))
      return [.skipped(reason: "malformed_line", location: location)]
    }
    switch type {
    case "user":
      return person(object["user"], location: location, diagnostics: &diagnostics).map { [.person($0)] } ?? []
    case _ where MattermostLines.contentTypes.contains(type):
      let parser = MattermostPostParser(path: path, knownUsers: knownUsers)
      return parser.records(object, type: type, line: line, diagnostics: &diagnostics)
    case _ where MattermostLines.directoryTypes.contains(type):
      return []
    default:
      diagnostics.emit(Diagnostic(.note, kind: "unknown_type", message: "line type not known here; skipped",
                                  location: location, value: type))
      return [.skipped(reason: "unknown_type", location: location)]
    }
  }

  private mutating func person(_ value: Any?, location: SourceLocation, diagnostics: inout DiagnosticLog)
    -> PersonRecord?
  {
    guard let user = value as? [String: Any], let username = (user["username"] as? String).nonEmpty else {
      diagnostics.emit(Diagnostic(.warning, kind: "invalid_user", message: "user line has no username; left out",
                                  location: location))
      return nil
    }
    let id = username.lowercased()
    knownUsers.insert(id)
    let fullName = [user["first_name"], user["last_name"]].compactMap { ($0 as? String).nonEmpty }
      .joined(separator: " ")
    return PersonRecord(
      id: id, name: fullName.isEmpty ? (user["nickname"] as? String).nonEmpty : fullName,
      email: (user["email"] as? String).nonEmpty, title: (user["position"] as? String).nonEmpty,
      location: location)
  }
}
