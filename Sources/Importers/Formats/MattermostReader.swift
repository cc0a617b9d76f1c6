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
/// Lines are streamed in 1 MiB chunks (`StreamLineSource`) and each is read where it lies by
/// `MattermostLineScanner` (the used members straight from the bytes); a line it refuses (malformed or unusual) is
/// parsed by the streaming JSON reader's `JSONValueParser` into a `JSONValue`, which reports it. Memory holds one
/// chunk and the longest line, never the file.
///
/// - Complexity: O(input size) time; memory O(chunk + longest line + users).
struct MattermostReader: PersonNamespaceApplying {
  private var lines: StreamLineSource
  private let path: String
  private var knownUsers: Set<String> = []
  /// Person ids, through the namespace a `NamespacedReader` handed over.
  private var ids = MattermostPersonIDs()
  private var queue: [ImportRecord] = []
  private var nextQueued = 0
  /// False to parse every line into a `JSONValue` (the definition the scanner is tested against).
  var scansLines = true

  /// The `.jsonl` entry of a folder or zip that holds a Mattermost export. Only the first 64 KiB of each
  /// candidate is read (one chunk, so a zip entry is not inflated past it).
  static func jsonlEntry(in input: InputSource) -> String? {
    input.entries.first { entry in
      guard entry.lowercased().hasSuffix(".jsonl"), entry.split(separator: "/").count <= 2,
        var stream = try? input.stream(of: entry, chunkSize: 64 * 1024), let head = try? stream.nextChunk()
      else { return false }
      return MattermostLines.isMattermost(firstLineOf: head)
    }
  }

  /// Opens the export: `input` itself for a plain file, else its Mattermost `.jsonl` entry.
  /// - Throws: `ImportError.formatMismatch` for a folder or zip without a Mattermost `.jsonl` entry, read errors.
  init(input: InputSource) throws(ImportError) {
    let entry: String
    if input.kind == .file, let file = input.entries.first {
      entry = file
      path = input.path
    } else if let found = Self.jsonlEntry(in: input) {
      entry = found
      path = input.displayPath(of: found)
    } else {
      throw .formatMismatch(path: input.path, format: ExportFormat.mattermost.rawValue,
                            expected: "a Mattermost bulk export .jsonl file")
    }
    lines = StreamLineSource(try input.stream(of: entry))
  }

  /// A reader of `stream` (tests cut it into tiny chunks), shown as `path`.
  init(stream: ByteStream, path: String) {
    lines = StreamLineSource(stream)
    self.path = path
  }

  /// Gives every person id through `namespace` from now on (before the first record).
  mutating func applyInside(_ namespace: PersonNamespace) {
    ids = MattermostPersonIDs(namespace: namespace)
  }

  /// - Throws: the stream's read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while nextQueued >= queue.count {
      guard let line = try nextParsedLine() else { return nil }
      queue = records(line, diagnostics: &diagnostics)
      nextQueued = 0
    }
    nextQueued += 1
    return queue[nextQueued - 1]
  }

  /// A non-blank line, read where it lies in the chunk buffer (no copy of the line).
  private struct ParsedLine {
    var number: Int
    /// The scanner's reading, `nil` when it refused the line (then `value` is the parse).
    var scanned: MattermostScannedLine?
    var value: Result<JSONValue, MattermostLines.Failure> = .success(.null)
    /// The first 60 bytes of a line that failed to parse, for the diagnostic.
    var head = ""
  }

  /// The next non-blank line, read.
  private mutating func nextParsedLine() throws(ImportError) -> ParsedLine? {
    let scans = scansLines
    var ids = self.ids
    defer { self.ids = ids }
    while let line = try lines.withNextLine({ bytes, number -> ParsedLine? in
      if scans, let scanned = MattermostLineScanner.scan(bytes, ids: &ids) {
        return ParsedLine(number: number, scanned: scanned)
      }
      if bytes.allSatisfy(MattermostLines.isBlank) { return nil }
      let value = MattermostLines.parse(bytes, members: MattermostLines.usedMembers)
      guard case .failure = value else { return ParsedLine(number: number, value: value) }
      return ParsedLine(number: number, value: value, head: String(decoding: bytes.prefix(60), as: UTF8.self))
    }) {
      if let line { return line }
    }
    return nil
  }

  private mutating func records(_ parsed: ParsedLine, diagnostics: inout DiagnosticLog) -> [ImportRecord] {
    let line = parsed.number
    if let scanned = parsed.scanned { return records(scanned, line: line, diagnostics: &diagnostics) }
    let object: JSONValue
    switch parsed.value {
    case .failure(let failure):
      let location = SourceLocation(path: path, line: line, column: failure.column)
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_line", message: "invalid JSON line: \(failure.detail)",
                                  location: location, value: parsed.head))
      return [.skipped(reason: "malformed_line", location: location)]
    case .success(let value):
      object = value
    }
    let location = SourceLocation(path: path, line: line)
    guard let type = object["type"]?.string else {
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_line", message: "line has no 'type'; skipped",
                                  location: location))
      return [.skipped(reason: "malformed_line", location: location)]
    }
    switch type {
    case "user":
      let user = object["user"].flatMap { $0.object == nil ? nil : MattermostUserFields($0) }
      return person(user, location: location, diagnostics: &diagnostics).map { [.person($0)] } ?? []
    case _ where MattermostLines.contentTypes.contains(type):
      let parser = MattermostPostParser(path: path, knownUsers: knownUsers)
      return parser.records(object, type: type, line: line, diagnostics: &diagnostics, ids: &ids)
    case _ where MattermostLines.directoryTypes.contains(type):
      return []
    default:
      diagnostics.emit(Diagnostic(.note, kind: "unknown_type", message: "line type not known here; skipped",
                                  location: location, value: type))
      return [.skipped(reason: "unknown_type", location: location)]
    }
  }

  /// The records of a line the scanner read.
  private mutating func records(_ scanned: MattermostScannedLine, line: Int, diagnostics: inout DiagnosticLog)
    -> [ImportRecord]
  {
    switch scanned {
    case .user(let user):
      let location = SourceLocation(path: path, line: line)
      return person(user, location: location, diagnostics: &diagnostics).map { [.person($0)] } ?? []
    case .post(let post, let isPrivate):
      let parser = MattermostPostParser(path: path, knownUsers: knownUsers)
      return parser.records(post, isPrivate: isPrivate, line: line, diagnostics: &diagnostics, ids: &ids)
    case .directory:
      return []
    }
  }

  /// The person of a `user` line's object (`nil` when the member is missing or not an object).
  private mutating func person(
    _ user: MattermostUserFields?, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> PersonRecord? {
    guard let user, let username = user.username.nonEmpty else {
      diagnostics.emit(Diagnostic(.warning, kind: "invalid_user", message: "user line has no username; left out",
                                  location: location))
      return nil
    }
    knownUsers.insert(username.lowercased())
    let fullName = [user.firstName, user.lastName].compactMap(\.nonEmpty).joined(separator: " ")
    return PersonRecord(
      id: ids.make(username) ?? username, name: fullName.isEmpty ? user.nickname.nonEmpty : fullName,
      email: user.email.nonEmpty, title: user.position.nonEmpty, location: location)
  }
}
