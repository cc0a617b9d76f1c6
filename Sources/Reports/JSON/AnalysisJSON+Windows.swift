import OrgAnalysis

/// The time-window parts of the JSON document (`--window`): `levels.windows[]`, `groups.windows[]` and the
/// top-level `trends`, documented in `docs/json.md`.
extension AnalysisJSON {
  /// `object` (the `levels` or `groups` object) with a `windows` array appended, one entry per window:
  /// `label`, `start`, `end`, then the keys `figures` gives for that window (none where it gives `nil`).
  static func appendingWindows(
    to object: JSONValue, _ windowed: WindowedAnalysis?, figures: (WindowFigures) -> JSONValue?
  ) -> JSONValue {
    guard let windowed, case .object(let members) = object else { return object }
    let entries = windowed.windows.map { window -> JSONValue in
      var entry = period(window.window)
      if case .object(let keys) = figures(window) { entry += keys }
      return .object(entry)
    }
    return .object(members + [("windows", .array(entries))])
  }

  /// The top-level `trends` object: the window size, the series of per-window graph figures, and one trend per
  /// headline figure.
  static func trends(_ windowed: WindowedAnalysis) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("window", .string(windowed.size.rawValue)), ("undated_interactions", .integer(windowed.undatedInteractions)),
      ("resamples", .integer(windowed.resamples)), ("windows", .array(windowed.windows.map(series))),
    ]
    members += windowed.trends.map { ($0.figure.rawValue, trend($0)) }
    return .object(members)
  }

  /// `label`, `start` and `end`: the window's name and its first and last day (UTC, both included).
  static func period(_ window: TimeWindow) -> [(String, JSONValue)] {
    [("label", .string(window.label)), ("start", .string(window.firstDate)), ("end", .string(window.lastDate))]
  }

  private static func series(_ figures: WindowFigures) -> JSONValue {
    .object(
      period(figures.window) + [
        ("interactions", .integer(figures.interactions)), ("active_people", .integer(figures.activePeople)),
        ("edges", .integer(figures.edges)), ("total_weight", .number(figures.totalWeight)),
        ("density", .number(figures.density)), ("reciprocity", .optional(figures.reciprocity)),
      ] + TrendFigure.allCases.map { ($0.rawValue, .optional(figures.value(of: $0))) })
  }

  private static func trend(_ trend: Trend) -> JSONValue {
    .object([
      ("values", .array(trend.values.map { .optional($0) })), ("first", .optional(trend.first)),
      ("last", .optional(trend.last)), ("change", .optional(trend.change)), ("slope", .optional(trend.slope)),
      ("slope_lower", .optional(trend.lower)), ("slope_upper", .optional(trend.upper)),
      ("direction", .optional(trend.direction?.rawValue)), ("resamples", .integer(trend.resamples)),
    ])
  }
}
