import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Trends": per window (months unless `--window` says otherwise), line charts of cross-level and upward
  /// talk, cross-department talk and the E-I index, each with its least-squares trend line and the 95%
  /// bootstrap interval of the slope in words, then the table of windows; omitted without windows.
  /// - Complexity: O(W · F) for W windows and F figures.
  public static let trends: Builder = { context in
    guard let windowed = context.analysis.windows, !windowed.windows.isEmpty else {
      return ReportSection(
        id: "trends", title: "Trends",
        content: .omitted(reason: "No interaction has a time, so the talk cannot be followed over time."))
    }
    let size = windowed.size.rawValue
    var body = HTML.paragraph(
      "Each \(size) is analysed as its own network. A dashed line is the straight-line trend (least squares); "
        + "the sentence under each chart says whether the change is larger than chance would give, from a 95% "
        + "bootstrap interval of the slope (\(Readable.count(windowed.resamples)) resamples of the interactions).")
    let charts: [(String, [TrendFigure], ClosedRange<Double>)] = [
      ("Talk across levels", [.crossLevelShare, .upwardShare], 0...1),
      ("Talk across departments", [.crossDepartmentShare], 0...1),
      ("E-I index of the groups", [.eiIndex], -1...1),
    ]
    var drawn = 0
    for (title, figures, range) in charts {
      let trends = figures.compactMap(windowed.trend)
      guard trends.contains(where: { $0.values.contains { $0 != nil } }) else { continue }
      drawn += 1
      body += "<h3>" + HTML.text(title) + "</h3><figure>" + TrendChart.chart(title, trends, windowed, range).render()
        + "<figcaption>"
        + trends.map { HTML.text(WindowSummary.sentence($0, per: windowed.size)) }.joined(separator: " ")
        + "</figcaption></figure>"
    }
    if drawn == 0 {
      body += HTML.paragraph(
        "No chart: talk across levels and departments needs people's levels and departments (give --org).",
        className: "missing")
    }
    body += windowTable(windowed)
    return ReportSection(id: "trends", title: "Trends", content: .body(body))
  }

  private static func windowTable(_ windowed: WindowedAnalysis) -> String {
    let share = { (value: Double?) in value.map(Readable.percent) ?? "–" }
    return HTML.table(
      caption: "Figures per \(windowed.size.rawValue)",
      header: [windowed.size.rawValue, "interactions", "people", "ties", "across levels", "upward",
               "across departments", "E-I"],
      rows: windowed.windows.map { window in
        [window.window.label, Readable.count(window.interactions), Readable.count(window.activePeople),
         Readable.count(window.edges), share(window.value(of: .crossLevelShare)), share(window.value(of: .upwardShare)),
         share(window.value(of: .crossDepartmentShare)), Readable.index(window.value(of: .eiIndex))]
      },
      numeric: Set(1...7))
  }
}
