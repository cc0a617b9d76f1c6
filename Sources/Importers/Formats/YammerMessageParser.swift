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
  let columns: Columns

  static let allCompany = "All Company"

  /// Where the columns the rules read sit in `Messages.csv`, found once by name (`HeaderTable.index(of:)`).
  struct Columns {
    let id, deletedAt, sender, createdAt, body, groupID, inPrivate, participants, groupName, senderType,
      repliedTo, thread: Int?

    init(_ table: HeaderTable) {
      id = table.index(of: "id")
      deletedAt = table.index(of: "deleted_at")
      sender = table.index(of: "sender_id")
      createdAt = table.index(of: "created_at")
      body = table.index(of: "body")
      groupID = table.index(of: "group_id")
      inPrivate = table.index(of: "in_private_conversation")
      participants = table.index(of: "participants")
      groupName = table.index(of: "group_name")
      senderType = table.index(of: "sender_type")
      repliedTo = table.index(of: "replied_to_id")
      thread = table.index(of: "thread_id")
    }
  }

  /// The checked path: the record of `record`, a row of `table`, every rule applied to its `String` fields.
  func record(_ record: CSVRecord, table: HeaderTable, diagnostics: inout DiagnosticLog) -> ImportRecord {
    func skip(_ reason: String, _ column: String, _ message: String, _ value: String?) -> ImportRecord {
      let location = table.location(column, in: record)
      diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
      return .skipped(reason: reason, location: location)
    }
    guard let id = record.value(at: columns.id) else {
      return skip("missing_id", "id", "message row has no id; skipped", nil)
    }
    if record.value(at: columns.deletedAt) != nil {
      return .skipped(reason: "deleted", location: table.location("deleted_at", in: record))
    }
    guard let sender = record.value(at: columns.sender) else {
      return skip("missing_author", "sender_id", "message has no sender_id; skipped", id)
    }
    let timeText = record.value(at: columns.createdAt)
    guard let time = timeText.flatMap(TimestampParser.date(from:)) else {
      return skip("invalid_timestamp", "created_at", "created_at is blank or not a timestamp; message skipped",
                  timeText ?? "")
    }
    return .message(message(
      id: id, sender: sender, time: time, body: table.rawValue("body", in: record),
      location: table.location(nil, in: record), value: { record.value(at: $0) },
      lowercasedEquals: { index, word in record.value(at: index).map { $0.lowercased() == word } }))
  }

  /// The fast path: the record of the row `table` holds as spans (`HeaderTable.nextSpansOrError`), the same as
  /// `record(_:table:diagnostics:)` gives, when the row is a message: id, `sender_id` and a `created_at` that
  /// parses present, no `deleted_at`, and its position known from the spans. `nil` for any other row, which the
  /// caller reads by the checked path: only the `String`s the message keeps are made, and no `CSVRecord`; the
  /// time and the flags are read from the fields' bytes.
  /// - Complexity: O(row length).
  func spanRecord(table: HeaderTable) -> ImportRecord? {
    guard let location = table.spanRowLocation, let id = table.spanValue(columns.id),
      table.spanIsBlank(columns.deletedAt), let sender = table.spanValue(columns.sender),
      let time = table.withSpanValue(columns.createdAt, TimestampParser.date(fromBytes:))
    else { return nil }
    return .message(message(
      id: id, sender: sender, time: time, body: table.spanRawValue(columns.body), location: location,
      value: { table.spanValue($0) },
      lowercasedEquals: { index, word in table.withSpanValue(index) { Self.lowercased($0, equals: word) } }))
  }

  /// The message of a row whose id, sender and time passed the checks; `value` reads a column's trimmed value,
  /// `lowercasedEquals` whether it is `word` once lower-cased (`nil` when the column is blank or absent).
  private func message(
    id: String, sender: String, time: Date, body: String?, location: SourceLocation, value: (Int?) -> String?,
    lowercasedEquals: (Int?, String) -> Bool?
  ) -> MessageRecord {
    let groupID = value(columns.groupID)
    let isPrivate =
      lowercasedEquals(columns.inPrivate, "true") == true || (groupID == nil && value(columns.participants) != nil)
    let channel =
      isPrivate ? nil : value(columns.groupName) ?? groupID.map { groupNames[$0] ?? $0 } ?? Self.allCompany
    return MessageRecord(
      id: id, author: sender, time: time, channel: channel, replyTo: value(columns.repliedTo),
      threadRoot: value(columns.thread), mentions: Self.mentions(in: body ?? ""), text: body,
      isFromBot: lowercasedEquals(columns.senderType, "user").map { !$0 } ?? false, isPrivate: isPrivate,
      location: location)
  }

  /// Whether the text of `bytes` lower-cased is `word` (lower-case ASCII letters): by bytes when they are ASCII
  /// (where `lowercased()` maps only `A`–`Z`), by `String.lowercased()` otherwise.
  static func lowercased(_ bytes: UnsafeRawBufferPointer, equals word: String) -> Bool {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() == word }
    guard bytes.count == word.utf8.count else { return false }
    var index = 0
    for letter in word.utf8 {
      guard bytes[index] | 0x20 == letter else { return false }
      index += 1
    }
    return true
  }

  /// The user ids of the `[[user:N]]` tokens in `body`, each once, in order of first mention.
  ///
  /// Choice: searched by bytes, the same as by `Character`s (`characterMentions`) whenever each `[[user:` and `]]`
  /// found has ASCII bytes (or the body's ends) on both sides, so that it splits no grapheme cluster, and each id
  /// is ASCII; a body where one does not is searched by `Character`s. No other text is canonically equivalent
  /// to these ASCII tokens, so a body without their bytes has no mentions.
  /// - Complexity: O(body length × tokens).
  static func mentions(in body: String) -> [String] {
    var text = body
    var ranges: [Range<Int>] = []
    let byBytes = text.withUTF8 { bytes -> [String]? in
      guard mentionRanges(in: bytes, into: &ranges) else { return nil }
      return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
    return byBytes ?? characterMentions(in: body)
  }

  private static let tokenOpen = Array("[[user:".utf8)
  private static let tokenClose = Array("]]".utf8)

  /// The byte search of `mentions(in:)`: appends to `ranges` the range in `bytes` of each distinct id, in order of
  /// first mention, and returns true; false (`ranges` then partly filled) when a token found or an id is not
  /// surrounded by ASCII, for the `Character` search.
  /// - Complexity: O(bytes × tokens).
  static func mentionRanges(in bytes: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) -> Bool {
    func isASCII(_ index: Int) -> Bool { index < 0 || index >= bytes.count || bytes[index] < 0x80 }
    var open = bytes.firstOffset(of: tokenOpen, from: 0)
    while let token = open {
      let after = token + tokenOpen.count
      guard isASCII(token - 1), isASCII(after) else { return false }
      guard let close = bytes.firstOffset(of: tokenClose, from: after) else { break }
      guard isASCII(close - 1), isASCII(close + tokenClose.count),
        bytes[after..<close].allSatisfy({ $0 < 0x80 })
      else { return false }
      var lower = after
      var upper = close
      while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t") { lower += 1 }
      while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t") {
        upper -= 1
      }
      let digits = bytes[lower..<upper]
      if !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
        !ranges.contains(where: { bytes[$0].elementsEqual(digits) })
      {
        ranges.append(lower..<upper)
      }
      open = bytes.firstOffset(of: tokenOpen, from: close + tokenClose.count)
    }
    return true
  }

  /// `mentions(in:)` by `Character`s, for a body that is not ASCII.
  static func characterMentions(in body: String) -> [String] {
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
