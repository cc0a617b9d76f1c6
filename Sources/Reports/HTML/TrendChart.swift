import Foundation
import OrgAnalysis

/// The trend charts and sentences of the report's "Trends" section.
enum TrendChart {
  /// A chart of `trends` over the windows, each with its dashed least-squares line.
  /// - Complexity: O(W) per trend.
  static func chart(_ title: String, _ trends: [Trend], _ windowed: WindowedAnalysis, _ range: ClosedRange<Double>)
    -> SVGLineChart
  {
    let colours = [SVGLineChart.blue, SVGLineChart.vermillion, SVGLineChart.green]
    var series: [SVGLineChart.Series] = []
    for (index, trend) in trends.enumerated() {
      let colour = colours[index % colours.count]
      series.append(.init(name: name(trend.figure), values: trend.values.enumerated().map { (Double($0), $1) },
                          colour: colour))
      if let fit = fittedLine(trend) {
        series.append(.init(name: "trend", values: fit, colour: colour, isDashed: true, showsDots: false))
      }
    }
    let isShare = range.lowerBound >= 0
    let format: @Sendable (Double) -> String = { value in
      isShare ? String(Int((value * 100).rounded())) + "%" : String(format: "%+.1f", value)
    }
    return SVGLineChart(
      title: title, series: series, xRange: 0...Double(max(windowed.windows.count - 1, 1)),
      xLabels: windowed.windows.enumerated().map { (Double($0), $1.window.label) }, yRange: range,
      yTicks: isShare ? [0, 0.25, 0.5, 0.75, 1] : [-1, -0.5, 0, 0.5, 1], yFormat: format)
  }

  static func name(_ figure: TrendFigure) -> String {
    switch figure {
    case .crossLevelShare: "across levels"
    case .upwardShare: "upward"
    case .crossDepartmentShare: "across departments"
    case .eiIndex: "E-I index"
    }
  }

  /// The least-squares line through the defined values, from the first window to the last; it passes through
  /// the mean of the defined points with the trend's slope.
  static func fittedLine(_ trend: Trend) -> [(x: Double, y: Double?)]? {
    guard let slope = trend.slope else { return nil }
    let points = trend.values.enumerated().compactMap { index, value in value.map { (Double(index), $0) } }
    let meanX = points.map(\.0).reduce(0, +) / Double(points.count)
    let meanY = points.map(\.1).reduce(0, +) / Double(points.count)
    let last = Double(trend.values.count - 1)
    return [(0, meanY - slope * meanX), (last, meanY + slope * (last - meanX))]
  }
}
