import ConversationModel
import Foundation

/// Parses the timestamps CSV exports carry into UTC dates, without `DateFormatter` (slow and locale-dependent).
///
/// Accepted forms:
/// - Unix seconds, with an optional fraction: `1700000123`, `1700000123.5`.
/// - ISO 8601 date: `2024-05-02` (midnight UTC).
/// - ISO 8601 date and time with `T` or one space between them: `2024-05-02T09:15`, `2024-05-02 09:15:00`,
///   `2024-05-02T09:15:00.250`, each optionally followed by `Z`, `±HH:MM`, `±HHMM` or `±HH`, with or without one
///   space before it (Yammer writes `2021-03-04 10:12:00 +0000`). No zone means UTC.
///
/// Calendar fields are range-checked (month 1–12, day within the month, hour 0–23, minute 0–59, second 0–60);
/// anything else is `nil`.
///
/// Choice: the bytes are read in place (`date(fromBytes:)`), with no copy; a `String` is made only for Unix seconds
/// and a fraction of a second, which `Double` parses, so that those give exactly the values they always did.
///
/// - Complexity: O(length of the text).
enum TimestampParser {
  static func date(from text: String) -> Date? {
    var text = text
    return text.withUTF8 { date(fromBytes: UnsafeRawBufferPointer($0)) }
  }

  /// `date(from:)` of the text whose UTF-8 bytes are `bytes`.
  static func date(fromBytes bytes: UnsafeRawBufferPointer) -> Date? {
    guard !bytes.isEmpty else { return nil }
    if bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) {
      return Double(String(decoding: bytes, as: UTF8.self)).map { Date(timeIntervalSince1970: $0) }
    }
    var scanner = DigitScanner(bytes: bytes)
    return scanner.isoDate()
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

/// A cursor over the bytes of an ISO 8601 timestamp.
private struct DigitScanner {
  let bytes: UnsafeRawBufferPointer
  var position = 0

  mutating func isoDate() -> Date? {
    guard let year = number(digits: 4), skip("-"), let month = number(digits: 2), skip("-"),
      let day = number(digits: 2), (1...12).contains(month),
      (1...TimestampParser.daysInMonth(year: year, month: month)).contains(day)
    else { return nil }
    var seconds = Double(CivilDate.days(year: year, month: month, day: day)) * 86_400
    guard position < bytes.count else { return Date(timeIntervalSince1970: seconds) }
    guard skip("T") || skip(" "), let time = timeOfDay() else { return nil }
    seconds += time
    guard let offset = zoneOffset(), position == bytes.count else { return nil }
    return Date(timeIntervalSince1970: seconds - offset)
  }

  /// Seconds since midnight from `HH:MM[:SS[.fff]]`.
  private mutating func timeOfDay() -> Double? {
    guard let hour = number(digits: 2), skip(":"), let minute = number(digits: 2), hour < 24, minute < 60
    else { return nil }
    var seconds = Double(hour * 3600 + minute * 60)
    if skip(":") {
      guard let second = number(digits: 2), second <= 60 else { return nil }
      seconds += Double(second)
      if skip(".") || skip(",") {
        let start = position
        while position < bytes.count, TimestampParser.isDigit(bytes[position]) { position += 1 }
        guard position > start, let fraction = fraction(start..<position) else { return nil }
        seconds += fraction
      }
    }
    return seconds
  }

  /// The value of `0.` followed by the digits at `range`, as `Double("0." + digits)` gives it.
  ///
  /// Choice: up to 15 digits, the digits as an integer divided by the power of ten: both are exact doubles and
  /// IEEE division rounds correctly, so the quotient is the double nearest the decimal, as `Double(_:)` parses it;
  /// longer fractions are parsed from a `String`.
  private func fraction(_ range: Range<Int>) -> Double? {
    guard range.count <= 15 else {
      return Double("0." + String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }
    var value = 0
    var scale = 1
    for byte in bytes[range] {
      value = value * 10 + Int(byte - 48)
      scale *= 10
    }
    return Double(value) / Double(scale)
  }

  /// The zone offset in seconds east of UTC; 0 when absent or `Z`.
  private mutating func zoneOffset() -> Double? {
    guard position < bytes.count else { return 0 }
    if bytes[position] == UInt8(ascii: " "), position + 1 < bytes.count { position += 1 }
    if skip("Z") || skip("z") { return 0 }
    let sign: Double
    if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
    guard let hours = number(digits: 2), hours <= 23 else { return nil }
    var minutes = 0
    if position < bytes.count {
      _ = skip(":")
      guard let value = number(digits: 2), value < 60 else { return nil }
      minutes = value
    }
    return sign * Double(hours * 3600 + minutes * 60)
  }

  private mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  private mutating func number(digits: Int) -> Int? {
    guard position + digits <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[position..<(position + digits)] {
      guard TimestampParser.isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    position += digits
    return value
  }
}
