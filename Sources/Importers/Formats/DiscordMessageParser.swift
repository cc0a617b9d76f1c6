import ConversationModel
import Foundation

/// Turns one DiscordChatExporter JSON message into its author's person record (first time seen) and exactly one
/// `.message` or `.skipped` record (FORMATS.md §5).
///
/// Definitions: the id is the snowflake `id` (unique across Discord, so replies may point into another file of
/// the same export); the author is `author.id`, named by `author.nickname`, else `author.name`; the time is
/// `timestamp` (ISO 8601 with offset); the channel is the file's `channel.name`.
///
/// Choices:
/// - Replies nest: a `Reply` answers its direct parent, `reference.messageId`. Other messages with a
///   `reference` (forwards, thread starters) are not replies. A parent absent from the input leaves the reply
///   without a target; the corpus reports it.
/// - Talk is `Default` and `Reply`. Every other type (`ChannelPinnedMessage`, `GuildMemberJoin`,
///   `ThreadCreated`, `RecipientAdd`, `Call`, …) is a Discord system message: skipped with the type in
///   snake_case as reason (`guild_member_join`); a type not in Discord's list is skipped the same way with an
///   `unknown_message_type` note.
/// - `author.isBot` marks both the person and the message as a bot's: counted, never an edge.
/// - Mentions are `mentions[].id`, each person once. Reactions are `reactions[].users[].id`, one entry per
///   user per emoji; DCE versions that list only `count` give no reaction edges, noted as
///   `reaction_users_truncated` whenever `count` exceeds the users listed.
/// - Skipped with a warning: `malformed_message` (not an object), `missing_id`, `missing_author`,
///   `invalid_timestamp`.
///
/// - Complexity: O(message size).
struct DiscordMessageParser {
  var channel: String?
  var path = ""

  static let talkTypes: Set<String> = ["Default", "Reply"]
  /// Every member of a message object this parser reads; `DiscordReader` builds only these.
  static let usedMembers = JSONMemberFilter([
    "type", "id", "author", "timestamp", "mentions", "reference", "content", "reactions",
  ])
  static let systemTypes: Set<String> = [
    "RecipientAdd", "RecipientRemove", "Call", "ChannelNameChange", "ChannelIconChange", "ChannelPinnedMessage",
    "GuildMemberJoin", "ThreadCreated", "ThreadStarterMessage", "ChannelFollowAdd", "GuildBoost",
    "ChatInputCommand", "ContextMenuCommand", "AutoModerationAction",
  ]

  /// The records for `value`, the `entry`-th element of the file: a person first when its author is not in
  /// `announced` (the authors already yielded, across the files of one input).
  func records(
    from value: JSONValue, entry: Int, announced: inout Set<String>, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    let location = SourceLocation(path: path, entry: entry)
    func skip(_ reason: String, _ severity: Diagnostic.Severity?, _ message: String, _ value: String?,
              kind: String? = nil) -> [ImportRecord] {
      if let severity {
        diagnostics.emit(
          Diagnostic(severity, kind: kind ?? reason, message: message, location: location, value: value))
      }
      return [.skipped(reason: reason, location: location)]
    }
    guard case .object = value else {
      return skip("malformed_message", .warning, "message is not a JSON object; skipped", nil)
    }
    let type = value["type"]?.string ?? "Default"
    if !Self.talkTypes.contains(type) {
      let isKnown = Self.systemTypes.contains(type)
      return skip(Self.snakeCase(type), isKnown ? nil : .note, "unknown message type; skipped", type,
                  kind: "unknown_message_type")
    }
    guard let id = (value["id"]?.string).nonEmpty else {
      return skip("missing_id", .warning, "message has no 'id'; skipped", nil)
    }
    guard let author = (value["author"]?["id"]?.string).nonEmpty else {
      return skip("missing_author", .warning, "message has no 'author.id'; skipped", id)
    }
    let timeText = value["timestamp"]?.string
    guard let time = timeText.flatMap(TimestampParser.date(from:)) else {
      return skip("invalid_timestamp", .warning, "'timestamp' is missing or not ISO 8601; message skipped",
                  timeText ?? id)
    }
    let isBot = value["author"]?["isBot"]?.bool ?? false
    var result: [ImportRecord] = []
    if announced.insert(author).inserted {
      let name = (value["author"]?["nickname"]?.string).nonEmpty
        ?? (value["author"]?["name"]?.string).nonEmpty
      result.append(.person(PersonRecord(id: author, name: name, isBot: isBot, location: location)))
    }
    var seen: Set<String> = []
    let mentions = (value["mentions"]?.array ?? []).compactMap { (($0["id"]?.string).nonEmpty) }
      .filter { seen.insert($0).inserted }
    let replyTo = type == "Reply" ? (value["reference"]?["messageId"]?.string).nonEmpty : nil
    result.append(.message(MessageRecord(
      id: id, author: author, time: time, channel: channel, replyTo: replyTo, mentions: mentions,
      reactions: reactions(value, location: location, diagnostics: &diagnostics), text: value["content"]?.string,
      isFromBot: isBot, location: location)))
    return result
  }

  /// One entry per listed user per emoji; a note when `count` exceeds the users listed.
  private func reactions(_ value: JSONValue, location: SourceLocation, diagnostics: inout DiagnosticLog) -> [String] {
    var result: [String] = []
    for reaction in value["reactions"]?.array ?? [] where reaction.object != nil {
      let users = (reaction["users"]?.array ?? []).compactMap { ($0["id"]?.string).nonEmpty }
      result += users
      if let count = reaction["count"]?.int, count > users.count {
        diagnostics.emit(Diagnostic(
          .note, kind: "reaction_users_truncated",
          message: "reaction count exceeds the users listed; only listed users are counted", location: location,
          value: reaction["emoji"]?["name"]?.string))
      }
    }
    return result
  }

  /// `GuildMemberJoin` → `guild_member_join`.
  static func snakeCase(_ name: String) -> String {
    var result = ""
    for character in name {
      if character.isUppercase, !result.isEmpty { result.append("_") }
      result += character.lowercased()
    }
    return result.isEmpty ? "unknown_type" : result
  }
}
