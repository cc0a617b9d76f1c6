import ConversationModel
import Foundation

/// Turns one Microsoft Graph `chatMessage` object into exactly one import record, a `.message` or a `.skipped`
/// with a reason, preceded by a `.person` for each author or mentioned person seen with a name for the first time.
///
/// Definitions (FORMATS.md §3):
/// - Channel: `channelIdentity.channelId` (a channel message), else `chatId` (a 1:1 or group chat, whose messages
///   are marked private), else none.
/// - Id: `<channel>/<id>` (channel message ids are timestamps, unique per channel only), or `id` alone when the
///   message names no channel. Time: `createdDateTime` (ISO 8601, UTC); a missing or unreadable time keeps the
///   message without a time and warns `invalid_time`.
/// - Author: `from.user.id` (a person, name `displayName`), else `from.application.id` (a bot: its person record
///   says so, so its messages and the replies to it are counted as bot interactions, never edges).
/// - Threads are flat (Teams channel threads are one level deep): `replyToId` is the thread root, which the reply
///   answers, whether or not the root is in the input.
/// - Mentions: `mentions[].mentioned.user.id`, or `.application.id` for a mentioned bot; mentions of a channel,
///   team or tag name nobody and are left out. Reactions: `reactions[].user.user.id`, one per reaction.
///
/// Skip reasons: `malformed_message` (not an object), the `messageType` itself for anything but `message`
/// (`systemEventMessage`, `chatEvent`, `typing`; a type not known here also gets an `unknown_message_type` note),
/// `deleted` (`deletedDateTime` set), `missing_id`, `missing_author`.
///
/// - Complexity: O(size of the object) per message; memory O(people seen) for the first-seen set.
struct TeamsMessageParser {
  var path: String
  private var seenPeople: Set<String> = []

  /// The non-message types Graph documents; others are skipped the same way, with a note.
  static let knownEventTypes: Set<String> = ["systemEventMessage", "chatEvent", "typing", "unknownFutureValue"]

  /// Every member of a message object this parser reads, down to the nested ones (`from.user.id`,
  /// `mentions[].mentioned.user.displayName`, ...); `TeamsReader` builds only these.
  static let usedMembers: JSONMemberFilter = {
    let person = JSONMemberFilter(["id", "displayName"])
    let identity = JSONMemberFilter(["user", "application"], nested: ["user": person, "application": person])
    return JSONMemberFilter(
      ["messageType", "deletedDateTime", "id", "chatId", "createdDateTime", "replyToId"],
      nested: [
        "from": identity, "channelIdentity": JSONMemberFilter(["channelId"]), "body": JSONMemberFilter(["content"]),
        "mentions": JSONMemberFilter(["mentioned"], nested: ["mentioned": identity]),
        "reactions": JSONMemberFilter(["user"], nested: ["user": JSONMemberFilter(["user"], nested: [
          "user": JSONMemberFilter(["id"]),
        ])]),
      ])
  }()

  init(path: String) { self.path = path }

  /// The records for `value`, the `entry`-th element of the current file: new people first, the message last.
  mutating func records(from value: JSONValue, entry: Int, diagnostics: inout DiagnosticLog) -> [ImportRecord] {
    let location = SourceLocation(path: path, entry: entry)
    func skip(_ reason: String, _ severity: Diagnostic.Severity?, _ message: String, _ value: String?,
              kind: String? = nil) -> [ImportRecord] {
      if let severity {
        diagnostics.emit(Diagnostic(severity, kind: kind ?? reason, message: message, location: location,
                                    value: value))
      }
      return [.skipped(reason: reason, location: location)]
    }
    guard case .object = value else {
      return skip("malformed_message", .warning, "message is not a JSON object; skipped", nil)
    }
    if let type = value["messageType"]?.string, type != "message" {
      let isKnown = Self.knownEventTypes.contains(type)
      return skip(type, isKnown ? nil : .note, "unknown message type; skipped", type, kind: "unknown_message_type")
    }
    if let deleted = value["deletedDateTime"], deleted != .null {
      return skip("deleted", nil, "", nil)
    }
    guard let rawID = Self.identifier(value["id"]) else {
      return skip("missing_id", .warning, "message has no 'id'; skipped", value["id"].map(SlackMessageParser.describe))
    }
    guard let (author, isBot) = Self.author(of: value) else {
      return skip("missing_author", .warning, "message has neither 'from.user' nor 'from.application'; skipped",
                  rawID)
    }
    var records: [ImportRecord] = []
    if let from = value["from"]?[isBot ? "application" : "user"] {
      notePerson(id: author, name: from["displayName"]?.string, isBot: isBot, into: &records)
    }
    let message = message(value, rawID: rawID, author: author, isBot: isBot, location: location,
                          diagnostics: &diagnostics, people: &records)
    records.append(.message(message))
    return records
  }

  private mutating func message(
    _ value: JSONValue, rawID: String, author: String, isBot: Bool, location: SourceLocation,
    diagnostics: inout DiagnosticLog, people: inout [ImportRecord]
  ) -> MessageRecord {
    let channelID = (value["channelIdentity"]?["channelId"]?.string).nonEmpty
    let chatID = (value["chatId"]?.string).nonEmpty
    let channel = channelID ?? chatID
    let qualify = { (id: String) in channel.map { "\($0)/\(id)" } ?? id }
    let createdText = value["createdDateTime"]?.string
    let time = createdText.flatMap(TimestampParser.date(from:))
    if time == nil {
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_time", message: "message has no valid 'createdDateTime'; kept without a time",
        location: location, value: value["createdDateTime"].map(SlackMessageParser.describe)))
    }
    var mentions: [String] = []
    for mention in value["mentions"]?.array ?? [] {
      guard let (id, isBot) = Self.identity(mention["mentioned"]) else { continue }
      notePerson(id: id, name: mention["mentioned"]?[isBot ? "application" : "user"]?["displayName"]?.string,
                 isBot: isBot, into: &people)
      if !mentions.contains(id) { mentions.append(id) }
    }
    let reactions = (value["reactions"]?.array ?? []).compactMap { (reaction: JSONValue) -> String? in
      (reaction["user"]?["user"]?["id"]?.string).nonEmpty
    }
    var record = MessageRecord(
      id: qualify(rawID), author: author, time: time, channel: channel, mentions: mentions, reactions: reactions,
      text: value["body"]?["content"]?.string, isFromBot: isBot, isPrivate: channelID == nil && chatID != nil,
      location: location)
    if let root = Self.identifier(value["replyToId"]), root != rawID {
      record.replyTo = qualify(root)
      record.threadRoot = record.replyTo
    }
    return record
  }

  /// Appends a person record the first time `id` is seen with a name or as a bot.
  private mutating func notePerson(id: String, name: String?, isBot: Bool, into records: inout [ImportRecord]) {
    guard name.nonEmpty != nil || isBot, seenPeople.insert(id).inserted else { return }
    records.append(.person(PersonRecord(id: id, name: name.nonEmpty, isBot: isBot)))
  }

  /// The author of a message: `from.user.id`, else `from.application.id` (a bot).
  static func author(of value: JSONValue) -> (id: String, isBot: Bool)? {
    identity(value["from"])
  }

  /// A Graph identity set's user id (a person), else its application id (a bot).
  static func identity(_ set: JSONValue?) -> (id: String, isBot: Bool)? {
    if let user = (set?["user"]?["id"]?.string).nonEmpty { return (user, false) }
    if let application = (set?["application"]?["id"]?.string).nonEmpty { return (application, true) }
    return nil
  }

  /// An id written as a string, or as an integral number by tools that convert it.
  static func identifier(_ value: JSONValue?) -> String? {
    if let text = (value?.string).nonEmpty { return text }
    return value?.int.map(String.init)
  }

  /// True when `bytes`, the start of a file, holds a `"messageType"` member and a `"from"` or `"body"` one: the
  /// shape of Graph `chatMessage` objects.
  static func looksLikeMessages(_ bytes: some Collection<UInt8>) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    return hasMember("messageType", in: text) && (hasMember("from", in: text) || hasMember("body", in: text))
  }

  private static func hasMember(_ name: String, in text: String) -> Bool {
    var rest = Substring(text)
    let key = "\"\(name)\""
    while let range = rest.range(of: key) {
      rest = rest[range.upperBound...]
      if rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).first == ":" { return true }
    }
    return false
  }
}
