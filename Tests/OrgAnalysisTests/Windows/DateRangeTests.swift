import Foundation
import Testing

@testable import OrgAnalysis

@Suite struct DateRangeTests {
  /// 2026-03-01 00:00 UTC is day 20,513 after 1970-01-01 (Python: `date(2026, 3, 1) - date(1970, 1, 1)`).
  private let march1 = 20_513

  @Test func parsesCalendarDatesToDayNumbers() throws {
    let range = try DateRange(since: "2026-03-01", until: "2026-03-31")
    #expect(range.sinceDay == march1 && range.untilDay == march1 + 30)
    #expect(try DateRange(since: "2024-02-29").sinceDay == 19_782)
  }

  @Test(arguments: ["2026-02-30", "2026-13-01", "2026-1-05", "20260105", "2026-03-01T00:00", "", "yesterday",
                    "2026-00-10", "２０２６-01-01"])
  func refusesWhatIsNotACalendarDate(text: String) {
    #expect(throws: DateRangeError.malformed(option: "since", value: text)) { try DateRange(since: text) }
  }

  @Test func refusesAnEmptyRangeNamingBothDates() {
    #expect(throws: DateRangeError.emptyRange(since: "2026-04-01", until: "2026-03-31")) {
      try DateRange(since: "2026-04-01", until: "2026-03-31")
    }
    #expect(DateRangeError.malformed(option: "until", value: "2026-02-30").description
      == "invalid --until date '2026-02-30' (expected a calendar date YYYY-MM-DD, e.g. 2026-03-01)")
  }

  @Test func untilKeepsItsWholeDayAndSinceStartsAtMidnight() throws {
    let range = try DateRange(since: "2026-03-01", until: "2026-03-01")
    let start = Double(march1) * 86_400
    #expect(!range.contains(Date(timeIntervalSince1970: start - 1)))
    #expect(range.contains(Date(timeIntervalSince1970: start)))
    #expect(range.contains(Date(timeIntervalSince1970: start + 86_399)))
    #expect(!range.contains(Date(timeIntervalSince1970: start + 86_400)))
  }

  @Test func undatedInteractionsAreKeptOnlyWithoutBounds() throws {
    #expect(DateRange.unbounded.contains(nil))
    #expect(try !DateRange(until: "2026-03-01").contains(nil))
  }
}
