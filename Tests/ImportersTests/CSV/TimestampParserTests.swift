import Foundation
import Testing

@testable import Importers

@Suite struct TimestampParserTests {
  /// Expected values: `date -u -d '2024-05-02T09:15:00Z' +%s` = 1714641300.
  @Test(arguments: [
    ("2024-05-02T09:15:00Z", 1_714_641_300.0),
    ("2024-05-02T09:15:00", 1_714_641_300),
    ("2024-05-02 09:15:00", 1_714_641_300),
    ("2024-05-02T09:15", 1_714_641_300),
    ("2024-05-02T11:15:00+02:00", 1_714_641_300),
    ("2024-05-02T04:15:00-0500", 1_714_641_300),
    ("2024-05-02T10:15:00+01", 1_714_641_300),
    ("2024-05-02T09:15:00.250Z", 1_714_641_300.25),
    ("2024-05-02", 1_714_608_000),
    ("1714641300", 1_714_641_300),
    ("1714641300.5", 1_714_641_300.5),
    ("1979-12-31 21:00:00", 315_522_000),
    ("2000-02-29", 951_782_400),
  ])
  func parses(text: String, seconds: Double) {
    #expect(TimestampParser.date(from: text) == Date(timeIntervalSince1970: seconds))
  }

  @Test(arguments: ["", "yesterday", "2024-13-01", "2023-02-29", "2024-05-02T25:00", "2024-05-02T09:15:00+2",
                    "2024-05-02X09:15", "12-Mar-19 12:26 AM", "2024-05-02T09:15:00Zjunk"])
  func rejects(text: String) {
    #expect(TimestampParser.date(from: text) == nil)
  }
}
