import Foundation

/// Decides whether a WhatsApp export writes day/month or month/day, from every header of the file.
///
/// The phone's locale sets the order and the export does not say it. Rules, in order:
/// 0. No day/month date at all (year-first dates only, or no message): nothing to decide.
/// 1. A first number above 12 on some line and never a second one: day first; the reverse: month first.
/// 2. Numbers above 12 in both places: the order with more such lines wins, with a `date_order_conflict` warning
///    (the lines impossible under it are skipped as `invalid_timestamp`).
/// 3. No number above 12: the order under which the messages go back in time less often (exports are in
///    chronological order), with an `ambiguous_date_order` note.
/// 4. Still tied: month first for a 12-hour clock (the United States' habit), day first otherwise, with an
///    `ambiguous_date_order` warning: the dates may be wrong.
///
/// - Complexity: O(1) per header; O(1) memory.
struct WhatsAppDateOrder {
  enum Order: String, Equatable { case dayFirst = "day/month", monthFirst = "month/day" }

  /// How the order was found: `decided` needs no diagnostic.
  enum Basis: Equatable { case decided, conflict, chronology, guess }

  private var firstOver12 = 0
  private var secondOver12 = 0
  private var twelveHour = 0
  private var twentyFourHour = 0
  private var backwardsDayFirst = 0
  private var backwardsMonthFirst = 0
  private var previous: (dayFirst: Double?, monthFirst: Double?) = (nil, nil)

  mutating func add(_ header: WhatsAppHeader) {
    if header.usesTwelveHourClock { twelveHour += 1 } else { twentyFourHour += 1 }
    guard !header.yearFirst else { return }
    if header.first > 12 { firstOver12 += 1 }
    if header.second > 12 { secondOver12 += 1 }
    let dayFirst = header.date(order: .dayFirst)?.timeIntervalSince1970
    let monthFirst = header.date(order: .monthFirst)?.timeIntervalSince1970
    if let dayFirst, let last = previous.dayFirst, dayFirst < last { backwardsDayFirst += 1 }
    if let monthFirst, let last = previous.monthFirst, monthFirst < last { backwardsMonthFirst += 1 }
    previous = (dayFirst ?? previous.dayFirst, monthFirst ?? previous.monthFirst)
  }

  /// The order to read the file with and how it was found.
  var decision: (order: Order, basis: Basis) {
    switch (firstOver12 > 0, secondOver12 > 0) {
    case (true, false): return (.dayFirst, .decided)
    case (false, true): return (.monthFirst, .decided)
    case (true, true): return (firstOver12 >= secondOver12 ? .dayFirst : .monthFirst, .conflict)
    case (false, false):
      guard hasAmbiguousDates else { return (.dayFirst, .decided) }
      if backwardsDayFirst != backwardsMonthFirst {
        return (backwardsDayFirst < backwardsMonthFirst ? .dayFirst : .monthFirst, .chronology)
      }
      return (twelveHour > twentyFourHour ? .monthFirst : .dayFirst, .guess)
    }
  }

  /// Whether any header had a day/month pair at all (an ISO-dated file has none).
  var hasAmbiguousDates: Bool { previous.dayFirst != nil || previous.monthFirst != nil }
}
