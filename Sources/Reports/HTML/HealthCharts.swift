import Foundation
import OrgAnalysis

/// The per-window charts of the "Conversation health" section.
enum HealthCharts {
  /// Line charts of the median time to first reply and of the unanswered share per window, with a sentence each;
  /// empty without windows, a note when no window has a value.
  /// - Complexity: O(W) for W windows.
  static func windows(_ windows: [Breakdown<ConversationHealth>.Window]) -> String {
    guard !windows.isEmpty else { return "" }
    let labels = windows.enumerated().map { (Double($0.offset), $0.element.window.label) }
    let xRange = 0...Double(max(windows.count - 1, 1))
    let medians = windows.map(\.value.timeToFirstReply.median)
    let unanswered = windows.map(\.value.unansweredShare)
    var html = "<h3>Over time</h3>"
    if let largest = medians.compactMap({ $0 }).max() {
      let step = tickStep(largest)
      let chart = SVGLineChart(
        title: "Median time to first reply per window",
        series: [.init(name: "median time to first reply", values: points(medians), colour: SVGLineChart.blue)],
        xRange: xRange, xLabels: labels, yRange: 0...(4 * step), yTicks: (0...4).map { Double($0) * step },
        yFormat: compactDuration)
      html += "<figure>" + chart.render() + "<figcaption>Half of the answered threads started in a window had "
        + "their first answer within the time shown; a gap is a window without answered, dated threads."
        + "</figcaption></figure>"
    }
    if unanswered.contains(where: { $0 != nil }) {
      let chart = SVGLineChart(
        title: "Share of unanswered threads per window",
        series: [.init(name: "unanswered threads", values: points(unanswered), colour: SVGLineChart.vermillion)],
        xRange: xRange, xLabels: labels, yRange: 0...1, yTicks: [0, 0.25, 0.5, 0.75, 1],
        yFormat: { String(Int(($0 * 100).rounded())) + "%" })
      html += "<figure>" + chart.render() + "<figcaption>The share of threads started in a window that nobody "
        + "else answered; a gap is a window without threads.</figcaption></figure>"
    }
    if medians.allSatisfy({ $0 == nil }) && unanswered.allSatisfy({ $0 == nil }) {
      html += HTML.paragraph("No window holds a dated thread.", className: "missing")
    }
    return html
  }

  private static func points(_ values: [Double?]) -> [(x: Double, y: Double?)] {
    values.enumerated().map { (Double($0.offset), $0.element) }
  }

  /// The smallest readable step (1 min … 20 days) that covers `largest` seconds in four steps.
  static func tickStep(_ largest: Double) -> Double {
    let steps: [Double] = [
      60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 432_000, 864_000,
      1_728_000,
    ]
    return steps.first { 4 * $0 >= largest } ?? (largest / 4 / 86_400).rounded(.up) * 86_400
  }

  /// A tick label: `0`, `30 min`, `3 h`, `2 d`.
  static let compactDuration: @Sendable (Double) -> String = { seconds in
    if seconds == 0 { return "0" }
    if seconds < 3600 { return "\(Int((seconds / 60).rounded())) min" }
    if seconds < 86_400 { return "\(RoleTables.weight(seconds / 3600)) h" }
    return "\(RoleTables.weight(seconds / 86_400)) d"
  }
}
