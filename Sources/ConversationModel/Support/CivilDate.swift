/// Calendar arithmetic on UTC days without Foundation calendars, so results never depend on locale; shared by
/// the timestamp parser and the sample generator.
///
/// Definition: the proleptic Gregorian calendar; days are counted from 1970-01-01 (a Thursday).
/// The day-number conversions follow the well-known era-based civil-calendar formulas.
/// - Complexity: O(1) per call.
package enum CivilDate {
  /// Days since 1970-01-01 of the given year, month (1...12) and day (1...31).
  package static func days(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The (year, month, day) of a day number since 1970-01-01.
  package static func components(days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// 0 = Sunday ... 6 = Saturday.
  package static func weekday(days: Int) -> Int {
    ((days + 4) % 7 + 7) % 7
  }

  /// `YYYY-MM-DD` for a day number.
  package static func isoDate(days: Int) -> String {
    let (year, month, day) = components(days: days)
    return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
  }

  /// `YYYY-MM` for a year and month.
  package static func monthLabel(year: Int, month: Int) -> String {
    "\(year)-\(twoDigits(month))"
  }

  /// The (year, month) `offset` months after the given one.
  package static func adding(months offset: Int, toYear year: Int, month: Int) -> (year: Int, month: Int) {
    let total = year * 12 + (month - 1) + offset
    return (total / 12, total % 12 + 1)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
