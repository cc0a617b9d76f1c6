import Foundation
import OrgAnalysis

/// The time-window section of the readable summary (`--window`): one row per window and one sentence each on
/// whether cross-level and cross-department talk rose, fell or stayed within noise.
enum WindowSummary {
  /// The per-window table, then the trend sentences.
  /// - Complexity: O(W) for W windows.
  static func render(_ windowed: WindowedAnalysis, _ style: TextTable.Style) -> String {
    var table = TextTable([
      (windowed.size.rawValue, .left), ("interactions", .right), ("people", .right), ("ties", .right),
      ("density", .right), ("cross-level", .right), ("upward", .right), ("cross-dept", .right), ("E-I", .right),
    ])
    let share = { (value: Double?) in value.map(Readable.percent) ?? "–" }
    for window in windowed.windows {
      table.append([
        window.window.label, Readable.count(window.interactions), Readable.count(window.activePeople),
        Readable.count(window.edges), Readable.score(window.density), share(window.value(of: .crossLevelShare)),
        share(window.value(of: .upwardShare)), share(window.value(of: .crossDepartmentShare)),
        Readable.index(window.value(of: .eiIndex)),
      ])
    }
    var lines = [table.rendered(style)]
    for figure in [TrendFigure.crossLevelShare, .crossDepartmentShare] {
      if let trend = windowed.trend(figure) { lines.append(sentence(trend, per: windowed.size)) }
    }
    if windowed.undatedInteractions > 0 {
      lines.append("Interactions without a time, in no window: \(Readable.count(windowed.undatedInteractions)).")
    }
    lines.append(
      "Slopes are least-squares fits per \(windowed.size.rawValue); intervals are 95% percentile bootstrap over "
        + "interactions (\(Readable.count(windowed.resamples)) resamples).")
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Cross-department talk rose from 16% to 34% of weight (+1.6 points a month, 95% CI +1.1 to +2.1)."; for the
  /// E-I index "The E-I index rose from −0.40 to −0.22 (+0.036 a month, 95% CI +0.010 to +0.061)." The terminal
  /// summary and the report's charts say it the same way.
  static func sentence(_ trend: Trend, per size: WindowSize) -> String {
    let isShare = trend.figure != .eiIndex
    let subject =
      switch trend.figure {
      case .crossLevelShare: "Cross-level talk"
      case .upwardShare: "Upward talk"
      case .crossDepartmentShare: "Cross-department talk"
      case .eiIndex: "The E-I index"
      }
    let step = isShare ? points : { signed($0, digits: 3) }
    guard let first = trend.first, let last = trend.last, let slope = trend.slope else {
      return "\(subject): too few windows with a value for a trend."
    }
    let span = isShare
      ? "\(wholePercent(first)) to \(wholePercent(last)) of weight"
      : "\(signed(first, digits: 2)) to \(signed(last, digits: 2))"
    let rate = "\(step(slope))\(isShare ? " points" : "") a \(size.rawValue)"
    guard let lower = trend.lower, let upper = trend.upper, let direction = trend.direction else {
      return "\(subject) went from \(span) (\(rate); too few bootstrap resamples for an interval)."
    }
    let interval = "95% CI \(step(lower)) to \(step(upper))"
    switch direction {
    case .rose: return "\(subject) rose from \(span) (\(rate), \(interval))."
    case .fell: return "\(subject) fell from \(span) (\(rate), \(interval))."
    case .withinNoise: return "\(subject) stayed within noise: \(span) (\(rate), \(interval))."
    }
  }

  private static func wholePercent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

  /// A share change in percentage points with its sign: `+1.6`, `−0.4`.
  private static func points(_ change: Double) -> String { signed(change * 100, digits: 1) }

  /// A number with its sign and a minus sign (−), `digits` decimals; a value that rounds to zero is `+0.0`.
  private static func signed(_ value: Double, digits: Int) -> String {
    let text = String(format: "%.\(digits)f", abs(value))
    return (value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" : "+") + text
  }
}
