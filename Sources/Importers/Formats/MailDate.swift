import ConversationModel
import Foundation

/// Parses the `Date` header of an e-mail: RFC 5322 §3.3 `date-time`, its obsolete forms (§4.3) and the asctime
/// layout some archivers write.
///
/// Definition: the text is split into words at white space and commas after `(comments)` are removed. A leading
/// day name is ignored (it is not checked against the date). The month is the first word whose first three
/// letters name a month (English, any case); the time is the first word with a colon, `HH:MM[:SS]`; the day is
/// the first number of one or two digits, the year the other number.
///
/// Choices:
/// - Years of two digits are 2000+ below 50, else 1900+; three digits are 1900+ (RFC 5322 §4.3).
/// - Zones: `+HHMM`/`-HHMM`; `UT`, `GMT`, `Z` and the US names (`EST` -5 … `PDT` -7); any other name (military
///   letters, `CEST`) or no zone at all means UTC, as §4.3 says of unknown zone names (`-0000`).
/// - A second of 60 (a leap second) is read as 59. Anything else out of range makes the date invalid.
///
/// - Complexity: O(length of the text).
enum MailDate {
  /// Seconds since 1970 in UTC, or `nil` when the text is not a date.
  static func parse(_ text: String) -> Date? { parse(Array(text.utf8)) }

  /// `parse(_:)` of UTF-8 bytes.
  ///
  /// Choice: the words are walked in place and only the first two numbers and the first short one are kept,
  /// without an array of words or numbers (`perf`: the arrays were most of the 6 % of an mbox import spent here).
  static func parse(_ bytes: [UInt8]) -> Date? {
    let text = removingComments(bytes)
    var month: Int?
    var time: (hour: Int, minute: Int, second: Int)?
    var numbers: (first: ArraySlice<UInt8>?, second: ArraySlice<UInt8>?, day: ArraySlice<UInt8>?) = (nil, nil, nil)
    var zone: Int?
    var index = 0
    while index < text.count {
      guard !isSeparator(text[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < text.count, !isSeparator(text[index]) { index += 1 }
      let word = text[start..<index]
      if time == nil, word.contains(0x3A) {
        time = timeOfDay(word)
        if time == nil { return nil }
      } else if word.allSatisfy(MailBytes.isDigit) {
        if numbers.first == nil { numbers.first = word } else if numbers.second == nil { numbers.second = word }
        if numbers.day == nil, word.count <= 2 { numbers.day = word }
      } else if month == nil, let named = monthNumber(word) {
        month = named
      } else if time != nil, zone == nil {
        zone = zoneOffset(word)
      }
    }
    guard let month, let time, let first = numbers.first, let second = numbers.second, let dayWord = numbers.day,
      let day = number(dayWord), let year = expandedYear(dayWord.startIndex == first.startIndex ? second : first),
      day >= 1, day <= TimestampParser.daysInMonth(year: year, month: month)
    else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    let seconds = Double(days) * 86_400 + Double(time.hour * 3600 + time.minute * 60 + time.second) - Double(zone ?? 0)
    return Date(timeIntervalSince1970: seconds)
  }

  private static func isSeparator(_ byte: UInt8) -> Bool { MailBytes.isSpace(byte) || byte == 0x2C }

  /// The bytes with every (nested) comment replaced by a space.
  private static func removingComments(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(0x28) else { return bytes }
    var result: [UInt8] = []
    var depth = 0
    for byte in bytes {
      if byte == 0x28 {
        depth += 1
        result.append(0x20)
      } else if byte == 0x29 && depth > 0 {
        depth -= 1
        result.append(0x20)
      } else if depth == 0 {
        result.append(byte)
      }
    }
    return result
  }

  private static let months: [[UInt8]] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                          "dec"].map { Array($0.utf8) }

  private static func monthNumber(_ word: ArraySlice<UInt8>) -> Int? {
    guard word.count >= 3 else { return nil }
    let start = word.startIndex
    let prefix = (lower(word[start]), lower(word[start + 1]), lower(word[start + 2]))
    return months.firstIndex { $0[0] == prefix.0 && $0[1] == prefix.1 && $0[2] == prefix.2 }.map { $0 + 1 }
  }

  private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(MailBytes.isDigit) else { return nil }
    return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }

  /// Hour, minute and second of `HH:MM[:SS]`.
  private static func timeOfDay(_ word: ArraySlice<UInt8>) -> (hour: Int, minute: Int, second: Int)? {
    var values = (0, 0, 0)
    var count = 0
    var partStart = word.startIndex
    var index = word.startIndex
    while true {
      if index == word.endIndex || word[index] == 0x3A {
        guard count < 3, (1...2).contains(index - partStart), let value = number(word[partStart..<index]) else {
          return nil
        }
        switch count {
        case 0: values.0 = value
        case 1: values.1 = value
        default: values.2 = value
        }
        count += 1
        if index == word.endIndex { break }
        partStart = index + 1
      }
      index += 1
    }
    guard count >= 2, values.0 <= 23, values.1 <= 59, values.2 <= 60 else { return nil }
    return (values.0, values.1, min(values.2, 59))
  }

  private static func expandedYear(_ word: ArraySlice<UInt8>) -> Int? {
    guard let value = number(word) else { return nil }
    switch word.count {
    case 2: return value < 50 ? 2000 + value : 1900 + value
    case 3: return 1900 + value
    case 4: return value
    default: return nil
    }
  }

  private static let namedZones: [String: Int] = [
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7,
  ]

  /// The zone's offset east of UTC in seconds.
  private static func zoneOffset(_ word: ArraySlice<UInt8>) -> Int {
    if let sign = word.first, sign == 0x2B || sign == 0x2D {
      guard word.count == 5, let value = number(word.dropFirst()) else { return 0 }
      let seconds = (value / 100) * 3600 + (value % 100) * 60
      return sign == 0x2D ? -seconds : seconds
    }
    return (namedZones[MailBytes.string(MailBytes.asciiLowercased(word))] ?? 0) * 3600
  }
}
