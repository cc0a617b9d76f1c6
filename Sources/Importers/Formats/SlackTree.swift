import ConversationModel

/// The message files of a Slack input, standard export or API-dump tree, and the channel and thread of each.
///
/// Definitions:
/// - A standard export (`FormatDetector.isSlackExport`) has its directory at the root and its messages in
///   `<channel>/YYYY-MM-DD.json` day files; nothing else is a message file.
/// - Any other tree: the root is the folder of the shallowest user directory file (`users.json`,
///   `org_users.json`, `.users.json`, or a `users/` folder), else the input's top. Every `.json` file below the
///   root is a message file except the directory files (those names and the conversation lists, with or without
///   a leading `.`, and anything under `users/`). The channel is the first folder below the root; a file
///   directly in the root is named by its base name. A file whose base name is a Slack `ts` is a thread file.
///   Thread files are listed before all other files, so that of a message listed twice (a reply also shown in
///   its channel's page) the copy that knows its thread is read first and kept.
/// - `looksLikeMessages` tells a tree of Slack message JSON from other JSON by content: one of its first few
///   JSON files mentions `"ts": "<digits>.<digits>"` near its start.
///
/// - Complexity: O(entries) to list; `looksLikeMessages` reads at most 8 KiB of at most 4 files.
struct SlackTree {
  struct MessageFile: Sendable, Hashable {
    var entry: String
    var channel: String
    var threadTS: String?
  }

  let isStandardExport: Bool
  /// The folder of the directory files, `""` or ending in `/`.
  let root: String
  let messageFiles: [MessageFile]

  init(input: InputSource) {
    if FormatDetector.isSlackExport(input.entries) {
      isStandardExport = true
      root = ""
      messageFiles = input.entries.filter(FormatDetector.isSlackDayFile).map { entry in
        MessageFile(entry: entry, channel: String(entry.prefix { $0 != "/" }))
      }
      return
    }
    isStandardExport = false
    let root = Self.root(of: input)
    self.root = root
    let files = input.entries.compactMap { entry in
      entry.hasPrefix(root) && entry.hasSuffix(".json") ? Self.messageFile(entry, below: root) : nil
    }
    messageFiles = files.filter { $0.threadTS != nil } + files.filter { $0.threadTS == nil }
  }

  /// The directory-file names that are never message files.
  static let directoryNames: Set<String> = Set(
    (SlackDirectory.userFiles + SlackDirectory.conversationFiles).flatMap { [$0, "." + $0] }
      + ["integration_logs.json", "canvases.json", "content_flags.json", ".timestamps.json"])

  private static func messageFile(_ entry: String, below root: String) -> MessageFile? {
    let parts = entry.dropFirst(root.count).split(separator: "/").map(String.init)
    guard let name = parts.last, parts.first != "users" || parts.count == 1 else { return nil }
    if parts.count == 1, directoryNames.contains(name) { return nil }
    let base = String(name.dropLast(".json".count))
    let channel = parts.count == 1 ? base : parts[0]
    return MessageFile(entry: entry, channel: channel, threadTS: isTimestamp(base) ? base : nil)
  }

  private static func root(of input: InputSource) -> String {
    let userFiles = Set(SlackDirectory.userFiles)
    let candidates = (input.entries + input.hiddenEntries).compactMap { entry -> String? in
      let parts = entry.split(separator: "/", omittingEmptySubsequences: false)
      guard let name = parts.last else { return nil }
      if userFiles.contains(String(name)) { return parts.dropLast().map { $0 + "/" }.joined() }
      if parts.count >= 2, parts[parts.count - 2] == "users" { return parts.dropLast(2).map { $0 + "/" }.joined() }
      return nil
    }
    return candidates.min { ($0.count, $0) < ($1.count, $1) } ?? ""
  }

  /// `<digits>.<digits>`, the form of a Slack `ts`.
  static func isTimestamp(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  /// True when one of the first JSON files of `input` starts like Slack messages (a `"ts"` string member).
  static func looksLikeMessages(_ input: InputSource) -> Bool {
    let candidates = input.entries.filter { $0.hasSuffix(".json") && !directoryNames.contains($0) }.prefix(4)
    return candidates.contains { entry in
      guard var stream = try? input.stream(of: entry, chunkSize: 8192), let head = try? stream.nextChunk() else {
        return false
      }
      return hasTimestampMember(head)
    }
  }

  /// Finds `"ts"`, optional spaces, `:`, optional spaces, `"`, a digit.
  static func hasTimestampMember(_ bytes: [UInt8]) -> Bool {
    let key = Array(#""ts""#.utf8)
    var index = 0
    while index + key.count < bytes.count {
      defer { index += 1 }
      guard bytes[index] == key[0], Array(bytes[index..<index + key.count]) == key else { continue }
      var cursor = index + key.count
      func skipSpace() { while cursor < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor += 1 } }
      skipSpace()
      guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { continue }
      cursor += 1
      skipSpace()
      guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { continue }
      if bytes[cursor + 1] &- UInt8(ascii: "0") < 10 { return true }
    }
    return false
  }
}
