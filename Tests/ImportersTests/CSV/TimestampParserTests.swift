import Foundation
import Testing
import TestSupport

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

  /// The other accepted forms: a comma before the fraction, one space before the zone (Yammer), `z`, `±HHMM`,
  /// leap second 60, and DCE's `.000` fraction. Expected values from 1_714_641_300 (above) by hand.
  @Test(arguments: [
    ("2024-05-02 09:15:00,5", 1_714_641_300.5),
    ("2024-05-02 09:15:00 +0000", 1_714_641_300),
    ("2024-05-02 11:15:00 +02:00", 1_714_641_300),
    ("2024-05-02T09:15:00z", 1_714_641_300),
    ("2024-05-02T09:15:60Z", 1_714_641_360),
    ("2024-05-02T10:15:00.000+01:00", 1_714_641_300),
    ("2024-05-02T09:15:00.125-00:00", 1_714_641_300.125),
    ("2024-05-02 09:15", 1_714_641_300),
  ])
  func parsesOtherForms(text: String, seconds: Double) {
    #expect(TimestampParser.date(from: text) == Date(timeIntervalSince1970: seconds))
  }

  /// The bytes entry point gives what the `String` one gives, on every form above and the rejected ones.
  @Test func bytesAndStringGiveTheSameDate() {
    let texts = ["2024-05-02T09:15:00Z", "2024-05-02 09:15:00 +0000", "2024-05-02T09:15:00.250Z", "2024-05-02",
                 "1714641300", "1714641300.5", "2024-05-02T04:15:00-0500", "", "yesterday", "2024-13-01",
                 "2024-05-02T09:15:00+2", "12-Mar-19 12:26 AM", "2024-05-02T09:15:00Zjunk", "2024-05-02T09:15:00."]
    for text in texts {
      let fromBytes = Array(text.utf8).withUnsafeBytes { TimestampParser.date(fromBytes: $0) }
      #expect(fromBytes == TimestampParser.date(from: text), "\(text.debugDescription)")
    }
  }

  /// A fraction of 1 to 20 digits gives the seconds plus `Double("0." + digits)` exactly (the value the parser
  /// gave when it parsed every fraction from a `String`): digits from a seeded generator, and edge cases.
  @Test func fractionsMatchDoubleParsing() {
    var random = SplitMix64(seed: 5)
    var fractions = ["0", "000", "5", "999999999999999", "000000000000001", "1234567890123456789", "3333333"]
    for length in 1...20 {
      for _ in 0..<50 {
        fractions.append(String((0..<length).map { _ in Character(String(random.next() % 10)) }))
      }
    }
    for digits in fractions {
      let text = "2024-05-02T09:15:00.\(digits)Z"
      let expected = 1_714_641_300 + (Double("0." + digits) ?? .nan)
      #expect(TimestampParser.date(from: text) == Date(timeIntervalSince1970: expected), "\(text)")
    }
  }

  @Test(arguments: ["", "yesterday", "2024-13-01", "2023-02-29", "2024-05-02T25:00", "2024-05-02T09:15:00+2",
                    "2024-05-02X09:15", "12-Mar-19 12:26 AM", "2024-05-02T09:15:00Zjunk"])
  func rejects(text: String) {
    #expect(TimestampParser.date(from: text) == nil)
  }
}
