import ConversationModel
import Foundation

/// The length of the calendar windows a period is cut into (`--window week|month|quarter`).
public enum WindowSize: String, Sendable, CaseIterable {
  /// ISO 8601 weeks: Monday 00:00 UTC to the next Monday, labelled `2026-W01` by ISO week-numbering year.
  case week
  /// Calendar months, labelled `2026-01`.
  case month
  /// Calendar quarters (January, April, July, October), labelled `2026-Q1`.
  case quarter

  /// The window that holds `date`.
  ///
  /// Definition: the date's UTC day (days since 1970-01-01, rounded down, so times before 1970 work too) is
  /// moved back to the window's first day: the Monday on or before it, the first of its month, or the first
  /// of its quarter. The window ends (exclusive) where the next one starts.
  /// - Complexity: O(1).
  public func window(containing date: Date) -> TimeWindow {
    window(containingDay: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// The window that holds the UTC day `day` (days since 1970-01-01).
  public func window(containingDay day: Int) -> TimeWindow {
    switch self {
    case .week:
      let monday = day - (CivilDate.weekday(days: day) + 6) % 7
      return TimeWindow(label: Self.isoWeekLabel(monday: monday), startDay: monday, endDay: monday + 7)
    case .month:
      let (year, month, _) = CivilDate.components(days: day)
      let next = CivilDate.adding(months: 1, toYear: year, month: month)
      return TimeWindow(
        label: CivilDate.monthLabel(year: year, month: month),
        startDay: CivilDate.days(year: year, month: month, day: 1),
        endDay: CivilDate.days(year: next.year, month: next.month, day: 1))
    case .quarter:
      let (year, month, _) = CivilDate.components(days: day)
      let first = (month - 1) / 3 * 3 + 1
      let next = CivilDate.adding(months: 3, toYear: year, month: first)
      return TimeWindow(
        label: "\(year)-Q\((month - 1) / 3 + 1)", startDay: CivilDate.days(year: year, month: first, day: 1),
        endDay: CivilDate.days(year: next.year, month: next.month, day: 1))
    }
  }

  /// Every window from the one holding `firstDay` to the one holding `lastDay`, in order, empty ones included.
  /// - Complexity: O(number of windows).
  public func windows(fromDay firstDay: Int, throughDay lastDay: Int) -> [TimeWindow] {
    var windows: [TimeWindow] = []
    var current = window(containingDay: firstDay)
    while current.startDay <= lastDay {
      windows.append(current)
      current = window(containingDay: current.endDay)
    }
    return windows
  }

  /// ISO 8601 week label: the week belongs to the year of its Thursday, and week 1 holds that year's first
  /// Thursday, so the week number is (day of year of the Thursday − 1) / 7 + 1.
  private static func isoWeekLabel(monday: Int) -> String {
    let thursday = monday + 3
    let year = CivilDate.components(days: thursday).year
    let week = (thursday - CivilDate.days(year: year, month: 1, day: 1)) / 7 + 1
    return "\(year)-W\(week < 10 ? "0" : "")\(week)"
  }
}

/// One calendar window: a label and the UTC days it covers, `startDay` included and `endDay` excluded.
public struct TimeWindow: Sendable, Hashable {
  /// `2026-W03`, `2026-01` or `2026-Q1`.
  public var label: String
  /// Days since 1970-01-01 (UTC) of the first day.
  public var startDay: Int
  /// Days since 1970-01-01 (UTC) of the day after the last.
  public var endDay: Int

  public init(label: String, startDay: Int, endDay: Int) {
    self.label = label
    self.startDay = startDay
    self.endDay = endDay
  }

  /// The first instant, 00:00 UTC of the first day.
  public var start: Date { Date(timeIntervalSince1970: Double(startDay) * 86_400) }
  /// The first instant after the window (exclusive end).
  public var end: Date { Date(timeIntervalSince1970: Double(endDay) * 86_400) }
  /// `YYYY-MM-DD` of the first day.
  public var firstDate: String { CivilDate.isoDate(days: startDay) }
  /// `YYYY-MM-DD` of the last day (inclusive).
  public var lastDate: String { CivilDate.isoDate(days: endDay - 1) }

  /// Whether `date` falls in the window.
  public func contains(_ date: Date) -> Bool { date >= start && date < end }
}
