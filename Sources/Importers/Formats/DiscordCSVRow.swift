import ConversationModel
import Foundation

/// Turns one row of a DiscordChatExporter CSV (`AuthorID,Author,Date,Content,Attachments,Reactions`, `,` or the
/// older `;`) into its author's person record (first time seen) and one `.message` or `.skipped` record.
///
/// Definitions: the CSV has no message id, so the id is `channel/line` (the file's name without extension and
/// the row's 1-based line); the author is `AuthorID`, named by `Author`; the time is `Date`, ISO 8601 (newer
/// DCE) or the older `12-Mar-19 12:26 AM` (`DiscordCSVRow.legacyDate`).
///
/// Choices:
/// - No reply pointers and no bot flag exist in this form: messages have no `replyTo` (`--infer-replies` infers
///   them) and every author counts as a person.
/// - Mentions are the `<@id>` and `<@!id>` tokens of `Content`, each person once; DCE renders most mentions as
///   `@name`, which names no id and gives no edge. `Reactions` (`👍 (1)`) are counts only: no reaction edges.
/// - The older date form carries no zone: it is the exporting machine's local time, read as UTC.
/// - Skipped with a warning: `missing_author`, `invalid_timestamp`.
///
/// - Complexity: O(row length).
struct DiscordCSVRow {
  let channel: String

  func records(
    _ record: CSVRecord, table: HeaderTable, announced: inout Set<String>, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    func skip(_ reason: String, _ column: String, _ message: String, _ value: String?) -> [ImportRecord] {
      let location = table.location(column, in: record)
      diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
      return [.skipped(reason: reason, location: location)]
    }
    guard let author = table.value("authorid", in: record) else {
      return skip("missing_author", "authorid", "row has no AuthorID; skipped", nil)
    }
    let dateText = table.value("date", in: record)
    guard let time = dateText.flatMap({ TimestampParser.date(from: $0) ?? Self.legacyDate($0) }) else {
      return skip("invalid_timestamp", "date", "Date is blank or not a DiscordChatExporter date; row skipped",
                  dateText ?? "")
    }
    let location = table.location(nil, in: record)
    var result: [ImportRecord] = []
    if announced.insert(author).inserted {
      result.append(.person(PersonRecord(id: author, name: table.value("author", in: record), location: location)))
    }
    let content = table.rawValue("content", in: record)
    result.append(.message(MessageRecord(
      id: "\(channel)/\(record.line)", author: author, time: time, channel: channel,
      mentions: Self.mentions(in: content ?? ""), text: content, location: location)))
    return result
  }

  /// The ids of `<@id>` and `<@!id>` tokens, each once, in order.
  static func mentions(in text: String) -> [String] {
    var result: [String] = []
    var rest = Substring(text)
    while let start = rest.range(of: "<@") {
      rest = rest[start.upperBound...]
      if rest.first == "!" { rest = rest.dropFirst() }
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      rest = rest[digits.endIndex...]
      if !digits.isEmpty, rest.first == ">", !result.contains(String(digits)) { result.append(String(digits)) }
    }
    return result
  }

  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// `12-Mar-19 12:26 AM` (day, English month, two- or four-digit year, 12-hour clock), read as UTC.
  static func legacyDate(_ text: String) -> Date? {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" })
    guard parts.count == 6, let day = Int(parts[0]), let monthIndex = months.firstIndex(of: parts[1].lowercased()),
      var year = Int(parts[2]), var hour = Int(parts[3]), let minute = Int(parts[4]),
      (1...12).contains(hour), (0...59).contains(minute)
    else { return nil }
    let meridiem = parts[5].uppercased()
    guard meridiem == "AM" || meridiem == "PM" else { return nil }
    if year < 100 { year += 2000 }
    guard (1...TimestampParser.daysInMonth(year: year, month: monthIndex + 1)).contains(day) else { return nil }
    hour = hour % 12 + (meridiem == "PM" ? 12 : 0)
    let days = CivilDate.days(year: year, month: monthIndex + 1, day: day)
    return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60))
  }
}
