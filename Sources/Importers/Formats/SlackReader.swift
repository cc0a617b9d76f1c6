import ConversationModel
import Foundation

/// Streams Slack messages from a workspace export or an API dump (folder or zip): every person of the user
/// directory first, then every message object of every message file, file by file in path order.
///
/// Two layouts:
/// - A standard export (`FormatDetector.isSlackExport`): the message files are the `<channel>/YYYY-MM-DD.json`
///   day files, the channel is their folder. Folders not named by `channels.json`, `groups.json`, `dms.json` or
///   `mpims.json` are still read, with an `unlisted_channel_folder` note; an export with none of those lists
///   reads every folder silently.
/// - Any other folder tree of Slack message JSON, as API-dump tools write it (`SlackTree`): every `.json` file
///   below the tree's root that is not a directory file, whether an array of messages or a page
///   `{"messages": [...]}`. The channel is the first folder below the root (a file directly in the root is a
///   channel of its own name). A file named by a `ts` (`1644881915.957309.json`) holds one thread: its messages
///   without a `thread_ts` belong to that thread, and the first one, the root, is the author replies answer.
///
/// Each message object read is yielded exactly once, as `.message` or `.skipped` (see `SlackMessageParser`; a
/// malformed element is `.skipped` as `invalid_json` with its line and column), so an input's records read =
/// used + skipped. A message listed twice (a thread root in its page and its thread file) has the same
/// `channel/ts` id both times and is counted as a `duplicate` by the corpus. Locations name the file
/// (`archive.zip!general/2016-01-04.json`) and the 1-based entry in it.
///
/// - Complexity: O(export size) time; memory O(people + files + one message): files are streamed.
struct SlackReader: RecordReader {
  private let input: InputSource
  private var pendingDiagnostics: [Diagnostic] = []
  private let people: [PersonRecord]
  private var nextPerson = 0
  private let files: [SlackTree.MessageFile]
  private var nextFile = 0
  private var elements: JSONElementReader?
  private var parser = SlackMessageParser(channel: "", path: "")

  /// Reads the directory files of `input` and lists its message files.
  /// - Throws: `ImportError.invalidJSON` for a directory file that cannot be framed, read errors.
  init(input: InputSource) throws(ImportError) {
    self.input = input
    let tree = SlackTree(input: input)
    let directory = try SlackDirectory(input: input, folder: tree.root, diagnostics: &pendingDiagnostics)
    people = directory.people
    files = tree.messageFiles
    guard tree.isStandardExport, directory.hasConversationLists else { return }
    var seen: Set<String> = []
    for file in files {
      guard !directory.listedFolders.contains(file.channel), seen.insert(file.channel).inserted else { continue }
      pendingDiagnostics.append(Diagnostic(
        .note, kind: "unlisted_channel_folder", message: "folder is not in the export's channel lists; read anyway",
        location: SourceLocation(path: input.displayPath(of: file.channel)), value: file.channel))
    }
  }

  /// - Throws: `ImportError.invalidJSON` when a message file cannot be framed (truncated, not an array or a
  ///   page); read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
    pendingDiagnostics = []
    if nextPerson < people.count {
      nextPerson += 1
      return .person(people[nextPerson - 1])
    }
    while true {
      if var reader = elements {
        elements = nil
        if let item = try reader.next() {
          let index = reader.elementIndex
          elements = reader
          return record(item, entry: index, diagnostics: &diagnostics)
        }
        if reader.isPage, !reader.foundPageArray { noteEmptyPage(reader.path, &diagnostics) }
      }
      guard nextFile < files.count else { return nil }
      let file = files[nextFile]
      nextFile += 1
      let stream = try input.stream(of: file.entry)
      elements = JSONElementReader(stream, shape: .exportPage, members: SlackMessageParser.usedMembers)
      parser = SlackMessageParser(channel: file.channel, path: stream.path, fileThreadTS: file.threadTS)
    }
  }

  private mutating func record(_ item: JSONItem, entry: Int, diagnostics: inout DiagnosticLog) -> ImportRecord {
    switch item {
    case .value(let value):
      let record = parser.record(from: value, entry: entry, diagnostics: &diagnostics)
      if let threadTS = parser.fileThreadTS, parser.fileThreadAuthor == nil, case .message(let message) = record,
        message.id == "\(parser.channel)/\(threadTS)"
      {
        parser.fileThreadAuthor = message.author
      }
      return record
    case .malformed(let line, let column, let detail):
      let location = SourceLocation(path: parser.path, line: line, column: column, entry: entry)
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed message skipped: \(detail)", location: location))
      return .skipped(reason: "invalid_json", location: location)
    }
  }

  private func noteEmptyPage(_ path: String, _ diagnostics: inout DiagnosticLog) {
    diagnostics.emit(Diagnostic(
      .note, kind: "no_messages_array", message: "JSON object without a 'messages' array; nothing read from it",
      location: SourceLocation(path: path)))
  }
}
