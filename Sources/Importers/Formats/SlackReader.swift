import ConversationModel
import Foundation

/// Streams a Slack workspace export (folder or zip): every person of `users.json` first, then every message
/// object of every `<channel>/YYYY-MM-DD.json` day file, channel by channel and day by day.
///
/// Each message object read is yielded exactly once, as `.message` or `.skipped` (see `SlackMessageParser`), so
/// an input's records read = used + skipped. Locations name the day file (`archive.zip!general/2016-01-04.json`)
/// and the 1-based entry in it. Folders not named by `channels.json`, `groups.json`, `dms.json` or `mpims.json`
/// are still read, with an `unlisted_channel_folder` note; an export with none of those lists reads every folder
/// silently.
///
/// - Complexity: O(export size) time; memory O(people + one day file): a day file is dropped when the next one
///   is read.
struct SlackReader: RecordReader {
  private let input: InputSource
  private var pendingDiagnostics: [Diagnostic] = []
  private let people: [PersonRecord]
  private var nextPerson = 0
  private let dayFiles: [String]
  private var nextDayFile = 0
  private var messages: [Any] = []
  private var nextMessage = 0
  private var parser = SlackMessageParser(channel: "", path: "")

  /// Reads the directory files of `input` and lists its day files.
  /// - Throws: `ImportError.invalidJSON` for a directory file that is not a JSON array, read errors.
  init(input: InputSource) throws(ImportError) {
    self.input = input
    let directory = try SlackDirectory(input: input, diagnostics: &pendingDiagnostics)
    people = directory.people
    dayFiles = input.entries.filter(FormatDetector.isSlackDayFile)
    guard directory.hasConversationLists else { return }
    var seen: Set<String> = []
    for file in dayFiles {
      let folder = Self.folder(of: file)
      guard !directory.listedFolders.contains(folder), seen.insert(folder).inserted else { continue }
      pendingDiagnostics.append(Diagnostic(
        .note, kind: "unlisted_channel_folder", message: "folder is not in the export's channel lists; read anyway",
        location: SourceLocation(path: input.displayPath(of: folder)), value: folder))
    }
  }

  /// - Throws: `ImportError.invalidJSON` when a day file is not a JSON array; read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
    pendingDiagnostics = []
    if nextPerson < people.count {
      nextPerson += 1
      return .person(people[nextPerson - 1])
    }
    while nextMessage >= messages.count {
      guard nextDayFile < dayFiles.count else { return nil }
      let file = dayFiles[nextDayFile]
      nextDayFile += 1
      let path = input.displayPath(of: file)
      messages = try JSONDocument.array(try input.data(of: file), path: path)
      nextMessage = 0
      parser = SlackMessageParser(channel: Self.folder(of: file), path: path)
    }
    nextMessage += 1
    return parser.record(from: messages[nextMessage - 1], entry: nextMessage, diagnostics: &diagnostics)
  }

  private static func folder(of file: String) -> String {
    String(file.prefix { $0 != "/" })
  }
}
