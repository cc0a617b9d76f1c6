import ConversationModel
import Foundation

/// The timestamp that starts a message line of a WhatsApp chat export, and where the rest of the line begins.
///
/// Accepted shapes (FORMATS.md §7), after a byte-order mark and any bidirectional marks (U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069):
/// - iOS: `[31/12/2023, 21:41:05] rest`, `[12/31/23, 9:41:05 PM] rest`;
/// - Android: `31/12/2023, 21:41 - rest`, `12/31/23, 9:41 PM - rest` (also with `–` as the dash).
/// The date is three numbers separated by `/`, `.` or `-`: day and month in an order the whole file decides
/// (`WhatsAppDateOrder`), or year first when the first has four digits. Two-digit years are 20YY. The time is
/// `H:MM` or `H:MM:SS` (`.` also separates), 24-hour or 12-hour with `AM`/`PM` (`am`, `a.m.`, …) after a space,
/// U+202F or U+00A0.
///
/// - Complexity: O(length of the header).
struct WhatsAppHeader: Equatable {
  /// The three date numbers as written and whether the first had four digits.
  var first: Int
  var second: Int
  var third: Int
  var yearFirst: Bool
  /// Seconds since midnight, the 12-hour clock already resolved.
  var secondsOfDay: Int
  var usesTwelveHourClock: Bool
  /// Byte offset (from the line start) of the text after the header.
  var restOffset: Int

  /// Parses the start of `line`; nil when the line is not a message header.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> WhatsAppHeader? {
    var scanner = HeaderScanner(bytes: line)
    return scanner.header()
  }

  /// The UTC time, reading the two ambiguous numbers as `order` says; nil for an impossible date.
  func date(order: WhatsAppDateOrder.Order) -> Date? {
    let (year, month, day): (Int, Int, Int)
    if yearFirst {
      (year, month, day) = (first, second, third)
    } else {
      let fullYear = third < 100 ? 2000 + third : third
      (year, month, day) = order == .dayFirst ? (fullYear, second, first) : (fullYear, first, second)
    }
    guard (1...12).contains(month), (1...TimestampParser.daysInMonth(year: year, month: month)).contains(day)
    else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    return Date(timeIntervalSince1970: Double(days * 86_400 + secondsOfDay))
  }
}

/// A cursor over one line for `WhatsAppHeader.parse`.
private struct HeaderScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  mutating func header() -> WhatsAppHeader? {
    skipMarks()
    let bracketed = skip(0x5B)
    guard let (first, firstDigits) = number(maxDigits: 4), let separator = byte(),
      separator == 0x2F || separator == 0x2E || separator == 0x2D
    else { return nil }
    position += 1
    guard let (second, _) = number(maxDigits: 2), skip(separator), let (third, thirdDigits) = number(maxDigits: 4),
      firstDigits == 4 ? thirdDigits <= 2 : (thirdDigits == 2 || thirdDigits == 4)
    else { return nil }
    _ = skip(0x2C)
    guard skipSpaces() > 0, let (seconds, twelveHour) = time() else { return nil }
    if bracketed {
      guard skip(0x5D), skipSpaces() > 0 else { return nil }
    } else {
      guard skipSpaces() > 0, skip(0x2D) || skipEnDash(), skipSpaces() > 0 else { return nil }
    }
    return WhatsAppHeader(
      first: first, second: second, third: third, yearFirst: firstDigits == 4, secondsOfDay: seconds,
      usesTwelveHourClock: twelveHour, restOffset: position)
  }

  /// `H:MM[:SS][ AM|PM]` as seconds since midnight.
  private mutating func time() -> (Int, Bool)? {
    guard let (hour, _) = number(maxDigits: 2), skip(0x3A) || skip(0x2E),
      let (minute, minuteDigits) = number(maxDigits: 2), minuteDigits == 2, minute < 60
    else { return nil }
    var second = 0
    let resume = position
    if skip(0x3A) || skip(0x2E) {
      if let (value, digits) = number(maxDigits: 2), digits == 2, value < 60 {
        second = value
      } else {
        position = resume
      }
    }
    let beforeMeridiem = position
    if skipSpaces() > 0, let isPM = meridiem() {
      guard (1...12).contains(hour) else { return nil }
      return (((hour % 12) + (isPM ? 12 : 0)) * 3600 + minute * 60 + second, true)
    }
    position = beforeMeridiem
    guard hour < 24 else { return nil }
    return (hour * 3600 + minute * 60 + second, false)
  }

  /// `AM`/`PM` in either case, with optional dots (`a.m.`); true for PM.
  private mutating func meridiem() -> Bool? {
    guard let letter = byte().map({ $0 | 0x20 }), letter == 0x61 || letter == 0x70 else { return nil }
    let start = position
    position += 1
    _ = skip(0x2E)
    _ = skip(0x20)
    guard byte().map({ $0 | 0x20 }) == 0x6D else {
      position = start
      return nil
    }
    position += 1
    _ = skip(0x2E)
    return letter == 0x70
  }

  private func byte() -> UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func skip(_ value: UInt8) -> Bool {
    guard byte() == value else { return false }
    position += 1
    return true
  }

  /// U+2013, which some locales write instead of `-`.
  private mutating func skipEnDash() -> Bool {
    guard position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80,
      bytes[position + 2] == 0x93
    else { return false }
    position += 3
    return true
  }

  /// Spaces, U+00A0 and U+202F; returns how many were skipped.
  private mutating func skipSpaces() -> Int {
    var count = 0
    while let byte = byte() {
      if byte == 0x20 {
        position += 1
      } else if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 {
        position += 2
      } else if byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80, bytes[position + 2] == 0xAF {
        position += 3
      } else {
        break
      }
      count += 1
    }
    return count
  }

  private mutating func skipMarks() {
    while position + 2 < bytes.count {
      let (first, second, third) = (bytes[position], bytes[position + 1], bytes[position + 2])
      guard WhatsAppText.isBidiMark(first, second, third) || (first == 0xEF && second == 0xBB && third == 0xBF)
      else { return }
      position += 3
    }
  }

  private mutating func number(maxDigits: Int) -> (Int, Int)? {
    var value = 0
    var digits = 0
    while digits < maxDigits, let digit = byte(), digit >= 0x30, digit <= 0x39 {
      value = value * 10 + Int(digit - 0x30)
      digits += 1
      position += 1
    }
    if let next = byte(), next >= 0x30, next <= 0x39 { return nil }
    return digits > 0 ? (value, digits) : nil
  }
}
