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
  static func parse(_ text: String) -> Date? {
    let words = splitWords(removingComments(text))
    var month: Int?
    var time: [Int]?
    var numbers: [Substring] = []
    var zone: Int?
    for word in words {
      if time == nil, word.contains(":") {
        time = timeOfDay(word)
        if time == nil { return nil }
      } else if word.allSatisfy(\.isASCIIDigit) {
        numbers.append(word)
      } else if month == nil, let named = monthNumber(word) {
        month = named
      } else if time != nil, zone == nil {
        zone = zoneOffset(word)
      }
    }
    guard let month, let time, numbers.count >= 2,
      let dayIndex = numbers.firstIndex(where: { $0.count <= 2 }), let day = Int(numbers[dayIndex]),
      let year = expandedYear(numbers[dayIndex == 0 ? 1 : 0]),
      day >= 1, day <= TimestampParser.daysInMonth(year: year, month: month)
    else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    let seconds = Double(days) * 86_400 + Double(time[0] * 3600 + time[1] * 60 + time[2]) - Double(zone ?? 0)
    return Date(timeIntervalSince1970: seconds)
  }

  private static func removingComments(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
        result.append(" ")
      } else if character == ")" && depth > 0 {
        depth -= 1
        result.append(" ")
      } else if depth == 0 {
        result.append(character)
      }
    }
    return result
  }

  private static func splitWords(_ text: String) -> [Substring] {
    text.split { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" }
  }

  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  private static func monthNumber(_ word: Substring) -> Int? {
    guard word.count >= 3 else { return nil }
    return months.firstIndex(of: word.prefix(3).lowercased()).map { $0 + 1 }
  }

  /// `[hour, minute, second]` of `HH:MM[:SS]`.
  private static func timeOfDay(_ word: Substring) -> [Int]? {
    let parts = word.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    let values = parts.compactMap { Int($0) } + (parts.count == 2 ? [0] : [])
    guard values[0] <= 23, values[1] <= 59, values[2] <= 60 else { return nil }
    return [values[0], values[1], min(values[2], 59)]
  }

  private static func expandedYear(_ word: Substring) -> Int? {
    guard let value = Int(word) else { return nil }
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
  private static func zoneOffset(_ word: Substring) -> Int {
    if let sign = word.first, sign == "+" || sign == "-" {
      let digits = word.dropFirst()
      guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return 0 }
      let seconds = (value / 100) * 3600 + (value % 100) * 60
      return sign == "-" ? -seconds : seconds
    }
    return (namedZones[word.lowercased()] ?? 0) * 3600
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
