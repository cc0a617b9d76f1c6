import ConversationModel
import Foundation

/// Tells an input's export format from its content, not only its name.
///
/// Rules, in order (the code below lists them in the same order):
/// - A folder or zip archive is
///   1. `slack` with `users.json`, `org_users.json` or `channels.json` at its root (after the common top folder,
///      see `InputSource`) or any `<folder>/YYYY-MM-DD.json` entry;
///   2. `zulip` with a `realm.json` at its root or one folder down that starts with a `zerver_` table;
///   3. `yammer` with `Messages.csv` (any case) at its root or one folder down;
///   4. `mattermost` with a `.jsonl` entry whose first line is a Mattermost line;
///   5. `stackexchange` with a `Posts.xml` at its root or one folder down;
///   6. `whatsapp` with a `_chat.txt` or `WhatsApp Chat with X.txt`;
///   7. `teams` when its first JSON files hold Graph `chatMessage` objects (`messageType` with `from` or `body`);
///   8. `discord` when it holds DiscordChatExporter JSON or CSV files;
///   9. `telegram` when its shallowest `result.json` is a Telegram Desktop export;
///   10. `slack` when its first JSON files hold Slack messages (`SlackTree.looksLikeMessages`, an API dump);
///   11. `mbox` when it holds mbox files (this reads the start of every file, so it comes last).
/// - A plain file is
///   1. `zulip` when it is gzip data whose first 256 tar entries include `realm.json` or `messages-N.json`;
///   2. `mattermost` when its first line is a JSON object with a Mattermost `type` (`version`, `user`, …);
///   3. `discord` when it is a DiscordChatExporter JSON export or CSV (`DiscordReader.looksLikeExport`);
///   4. `telegram` when it is a JSON object whose first 64 KiB name `date_unixtime` or `personal_information`
///      (or `from_id` and `messages`);
///   5. `interactions-csv` when read without a header (`ImportOptions.Header.absent`), the only format read by
///      position;
///   6. `mbox` when its first line starts with `From ` and its second is a header field (`MboxReader.isMbox`);
///   7. `stackexchange` when it is XML whose root element is `users`, `posts` or `comments`;
///   8. `whatsapp` when its first non-blank line starts like a WhatsApp message (`WhatsAppHeader`);
///   9. `teams` when it holds Graph `chatMessage` objects;
///   10. `messages-csv` when its first line, split by its detected delimiter, provides `id`, `author` and `time`
///      (by synonym or `--columns`); otherwise `interactions-csv` when it provides `source` and `target`
///      (`from`/`to`, `sender`/`recipient`, …).
/// Anything else is `ImportError.unrecognizedFormat`, listing the supported names.
///
/// - Complexity: O(entries) for a container, O(first line) for a file.
enum FormatDetector {
  static func detect(_ input: InputSource, data: Data?, options: ImportOptions) throws(ImportError) -> ExportFormat {
    switch input.kind {
    case .folder, .archive:
      if isSlackExport(input.entries) { return .slack }
      if ZulipReader.containsExport(input) { return .zulip }
      if YammerReader.entry("messages.csv", in: input.entries) != nil { return .yammer }
      if MattermostReader.jsonlEntry(in: input) != nil { return .mattermost }
      // Name-based rules first: finding an mbox reads the start of every file.
      if StackExchangeReader.isDump(input.entries) { return .stackexchange }
      if input.entries.contains(where: WhatsAppReader.isChatFile) { return .whatsapp }
      if TeamsReader.looksLikeTeams(input) { return .teams }
      if DiscordReader.containsExport(input) { return .discord }
      if isTelegramExport(input) { return .telegram }
      if SlackTree.looksLikeMessages(input) { return .slack }
      if MboxReader.containsMbox(input) { return .mbox }
    case .file:
      if let data, ZulipReader.isExportTarball(head: data, path: input.path) { return .zulip }
      if let data, MattermostLines.isMattermost(firstLineOf: data) { return .mattermost }
      if let data, DiscordReader.looksLikeExport(data) { return .discord }
      if let data, TelegramReader.looksLikeExport(data.prefix(64 * 1024)) { return .telegram }
      if options.header == .absent { return .interactionsCSV }
      if let data, MboxReader.isMbox(data.prefix(4096)) { return .mbox }
      if let data, isStackExchangeTable(data) { return .stackexchange }
      if let data, WhatsAppReader.looksLikeChat(data) { return .whatsapp }
      if let data, TeamsMessageParser.looksLikeMessages(data.prefix(16384)) { return .teams }
      if let data, let format = csvFormat(data, options: options) { return format }
    }
    throw .unrecognizedFormat(path: input.path, supported: ExportFormat.allCases.map(\.rawValue))
  }

  /// The first 64 KiB of `entry` (less for a shorter file): all that detection reads of a plain file.
  /// - Throws: the input's read errors.
  static func head(of entry: String, in input: InputSource) throws(ImportError) -> Data {
    var stream = try input.stream(of: entry, chunkSize: 64 * 1024)
    return Data(try stream.nextChunk() ?? [])
  }

  static func isSlackExport(_ entries: [String]) -> Bool {
    let directoryFiles = ["users.json", "org_users.json", "channels.json"]
    return entries.contains { directoryFiles.contains($0) } || entries.contains(where: isSlackDayFile)
  }

  /// A folder or zip whose shallowest `result.json` starts like a Telegram export.
  static func isTelegramExport(_ input: InputSource) -> Bool {
    guard let entry = TelegramReader.resultEntry(in: input),
      var stream = try? input.stream(of: entry, chunkSize: 65536), let head = try? stream.nextChunk()
    else { return false }
    return TelegramReader.looksLikeExport(head)
  }

  /// An XML file whose root element is `users`, `posts` or `comments` (a single data-dump table).
  static func isStackExchangeTable(_ data: Data) -> Bool {
    var reader = XMLRowReader(data: data.prefix(64 * 1024), path: "")
    var diagnostics = DiagnosticLog()
    guard (try? reader.open(diagnostics: &diagnostics)) != nil, let root = reader.rootName else { return false }
    return ["users", "posts", "comments"].contains(root)
  }

  /// `<folder>/YYYY-MM-DD.json`, one folder deep.
  static func isSlackDayFile(_ entry: String) -> Bool {
    let parts = entry.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty else { return false }
    let name = Array(parts[1].utf8)
    guard name.count == 15, parts[1].hasSuffix(".json") else { return false }
    return name.indices.prefix(10).allSatisfy { index in
      index == 4 || index == 7 ? name[index] == UInt8(ascii: "-") : TimestampParser.isDigit(name[index])
    }
  }

  private static func csvFormat(_ data: Data, options: ImportOptions) -> ExportFormat? {
    var tokenizer = CSVTokenizer(data: data.prefix(64 * 1024), delimiter: options.delimiter)
    guard case .record(let header) = tokenizer.next() else { return nil }
    if CSVColumns.matches(headers: header.fields, schema: .messages, mapping: options.columns) {
      return .messagesCSV
    }
    if CSVColumns.matches(headers: header.fields, schema: .interactions, mapping: options.columns) {
      return .interactionsCSV
    }
    return nil
  }
}
