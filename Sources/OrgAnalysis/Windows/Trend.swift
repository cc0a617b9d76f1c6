/// The headline figures whose trend over the windows is measured.
public enum TrendFigure: String, Sendable, CaseIterable {
  /// Upward plus downward weight / weight with both levels known.
  case crossLevelShare = "cross_level_share"
  /// Weight between two different departments / weight with both departments known.
  case crossDepartmentShare = "cross_department_share"
  /// Upward weight / weight with both levels known.
  case upwardShare = "upward_share"
  /// Krackhardt & Stern's whole-network E-I index over the `--group-by` groups.
  case eiIndex = "ei_index"
}

/// Whether a trend's confidence interval lies above 0, below 0, or contains it.
public enum TrendDirection: String, Sendable {
  case rose
  case fell
  case withinNoise = "within_noise"
}

/// How one headline figure moved over the windows: change from first to last, and a slope with a bootstrap
/// confidence interval.
///
/// Definition: `values[w]` is the figure in window w (`nil` where undefined). `first` and `last` are the values
/// of the first and last windows where it is defined, `change = last − first`. `slope` is the ordinary least
/// squares slope of value on window position (0, 1, 2, … over every window, empty ones included, so gaps keep
/// their length), in figure units per window. `lower` and `upper` bound the 95 % percentile bootstrap interval
/// of the slope (see `TrendBootstrap`); `direction` is `rose` when `lower > 0`, `fell` when `upper < 0`, else
/// `withinNoise`.
/// Choices: the slope needs two windows with a value; the interval needs at least 20 resamples where the slope
/// exists; otherwise those fields are `nil`.
public struct Trend: Sendable, Equatable {
  public var figure: TrendFigure
  public var values: [Double?]
  public var first: Double?
  public var last: Double?
  public var change: Double?
  public var slope: Double?
  public var lower: Double?
  public var upper: Double?
  public var direction: TrendDirection?
  /// Bootstrap resamples in which the slope existed (those the interval is taken from).
  public var resamples: Int

  /// A trend of `values` with the bootstrap slopes `resampledSlopes`.
  /// - Complexity: O(W + B log B) for W windows and B resamples.
  public init(figure: TrendFigure, values: [Double?], resampledSlopes: [Double]) {
    self.figure = figure
    self.values = values
    let defined = values.compactMap { $0 }
    first = defined.first
    last = defined.last
    if let first = defined.first, let last = defined.last { change = last - first }
    slope = Self.slope(values)
    resamples = resampledSlopes.count
    guard slope != nil, resampledSlopes.count >= 20 else { return }
    let sorted = resampledSlopes.sorted()
    let lower = Self.percentile(sorted, 0.025)
    let upper = Self.percentile(sorted, 0.975)
    self.lower = lower
    self.upper = upper
    direction = lower > 0 ? .rose : (upper < 0 ? .fell : .withinNoise)
  }

  /// The OLS slope of `values[x]` on x over the defined values; `nil` with fewer than two.
  /// - Complexity: O(W).
  public static func slope(_ values: [Double?]) -> Double? {
    let points = values.enumerated().compactMap { position, value in value.map { (Double(position), $0) } }
    guard points.count >= 2 else { return nil }
    let meanX = points.reduce(0) { $0 + $1.0 } / Double(points.count)
    let meanY = points.reduce(0) { $0 + $1.1 } / Double(points.count)
    var covariance = 0.0
    var variance = 0.0
    for (x, y) in points {
      covariance += (x - meanX) * (y - meanY)
      variance += (x - meanX) * (x - meanX)
    }
    return variance > 0 ? covariance / variance : nil
  }

  /// The `p` quantile of ascending `sorted` values with linear interpolation between order statistics
  /// (NumPy's default `percentile` method): position p · (n − 1).
  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    let position = p * Double(sorted.count - 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    let fraction = position - Double(below)
    return sorted[below] + (sorted[above] - sorted[below]) * fraction
  }
}
