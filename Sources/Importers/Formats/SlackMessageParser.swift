import ConversationModel
import Foundation

/// Turns one Slack message object into exactly one import record: a `.message` or a `.skipped` with a reason.
///
/// Definitions (FORMATS.md §1): the id is `channel/ts` (`ts` is unique per channel only), the time is `ts` in
/// Unix seconds, the channel is the folder name. Threads are flat: a reply (`thread_ts` ≠ `ts`) answers the
/// root `channel/thread_ts`, and `parent_user_id` names the root's author even when the root is missing.
///
/// Subtypes:
/// - Talk: none, `thread_broadcast` (and the older `reply_broadcast`; one reply, shown in the channel too),
///   `me_message`, `file_share` (a user sharing a file with text is talk), `bot_message` (author `bot_id`, else
///   `username`; yielded with `isFromBot`, so replies to bots are counted as bot interactions).
/// - `file_comment` (pre-2019 exports) is talk too: its author is `comment.user`, its text `comment.comment`,
///   and it answers the file's owner (`file.user`) through `replyToAuthor`, since commenting on someone's file
///   addresses them.
/// - Edits, deletions and reply notices (`message_changed`, `message_deleted`, `message_replied`) never create
///   messages: skipped with the subtype as reason. Joins, leaves, topic/purpose/name changes, archiving, pins,
///   integrations and other channel events are skipped the same way; a subtype not known here is skipped with
///   an `unknown_subtype` note.
/// - For `file_share` and `file_comment` the author is dropped from the mentions: Slack writes the generated
///   "<@author|name> uploaded a file" prefix into the text.
///
/// Skip reasons besides subtypes: `malformed_message` (not an object), `not_a_message` (`type` other than
/// "message"), `missing_ts`, `missing_author`.
struct SlackMessageParser {
  let channel: String
  let path: String
  /// For a per-thread file of an API dump (`<thread_ts>.json`): the thread every message without its own
  /// `thread_ts` belongs to, and the root's author (the file's first message), for replies.
  var fileThreadTS: String?
  var fileThreadAuthor: String?

  static let talkSubtypes: Set<String> = [
    "thread_broadcast", "reply_broadcast", "me_message", "file_share", "file_comment", "bot_message",
  ]
  static let eventSubtypes: Set<String> = [
    "message_changed", "message_deleted", "message_replied", "channel_join", "channel_leave", "channel_topic",
    "channel_purpose", "channel_name", "channel_archive", "channel_unarchive", "channel_convert_to_private",
    "channel_convert_to_public", "group_join", "group_leave", "group_topic", "group_purpose", "group_name",
    "group_archive", "group_unarchive", "bot_add", "bot_remove", "bot_enable", "bot_disable", "pinned_item",
    "unpinned_item", "reminder_add", "reminder_delete", "file_mention", "tombstone", "sh_room_created",
    "huddle_thread", "channel_canvas_updated", "ekm_access_denied",
  ]

  /// Every member of a message object this parser and `SlackMentions` read, down to the nested ones
  /// (`comment.user`, `file.user`, `reactions[].users`, the `type`/`user_id`/`elements` of block elements);
  /// `SlackReader` builds only these, so the blocks' copies of the text and members such as `user_profile` or
  /// `client_msg_id` are checked but never made into strings.
  ///
  /// Choice: block elements nest (`rich_text` > `rich_text_list` > `rich_text_section` > ...), and a filter is a
  /// value, so it cannot refer to itself: the filter covers `blockFilterDepth` levels of `elements`, and any
  /// deeper `elements` value is built whole, which `SlackMentions` reads the same way.
  static let usedMembers: JSONMemberFilter = {
    var block = JSONMemberFilter(["type", "user_id", "elements"])
    for _ in 1..<blockFilterDepth {
      block = JSONMemberFilter(["type", "user_id"], nested: ["elements": block])
    }
    return JSONMemberFilter(
      ["type", "subtype", "ts", "user", "bot_id", "username", "text", "thread_ts", "parent_user_id"],
      nested: [
        "comment": JSONMemberFilter(["comment", "user"]), "file": JSONMemberFilter(["user"]), "blocks": block,
        "reactions": JSONMemberFilter(["users", "count", "name"]),
      ])
  }()

  /// The levels of block `elements` that `usedMembers` filters (rich text uses four to six).
  static let blockFilterDepth = 8

  func record(from value: JSONValue, entry: Int, diagnostics: inout DiagnosticLog) -> ImportRecord {
    let location = SourceLocation(path: path, entry: entry)
    func skip(
      _ reason: String, _ severity: Diagnostic.Severity?, _ message: String, _ value: String?, kind: String? = nil
    ) -> ImportRecord {
      if let severity {
        diagnostics.emit(
          Diagnostic(severity, kind: kind ?? reason, message: message, location: location, value: value))
      }
      return .skipped(reason: reason, location: location)
    }
    guard case .object = value else {
      return skip("malformed_message", .warning, "message is not a JSON object; skipped", nil)
    }
    let object = value
    if let type = object["type"]?.string, type != "message" {
      return skip("not_a_message", .note, "entry is not a message; skipped", type)
    }
    let subtype = object["subtype"]?.string
    if let subtype, !Self.talkSubtypes.contains(subtype) {
      let isKnown = Self.eventSubtypes.contains(subtype)
      return skip(subtype, isKnown ? nil : .note, "unknown message subtype; skipped", subtype, kind: "unknown_subtype")
    }
    guard let ts = object["ts"]?.string, let seconds = Double(ts) else {
      return skip("missing_ts", .warning, "message has no valid 'ts'; skipped", object["ts"].map(Self.describe))
    }
    guard let author = Self.author(of: object, subtype: subtype) else {
      return skip("missing_author", .warning, "message has no author; skipped", ts)
    }
    return .message(message(object, subtype: subtype, ts: ts, seconds: seconds, author: author,
                            location: location, diagnostics: &diagnostics))
  }

  private func message(
    _ object: JSONValue, subtype: String?, ts: String, seconds: Double, author: String,
    location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> MessageRecord {
    let text = subtype == "file_comment" ? object["comment"]?["comment"]?.string : object["text"]?.string
    var mentions = SlackMentions.ids(text: text, blocks: object["blocks"])
    if subtype == "file_share" || subtype == "file_comment" { mentions.removeAll { $0 == author } }
    var record = MessageRecord(
      id: "\(channel)/\(ts)", author: author, time: Date(timeIntervalSince1970: seconds), channel: channel,
      mentions: mentions, reactions: reactions(object, location: location, diagnostics: &diagnostics), text: text,
      isFromBot: subtype == "bot_message", location: location)
    if let threadTS = object["thread_ts"]?.string ?? fileThreadTS {
      record.threadRoot = "\(channel)/\(threadTS)"
      if threadTS != ts {
        record.replyTo = record.threadRoot
        record.replyToAuthor = (object["parent_user_id"]?.string).nonEmpty ?? fileThreadAuthor
      }
    } else if subtype == "file_comment" {
      record.replyToAuthor = (object["file"]?["user"]?.string).nonEmpty
    }
    return record
  }

  static func author(of object: JSONValue, subtype: String?) -> String? {
    switch subtype {
    case "bot_message":
      return ["bot_id", "username", "user"].lazy.compactMap { (object[$0]?.string).nonEmpty }.first
    case "file_comment":
      return (object["comment"]?["user"]?.string).nonEmpty ?? (object["user"]?.string).nonEmpty
    default:
      return (object["user"]?.string).nonEmpty
    }
  }

  /// A value as a diagnostic quotes it: the text of a string, else a short JSON-like rendering.
  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): text
    case .number(let number): number.rounded() == number && abs(number) < 1e15 ? "\(Int(number))" : "\(number)"
    case .bool(let flag): "\(flag)"
    case .null: "null"
    case .array: "[…]"
    case .object: "{…}"
    }
  }

  /// One entry per user per reaction; a note when `count` says the `users` list was truncated.
  private func reactions(
    _ object: JSONValue, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> [String] {
    var result: [String] = []
    for reaction in object["reactions"]?.array ?? [] where reaction.object != nil {
      let users = (reaction["users"]?.array ?? []).compactMap(\.string)
      result += users
      if let count = reaction["count"]?.int, count > users.count {
        diagnostics.emit(Diagnostic(
          .note, kind: "reaction_users_truncated",
          message: "reaction count exceeds the users listed; only listed users are counted", location: location,
          value: reaction["name"]?.string))
      }
    }
    return result
  }
}
