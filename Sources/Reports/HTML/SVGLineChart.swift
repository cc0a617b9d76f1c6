import Foundation

/// A small line chart drawn as inline SVG, for trends per window and the Lorenz curve.
///
/// Choices: x positions are given in data units with their labels; labels are thinned to at most
/// `maximumLabels` so they never overlap; a series breaks where a value is missing (`nil`), and each defined
/// value gets a dot, so single points stay visible; colours are Okabe–Ito (safe for colour-blind readers) and
/// dashed series differ by dash as well as colour. The chart has a `<title>` and `role="img"` for screen
/// readers.
struct SVGLineChart {
  struct Series {
    var name: String
    var values: [(x: Double, y: Double?)]
    var colour: String
    var isDashed = false
    var showsDots = true
  }

  var title: String
  var series: [Series]
  var xRange: ClosedRange<Double>
  var xLabels: [(x: Double, text: String)]
  var yRange: ClosedRange<Double>
  var yTicks: [Double]
  var yFormat: @Sendable (Double) -> String
  var width = 640.0
  var height = 260.0
  var maximumLabels = 12

  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let green = "#009E73"
  static let grey = "#777777"

  private let left = 56.0, right = 28.0, top = 30.0, bottom = 40.0

  /// The `<svg>` element.
  /// - Complexity: O(P) for P points.
  func render() -> String {
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" "
      + "font-size=\"11\"><title>" + HTML.text(title) + "</title>"
    svg += axes()
    for line in series { svg += draw(line) }
    svg += legend()
    return svg + "</svg>"
  }

  private func x(_ value: Double) -> Double {
    let span = xRange.upperBound - xRange.lowerBound
    return left + (span > 0 ? (value - xRange.lowerBound) / span : 0.5) * (width - left - right)
  }

  private func y(_ value: Double) -> Double {
    let span = yRange.upperBound - yRange.lowerBound
    let clamped = min(max(value, yRange.lowerBound), yRange.upperBound)
    return top + (1 - (span > 0 ? (clamped - yRange.lowerBound) / span : 0.5)) * (height - top - bottom)
  }

  private func axes() -> String {
    var svg = ""
    for tick in yTicks {
      svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(tick)))\" "
        + "stroke=\"#dddddd\" />"
      svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">" + HTML.text(yFormat(tick))
        + "</text>"
    }
    let step = max(1, Int((Double(xLabels.count) / Double(maximumLabels)).rounded(.up)))
    for (index, label) in xLabels.enumerated() where index % step == 0 {
      svg += "<text x=\"\(f(x(label.x)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">"
        + HTML.text(label.text) + "</text>"
    }
    return svg + "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" "
      + "y2=\"\(f(height - bottom))\" stroke=\"#555555\" />"
  }

  private func draw(_ line: Series) -> String {
    var runs: [[(Double, Double)]] = [[]]
    for point in line.values {
      if let value = point.y { runs[runs.count - 1].append((x(point.x), y(value))) } else { runs.append([]) }
    }
    let dash = line.isDashed ? " stroke-dasharray=\"6 4\"" : ""
    var svg = "<g><title>" + HTML.text(line.name) + "</title>"
    for run in runs where run.count > 1 {
      let points = run.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
      svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\"\(dash) />"
    }
    if line.showsDots {
      for point in runs.joined() {
        svg += "<circle cx=\"\(f(point.0))\" cy=\"\(f(point.1))\" r=\"3\" fill=\"\(line.colour)\" />"
      }
    }
    return svg + "</g>"
  }

  private func legend() -> String {
    var svg = ""
    var position = left
    for line in series {
      let dash = line.isDashed ? " stroke-dasharray=\"6 4\"" : ""
      svg += "<line x1=\"\(f(position))\" y1=\"14\" x2=\"\(f(position + 22))\" y2=\"14\" stroke=\"\(line.colour)\" "
        + "stroke-width=\"2\"\(dash) /><text x=\"\(f(position + 27))\" y=\"18\">" + HTML.text(line.name) + "</text>"
      position += 40 + Double(line.name.count) * 6.2
    }
    return svg
  }

  private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
