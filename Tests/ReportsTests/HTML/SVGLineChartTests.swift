import Foundation
@testable import Reports
import Testing

/// The hand-drawn line chart: scaling, gaps and labels.
@Suite struct SVGLineChartTests {
  private func chart(_ values: [(x: Double, y: Double?)], labels: Int = 3) -> String {
    SVGLineChart(
      title: "T <1>", series: [.init(name: "s&t", values: values, colour: SVGLineChart.blue)], xRange: 0...2,
      xLabels: (0..<labels).map { (Double($0), "w\($0)") }, yRange: 0...1, yTicks: [0, 1],
      yFormat: { "\($0)" }, width: 216, height: 100
    ).render()
  }

  @Test func pointsAreScaledIntoThePlotArea() {
    // Plot area: x from 56 to 188 (width 216 − right 28, room for half the last label), y from 30 (top) to 60
    // (height 100 − bottom 40).
    let svg = chart([(0, 0), (1, 0.5), (2, 1)])
    #expect(svg.contains("<polyline points=\"56.0,60.0 122.0,45.0 188.0,30.0\""))
    #expect(svg.contains("<title>T &lt;1&gt;</title>") && svg.contains(">s&amp;t</text>"))
  }

  @Test func aMissingValueBreaksTheLineButKeepsTheDots() {
    let svg = chart([(0, 0), (1, nil), (2, 1)])
    #expect(!svg.contains("<polyline"))
    #expect(svg.components(separatedBy: "<circle").count == 3)
  }

  @Test func labelsAreThinned() {
    var chart = SVGLineChart(
      title: "t", series: [], xRange: 0...29, xLabels: (0..<30).map { (Double($0), "L\($0)") }, yRange: 0...1,
      yTicks: [], yFormat: { "\($0)" })
    chart.maximumLabels = 10
    let svg = chart.render()
    #expect(svg.contains(">L0<") && svg.contains(">L3<") && !svg.contains(">L1<") && !svg.contains(">L2<"))
  }
}
