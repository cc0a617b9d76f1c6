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
  let columns: Columns

  /// Where `AuthorID`, `Author`, `Date` and `Content` sit, found once by name (`HeaderTable.index(of:)`).
  struct Columns {
    let authorID, author, date, content: Int?

    init(_ table: HeaderTable) {
      authorID = table.index(of: "authorid")
      author = table.index(of: "author")
      date = table.index(of: "date")
      content = table.index(of: "content")
    }
  }

  /// The checked path: the records of `record`, a row of `table`, every rule applied to its `String` fields.
  func records(
    _ record: CSVRecord, table: HeaderTable, announced: inout Set<String>, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    func skip(_ reason: String, _ column: String, _ message: String, _ value: String?) -> [ImportRecord] {
      let location = table.location(column, in: record)
      diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
      return [.skipped(reason: reason, location: location)]
    }
    guard let author = record.value(at: columns.authorID) else {
      return skip("missing_author", "authorid", "row has no AuthorID; skipped", nil)
    }
    let dateText = record.value(at: columns.date)
    guard let time = dateText.flatMap(Self.date) else {
      return skip("invalid_timestamp", "date", "Date is blank or not a DiscordChatExporter date; row skipped",
                  dateText ?? "")
    }
    let row = records(
      author: author, isNewAuthor: announced.insert(author).inserted, time: time,
      name: { record.value(at: columns.author) }, content: table.rawValue("content", in: record), line: record.line,
      location: table.location(nil, in: record))
    return row.person.map { [.person($0), row.message] } ?? [row.message]
  }

  /// The fast path: the records of the row `table` holds as spans (`HeaderTable.nextSpansOrError`), the same as
  /// `records(_:table:announced:diagnostics:)` gives (the author's person record, when first seen, then the
  /// message), when the row has an `AuthorID` and a `Date` that parses and its position is known from the spans;
  /// `nil` (nothing announced) for any other row, which the caller reads by the checked path. No `CSVRecord` and
  /// no array is made, a `String` only for the fields kept, and the date is read from its bytes.
  ///
  /// Choice: an `AuthorID` of 1 to 19 ASCII digits (no leading zero) is looked up by its number in `authors`, the
  /// id `String`s of the authors this path has announced: a known author's id is that `String` again, with no
  /// new `String` and no `announced` look-up (the number names one digit string, so the result is the same).
  /// - Complexity: O(row length).
  func spanRecords(
    table: HeaderTable, announced: inout Set<String>, authors: inout [UInt64: String]
  ) -> (person: PersonRecord?, message: ImportRecord)? {
    guard let location = table.spanRowLocation else { return nil }
    let number = table.withSpanValue(columns.authorID, Self.snowflake(_:))
    let known = number.flatMap { authors[$0] }
    guard let author = known ?? table.spanValue(columns.authorID),
      let time = table.withSpanValue(columns.date, Self.date(bytes:))
    else { return nil }
    var isNew = false
    if known == nil {
      isNew = announced.insert(author).inserted
      if let number { authors[number] = author }
    }
    return records(
      author: author, isNewAuthor: isNew, time: time, name: { table.spanValue(columns.author) },
      content: table.spanRawValue(columns.content), line: table.tokenizer.recordLine, location: location)
  }

  /// The value of `bytes` when they are 1 to 19 ASCII digits without a leading zero (a Discord snowflake id),
  /// else `nil`: distinct digit strings of that form have distinct values.
  static func snowflake(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
    DecimalKeyTable.canonicalDecimal(bytes, maxDigits: 19)
  }

  /// A DCE date: ISO 8601 (`TimestampParser`) or the older form (`legacyDate`).
  private static func date(_ text: String) -> Date? { TimestampParser.date(from: text) ?? legacyDate(text) }

  /// `date(_:)` of the text whose UTF-8 bytes are `bytes`, a `String` made only for the older form.
  static func date(bytes: UnsafeRawBufferPointer) -> Date? {
    TimestampParser.date(fromBytes: bytes) ?? legacyDate(String(decoding: bytes, as: UTF8.self))
  }

  /// The author's person record when first seen (`isNewAuthor`), and the message, for a row whose author and
  /// time passed.
  private func records(
    author: String, isNewAuthor: Bool, time: Date, name: () -> String?, content: String?, line: Int,
    location: SourceLocation
  ) -> (person: PersonRecord?, message: ImportRecord) {
    let person = isNewAuthor ? PersonRecord(id: author, name: name(), location: location) : nil
    return (person, .message(MessageRecord(
      id: "\(channel)/\(line)", author: author, time: time, channel: channel,
      mentions: Self.mentions(in: content ?? ""), text: content, location: location,
      hasPositionalID: true)))
  }

  /// The ids of `<@id>` and `<@!id>` tokens, each once, in order.
  ///
  /// Choice: searched by bytes, the same as by `Character`s (`characterMentions`) as long as every byte looked at
  /// after a `<@` found, and the bytes on both sides of that `<@`, are ASCII, so that no grapheme cluster is
  /// split; any other text is searched by `Character`s. Text without the bytes `<@` has no mentions.
  /// - Complexity: O(text length).
  static func mentions(in text: String) -> [String] {
    var copy = text
    var ranges: [Range<Int>] = []
    let byBytes = copy.withUTF8 { bytes -> [String]? in
      guard mentionRanges(in: bytes, into: &ranges) else { return nil }
      return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
    return byBytes ?? characterMentions(in: text)
  }

  /// The byte search of `mentions(in:)`: appends to `ranges` the range in `bytes` of each distinct id, in order,
  /// and returns true; false (`ranges` then partly filled) where a byte it would look at is not ASCII.
  /// - Complexity: O(bytes × mentions).
  static func mentionRanges(in bytes: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) -> Bool {
    func isASCII(_ index: Int) -> Bool { index < 0 || index >= bytes.count || bytes[index] < 0x80 }
    func isDigit(_ index: Int) -> Bool {
      index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    var index = 0
    let open = UInt8(ascii: "<")
    while true {
      index = bytes.firstOffset(of: open, open, open, from: index)
      guard index + 1 < bytes.count else { break }
      guard bytes[index + 1] == UInt8(ascii: "@") else {
        index += 1
        continue
      }
      guard isASCII(index - 1), isASCII(index + 2) else { return false }
      index += 2
      if index < bytes.count, bytes[index] == UInt8(ascii: "!") {
        guard isASCII(index + 1) else { return false }
        index += 1
      }
      let start = index
      while isDigit(index) {
        guard isASCII(index + 1) else { return false }
        index += 1
      }
      guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ">") else { continue }
      guard isASCII(index + 1) else { return false }
      let id = bytes[start..<index]
      if !ranges.contains(where: { bytes[$0].elementsEqual(id) }) { ranges.append(start..<index) }
    }
    return true
  }

  /// `mentions(in:)` by `Character`s.
  static func characterMentions(in text: String) -> [String] {
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
