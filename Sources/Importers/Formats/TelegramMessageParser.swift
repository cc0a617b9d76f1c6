import ConversationModel
import Foundation

/// Turns one Telegram Desktop message object into exactly one import record: a `.message` or a `.skipped`.
///
/// Definitions (FORMATS.md §6): `id` is unique per chat, so a message's id is `<chat>/<id>` where `<chat>` is
/// the chat's `id` (else its name, else its place in the file); the channel is the chat's `name` (else
/// `chat <id>`). The time is `date_unixtime` (Unix seconds), else `date` read as UTC (Telegram writes local
/// time without a zone). The author is `from_id` (`user123`); `from` is only the display name and is `null`
/// for a deleted account, which still has its `from_id`. Replies nest: `reply_to_message_id` answers that
/// message of the same chat; a reply into another chat (`reply_to_peer_id`) keeps no link and gets a note.
///
/// Mentions come from `text_entities` (else the entity objects of a `text` array): `mention_name` names its
/// `user_id`; `mention` carries only `@username`, resolved when that username is known (the exporter's
/// `personal_information.username`, or an author seen earlier whose display name is exactly the username,
/// ignoring case), else counted as an `unresolved_mention` note and left out. Reactions are the `from_id`s of
/// `reactions[].recent[]`. Authors whose `from_id` is a channel (`channel123`, a channel's own posts) are
/// marked as bots: a channel is not a person.
///
/// Skip reasons: `service` messages by their `action` (`invite_members`, `pin_message`, …; `service` when it
/// has none), `not_a_message` (another `type`), `malformed_message`, `missing_id`, `missing_date`,
/// `missing_author`.
///
/// - Complexity: O(message size) per message; memory O(distinct usernames known).
struct TelegramMessageParser {
  let path: String
  /// Lower-cased username without `@` → person id.
  var usernames: [String: String] = [:]

  /// Every member of a message object this parser and `TelegramReader` read; `TelegramStream` builds only these.
  static let usedMembers = JSONMemberFilter([
    "id", "type", "action", "date", "date_unixtime", "from", "from_id", "reply_to_message_id", "reply_to_peer_id",
    "text", "text_entities", "reactions",
  ])

  init(path: String, personalInformation: JSONValue? = nil) {
    self.path = path
    if let owner = Self.owner(personalInformation), let username = personalInformation?["username"]?.string {
      usernames[Self.handle(username)] = owner.id
    }
  }

  /// The exporter as a person, from the full export's `personal_information`.
  static func owner(_ information: JSONValue?) -> PersonRecord? {
    guard let information, let userID = information["user_id"].flatMap(userID) else { return nil }
    let name = [information["first_name"]?.string, information["last_name"]?.string]
      .compactMap { $0.nonEmpty }
      .joined(separator: " ")
    return PersonRecord(id: userID, name: name.isEmpty ? nil : name)
  }

  mutating func record(
    from value: JSONValue, chat: TelegramStream.Chat, entry: Int, diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    let location = SourceLocation(path: path, entry: entry)
    func skip(_ reason: String, _ severity: Diagnostic.Severity?, _ message: String, _ value: String?)
      -> ImportRecord
    {
      if let severity {
        diagnostics.emit(Diagnostic(severity, kind: reason, message: message, location: location, value: value))
      }
      return .skipped(reason: reason, location: location)
    }
    guard case .object = value else {
      return skip("malformed_message", .warning, "message is not a JSON object; skipped", nil)
    }
    let type = value["type"]?.string ?? "message"
    if type == "service" { return .skipped(reason: value["action"]?.string ?? "service", location: location) }
    if type != "message" { return skip("not_a_message", .note, "entry is not a message; skipped", type) }
    guard let id = value["id"]?.int else {
      return skip("missing_id", .warning, "message has no integer 'id'; skipped", value["id"].map(Self.describe))
    }
    guard let time = Self.time(of: value) else {
      return skip("missing_date", .warning, "message has no valid 'date_unixtime' or 'date'; skipped", "\(id)")
    }
    guard let author = (value["from_id"]?.string).nonEmpty else {
      return skip("missing_author", .warning, "message has no 'from_id'; skipped", "\(id)")
    }
    if let name = value["from"]?.string, !name.isEmpty, usernames[Self.handle(name)] == nil {
      usernames[Self.handle(name)] = author
    }
    let key = Self.chatKey(chat)
    var record = MessageRecord(
      id: "\(key)/\(id)", author: author, time: time, channel: Self.channel(chat),
      mentions: mentions(value, location: location, diagnostics: &diagnostics),
      reactions: Self.reactions(value, location: location, diagnostics: &diagnostics), text: Self.text(of: value),
      isFromBot: Self.isChannel(author), location: location)
    if let parent = value["reply_to_message_id"]?.int {
      if let peer = value["reply_to_peer_id"].map(Self.describe) {
        diagnostics.emit(Diagnostic(
          .note, kind: "reply_to_other_chat", message: "reply points into another chat; no reply link kept",
          location: location, value: peer))
      } else {
        record.replyTo = "\(key)/\(parent)"
      }
    }
    return .message(record)
  }

  /// The person a message's author is, for the directory: `from` is the display name (`nil` when deleted).
  static func person(of value: JSONValue, location: SourceLocation) -> PersonRecord? {
    guard let author = (value["from_id"]?.string).nonEmpty else { return nil }
    return PersonRecord(id: author, name: (value["from"]?.string).nonEmpty, isBot: isChannel(author),
                        location: location)
  }

  static func isChannel(_ author: String) -> Bool { author.hasPrefix("channel") }

  static func chatKey(_ chat: TelegramStream.Chat) -> String {
    if let id = chat.members["id"], id.string != nil || id.int != nil { return describe(id) }
    if let name = (chat.members["name"]?.string).nonEmpty { return name }
    return "chat\(chat.index)"
  }

  static func channel(_ chat: TelegramStream.Chat) -> String {
    (chat.members["name"]?.string).nonEmpty ?? "chat \(chatKey(chat))"
  }

  private static func time(of value: JSONValue) -> Date? {
    if let unix = value["date_unixtime"], let seconds = unix.number ?? unix.string.flatMap(Double.init) {
      return Date(timeIntervalSince1970: seconds)
    }
    return value["date"]?.string.flatMap(TimestampParser.date(from:))
  }

  /// The entity objects of a message: `text_entities`, else the objects inside a `text` array.
  private static func entities(_ value: JSONValue) -> [JSONValue] {
    (value["text_entities"]?.array ?? value["text"]?.array ?? []).filter { $0.object != nil }
  }

  private func mentions(
    _ value: JSONValue, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> [String] {
    var ids: [String] = []
    for entity in Self.entities(value) {
      var id: String?
      switch entity["type"]?.string {
      case "mention_name": id = entity["user_id"].flatMap(Self.userID)
      case "mention":
        guard let text = entity["text"]?.string else { continue }
        id = usernames[Self.handle(text)]
        if id == nil {
          diagnostics.emit(Diagnostic(
            .note, kind: "unresolved_mention", message: "@username of no known participant; mention left out",
            location: location, value: text))
        }
      default: continue
      }
      if let id, !ids.contains(id) { ids.append(id) }
    }
    return ids
  }

  private static func reactions(
    _ value: JSONValue, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> [String] {
    var result: [String] = []
    for reaction in value["reactions"]?.array ?? [] where reaction.object != nil {
      let users = (reaction["recent"]?.array ?? []).compactMap { ($0["from_id"]?.string).nonEmpty }
      result += users
      if let count = reaction["count"]?.int, count > users.count {
        diagnostics.emit(Diagnostic(
          .note, kind: "reaction_users_truncated",
          message: "reaction count exceeds the reacting users listed; only listed users are counted",
          location: location, value: reaction["emoji"]?.string))
      }
    }
    return result
  }

  private static func text(of value: JSONValue) -> String? {
    if let text = value["text"]?.string { return text }
    guard let parts = value["text"]?.array else { return nil }
    return parts.map { $0.string ?? $0["text"]?.string ?? "" }.joined()
  }

  /// `user123` from a `user_id` written as a number or as a string (`123` or `user123`).
  private static func userID(_ value: JSONValue) -> String? {
    if let number = value.int { return "user\(number)" }
    guard let text = (value.string).nonEmpty else { return nil }
    return text.hasPrefix("user") ? text : "user\(text)"
  }

  private static func handle(_ text: String) -> String {
    String(text.drop { $0 == "@" }).lowercased()
  }

  private static func describe(_ value: JSONValue) -> String { SlackMessageParser.describe(value) }
}
