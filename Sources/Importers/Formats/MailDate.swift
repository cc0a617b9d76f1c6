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
  static func parse(_ bytes: [UInt8]) -> Date? {
    let words = splitWords(removingComments(bytes))
    var month: Int?
    var time: [Int]?
    var numbers: [ArraySlice<UInt8>] = []
    var zone: Int?
    for word in words {
      if time == nil, word.contains(0x3A) {
        time = timeOfDay(word)
        if time == nil { return nil }
      } else if word.allSatisfy(MailBytes.isDigit) {
        numbers.append(word)
      } else if month == nil, let named = monthNumber(word) {
        month = named
      } else if time != nil, zone == nil {
        zone = zoneOffset(word)
      }
    }
    guard let month, let time, numbers.count >= 2,
      let dayIndex = numbers.firstIndex(where: { $0.count <= 2 }), let day = number(numbers[dayIndex]),
      let year = expandedYear(numbers[dayIndex == 0 ? 1 : 0]),
      day >= 1, day <= TimestampParser.daysInMonth(year: year, month: month)
    else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    let seconds = Double(days) * 86_400 + Double(time[0] * 3600 + time[1] * 60 + time[2]) - Double(zone ?? 0)
    return Date(timeIntervalSince1970: seconds)
  }

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

  private static func splitWords(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split { MailBytes.isSpace($0) || $0 == 0x2C }
  }

  private static let months: [[UInt8]] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                          "dec"].map { Array($0.utf8) }

  private static func monthNumber(_ word: ArraySlice<UInt8>) -> Int? {
    guard word.count >= 3 else { return nil }
    let prefix = MailBytes.asciiLowercased(word.prefix(3))
    return months.firstIndex(of: prefix).map { $0 + 1 }
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(MailBytes.isDigit) else { return nil }
    return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }

  /// `[hour, minute, second]` of `HH:MM[:SS]`.
  private static func timeOfDay(_ word: ArraySlice<UInt8>) -> [Int]? {
    let parts = word.split(separator: 0x3A, omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ (1...2).contains($0.count) }) else { return nil }
    let values = parts.compactMap(number) + (parts.count == 2 ? [0] : [])
    guard values.count == 3, values[0] <= 23, values[1] <= 59, values[2] <= 60 else { return nil }
    return [values[0], values[1], min(values[2], 59)]
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
