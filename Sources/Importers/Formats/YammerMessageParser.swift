import ConversationModel
import Foundation

/// Turns one row of a Yammer `Messages.csv` into exactly one import record (FORMATS.md §2).
///
/// Definitions: the id is `id`; the author `sender_id`; the time `created_at` (`2021-03-04 10:12:00 +0000`, see
/// `TimestampParser`). Replies nest: `replied_to_id` is the direct parent, `thread_id` the thread starter.
/// Mentions are the `[[user:N]]` tokens of `body`, each person once.
///
/// Choices:
/// - The channel is the group: `group_name`, else the name `Groups.csv` gives `group_id`, else `group_id`
///   itself. A message with neither a group nor private participants went to the network-wide feed, labelled
///   `All Company`.
/// - A private message (`in_private_conversation` is `true`, or no group and a `participants` list) is kept,
///   with `isPrivate` and no channel, so it is counted apart from group talk.
/// - A `sender_type` other than `user` (a system or integration sender) marks the message as a bot's.
/// - Skipped with a reason: `deleted` (a `deleted_at` value; replies to it then have no target and are noted
///   as `reply_target_missing`), `missing_id`, `missing_author`, `invalid_timestamp` (each with a warning).
///
/// - Complexity: O(row length).
struct YammerMessageParser {
  let groupNames: [String: String]

  static let allCompany = "All Company"

  func record(_ record: CSVRecord, table: HeaderTable, diagnostics: inout DiagnosticLog) -> ImportRecord {
    func skip(_ reason: String, _ column: String, _ message: String, _ value: String?) -> ImportRecord {
      let location = table.location(column, in: record)
      diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
      return .skipped(reason: reason, location: location)
    }
    guard let id = table.value("id", in: record) else {
      return skip("missing_id", "id", "message row has no id; skipped", nil)
    }
    if table.value("deleted_at", in: record) != nil {
      return .skipped(reason: "deleted", location: table.location("deleted_at", in: record))
    }
    guard let sender = table.value("sender_id", in: record) else {
      return skip("missing_author", "sender_id", "message has no sender_id; skipped", id)
    }
    let timeText = table.value("created_at", in: record)
    guard let time = timeText.flatMap(TimestampParser.date(from:)) else {
      return skip("invalid_timestamp", "created_at", "created_at is blank or not a timestamp; message skipped",
                  timeText ?? "")
    }
    let body = table.rawValue("body", in: record)
    let groupID = table.value("group_id", in: record)
    let isPrivate =
      table.value("in_private_conversation", in: record)?.lowercased() == "true"
      || (groupID == nil && table.value("participants", in: record) != nil)
    let channel =
      isPrivate
      ? nil
      : table.value("group_name", in: record) ?? groupID.map { groupNames[$0] ?? $0 } ?? Self.allCompany
    let senderType = table.value("sender_type", in: record)?.lowercased()
    return .message(
      MessageRecord(
        id: id, author: sender, time: time, channel: channel, replyTo: table.value("replied_to_id", in: record),
        threadRoot: table.value("thread_id", in: record), mentions: Self.mentions(in: body ?? ""), text: body,
        isFromBot: senderType.map { $0 != "user" } ?? false, isPrivate: isPrivate,
        location: table.location(nil, in: record)))
  }

  /// The user ids of the `[[user:N]]` tokens in `body`, each once, in order of first mention.
  static func mentions(in body: String) -> [String] {
    var ids: [String] = []
    var rest = Substring(body)
    while let open = rest.range(of: "[[user:") {
      let after = rest[open.upperBound...]
      guard let close = after.range(of: "]]") else { break }
      let id = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      if !id.isEmpty, id.allSatisfy(\.isNumber), !ids.contains(id) { ids.append(id) }
      rest = after[close.upperBound...]
    }
    return ids
  }
}
