import ConversationModel
import Foundation

/// The days an analysis keeps (`--since`, `--until`): whole UTC days, both ends included.
///
/// Definition: an interaction is kept when its time is at or after 00:00 UTC of `since` and before 00:00 UTC
/// of the day after `until`; so `--until 2026-03-31` keeps all of 31 March. Either end may be open.
/// Choices: an interaction without a time cannot be placed and is not kept once either end is given; without
/// both ends every interaction is kept, dated or not.
public struct DateRange: Sendable, Hashable {
  /// First day kept, days since 1970-01-01 (UTC); `nil` for no lower bound.
  public var sinceDay: Int?
  /// Last day kept (inclusive), days since 1970-01-01 (UTC); `nil` for no upper bound.
  public var untilDay: Int?

  /// Parses `YYYY-MM-DD` texts; `nil` leaves that end open.
  /// - Throws: `DateRangeError` for a text that is not a calendar date, or a `since` after `until`.
  public init(since: String? = nil, until: String? = nil) throws(DateRangeError) {
    sinceDay = try since.map { text throws(DateRangeError) in try Self.day(parsing: text, option: "since") }
    untilDay = try until.map { text throws(DateRangeError) in try Self.day(parsing: text, option: "until") }
    if let sinceDay, let untilDay, sinceDay > untilDay {
      throw .emptyRange(since: CivilDate.isoDate(days: sinceDay), until: CivilDate.isoDate(days: untilDay))
    }
  }

  /// True when neither end is given: every interaction is kept.
  public var isUnbounded: Bool { sinceDay == nil && untilDay == nil }

  /// Whether an interaction at `time` is kept.
  public func contains(_ time: Date?) -> Bool {
    guard !isUnbounded else { return true }
    guard let time else { return false }
    if let sinceDay, time < Date(timeIntervalSince1970: Double(sinceDay) * 86_400) { return false }
    if let untilDay, time >= Date(timeIntervalSince1970: Double(untilDay + 1) * 86_400) { return false }
    return true
  }

  /// The day number of a strict `YYYY-MM-DD` date (four-digit year, two-digit month and day, a real day).
  static func day(parsing text: String, option: String) throws(DateRangeError) -> Int {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
      day >= 1
    else { throw .malformed(option: option, value: text) }
    let days = CivilDate.days(year: year, month: month, day: day)
    // A day past the month's end (2026-02-30) comes back as another month.
    guard CivilDate.components(days: days) == (year, month, day) else {
      throw .malformed(option: option, value: text)
    }
    return days
  }
}

/// Why `--since` or `--until` was refused.
public enum DateRangeError: Error, Sendable, Equatable, CustomStringConvertible {
  case malformed(option: String, value: String)
  case emptyRange(since: String, until: String)

  public var description: String {
    switch self {
    case .malformed(let option, let value):
      "invalid --\(option) date '\(value)' (expected a calendar date YYYY-MM-DD, e.g. 2026-03-01)"
    case .emptyRange(let since, let until):
      "--since \(since) is after --until \(until): no day would be kept"
    }
  }
}

extension DateRange {
  /// No bound at either end: every interaction is kept.
  public static let unbounded = DateRange(sinceDay: nil, untilDay: nil)

  /// A range of day numbers (days since 1970-01-01, UTC), both included; `nil` leaves that end open.
  public init(sinceDay: Int?, untilDay: Int?) {
    self.sinceDay = sinceDay
    self.untilDay = untilDay
  }
}
