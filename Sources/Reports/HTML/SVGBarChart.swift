import Foundation

/// A small horizontal bar chart drawn as inline SVG: one labelled bar per category, its value written after it.
///
/// Choices: bars are scaled to the largest value (a chart of zeros draws no bar), labels sit left of the bars in
/// a fixed column, one Okabe–Ito blue; the chart has a `<title>` and `role="img"` for screen readers, and every
/// label is escaped.
struct SVGBarChart {
  var title: String
  var bars: [(label: String, value: Int, text: String)]
  var width = 560.0
  var labelWidth = 110.0
  var rowHeight = 26.0

  /// The `<svg>` element.
  /// - Complexity: O(B) for B bars.
  func render() -> String {
    let top = 8.0
    let height = top * 2 + rowHeight * Double(bars.count)
    let barSpace = width - labelWidth - 90
    let largest = bars.map(\.value).max() ?? 0
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" "
      + "font-size=\"12\"><title>" + HTML.text(title) + "</title>"
    for (index, bar) in bars.enumerated() {
      let y = top + rowHeight * Double(index)
      let length = largest > 0 ? barSpace * Double(bar.value) / Double(largest) : 0
      let middle = format(y + rowHeight / 2 + 4)
      svg += "<text x=\"\(format(labelWidth - 8))\" y=\"\(middle)\" text-anchor=\"end\">" + HTML.text(bar.label)
        + "</text>"
      svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(length))\" "
        + "height=\"\(format(rowHeight - 8))\" fill=\"\(SVGLineChart.blue)\" />"
      svg += "<text x=\"\(format(labelWidth + length + 6))\" y=\"\(middle)\">" + HTML.text(bar.text) + "</text>"
    }
    return svg + "</svg>"
  }

  private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
