import Foundation
import SeededRandom
import Testing

@testable import OrgAnalysis

@Suite struct TimeWindowTests {
  /// Seconds since 1970 of a UTC date and time, through Foundation's Gregorian calendar (an independent path).
  private func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
    throws -> Date
  {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    return try #require(
      calendar.date(
        from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)))
  }

  @Test func weeksStartOnMondayAtMidnightUTC() throws {
    // 2026-01-04 is a Sunday, 2026-01-05 a Monday.
    let sunday = WindowSize.week.window(containing: try date(2026, 1, 4, 23, 59, 59))
    let monday = WindowSize.week.window(containing: try date(2026, 1, 5))
    #expect(sunday.label == "2026-W01" && sunday.firstDate == "2025-12-29" && sunday.lastDate == "2026-01-04")
    #expect(try monday.label == "2026-W02" && monday.firstDate == "2026-01-05" && monday.start == (date(2026, 1, 5)))
    #expect(sunday.end == monday.start)
  }

  /// ISO weeks across year ends: 2024-12-30 (Monday) opens 2025-W01; 2021-01-03 (Sunday) closes 2020-W53.
  @Test func weekLabelsFollowTheISOWeekYear() throws {
    #expect(WindowSize.week.window(containing: try date(2024, 12, 30)).label == "2025-W01")
    #expect(WindowSize.week.window(containing: try date(2021, 1, 3)).label == "2020-W53")
    #expect(WindowSize.week.window(containing: try date(2021, 1, 4)).label == "2021-W01")
  }

  /// Against Foundation's ISO 8601 calendar for 2,000 random days between 1960 and 2100.
  @Test func weekLabelsMatchFoundationISOCalendarOnRandomDays() throws {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    var generator = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      let day = Int.random(in: -3653...47_482, using: &generator)
      let moment = Date(timeIntervalSince1970: Double(day) * 86_400 + Double.random(in: 0..<86_400, using: &generator))
      let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: moment)
      let expected = String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
      let window = WindowSize.week.window(containing: moment)
      #expect(window.label == expected, "day \(day)")
      #expect(window.contains(moment) && calendar.component(.weekday, from: window.start) == 2, "day \(day)")
    }
  }

  @Test func monthsAndQuartersEndAtTheNextOnesStart() throws {
    let february = WindowSize.month.window(containing: try date(2028, 2, 29, 12))
    #expect(february.label == "2028-02" && february.firstDate == "2028-02-01" && february.lastDate == "2028-02-29")
    let december = WindowSize.month.window(containing: try date(2025, 12, 31, 23, 59, 59))
    #expect(try december.label == "2025-12" && december.end == (date(2026, 1, 1)))
    let march = WindowSize.quarter.window(containing: try date(2026, 3, 31, 23, 59, 59))
    #expect(try march.label == "2026-Q1" && march.firstDate == "2026-01-01" && march.end == (date(2026, 4, 1)))
    let april = WindowSize.quarter.window(containing: try date(2026, 4, 1))
    #expect(april.label == "2026-Q2" && april.lastDate == "2026-06-30")
    let autumn = WindowSize.quarter.window(containing: try date(2025, 11, 15))
    #expect(try autumn.label == "2025-Q4" && autumn.end == (date(2026, 1, 1)))
  }

  @Test func timesBefore1970FallInTheirOwnDay() throws {
    let window = WindowSize.month.window(containing: try date(1969, 12, 31, 23, 0))
    #expect(window.label == "1969-12" && window.lastDate == "1969-12-31")
  }

  @Test func windowsSpanIncludesEmptyOnesInOrder() throws {
    let first = Int(try date(2025, 11, 20).timeIntervalSince1970 / 86_400)
    let last = Int(try date(2026, 2, 3).timeIntervalSince1970 / 86_400)
    #expect(WindowSize.month.windows(fromDay: first, throughDay: last).map(\.label)
      == ["2025-11", "2025-12", "2026-01", "2026-02"])
    #expect(WindowSize.quarter.windows(fromDay: first, throughDay: last).map(\.label) == ["2025-Q4", "2026-Q1"])
    let weeks = WindowSize.week.windows(fromDay: first, throughDay: last)
    #expect(weeks.count == 12 && weeks.first?.label == "2025-W47" && weeks.last?.label == "2026-W06")
    #expect(zip(weeks, weeks.dropFirst()).allSatisfy { $0.endDay == $1.startDay })
  }
}
