import ConversationModel
import SeededRandom

/// Bootstrap over interactions of the slopes of the headline figures.
///
/// Definition: each resample draws, for every window independently, as many interactions as the window has,
/// uniformly with replacement from that window's interactions; recomputes each headline figure per window from
/// the drawn interactions; and refits the OLS slope over the windows (`Trend.slope`). The 2.5th and 97.5th
/// percentiles of the resampled slopes form the 95 % interval (percentile bootstrap, Efron & Tibshirani 1993,
/// *An Introduction to the Bootstrap*, ch. 13).
/// Choices: the headline figures are ratios of weight sums, so a window's figure from a resample is computed
/// from per-interaction tallies, with no graph rebuilt; it equals the figure the window's graph gives
/// (`WindowFigures.value(of:)`), because edge weights are sums of interaction weights. A resample in which a
/// figure has fewer than two windows with a value gives no slope for it. One SplitMix64 stream seeded with
/// `seed` draws every resample, windows in order, so the intervals are reproducible.
/// - Complexity: O(B · N) time for B resamples and N interactions in windows, O(N + B) space.
public enum TrendBootstrap {
  /// What one interaction adds to the numerators and denominators of the headline figures.
  struct Tally {
    var weight: Double
    var levelsKnown: Bool
    var crossLevel: Bool
    var upward: Bool
    var departmentsKnown: Bool
    var crossDepartment: Bool
    var groupsKnown: Bool
    var crossGroup: Bool

    init(_ interaction: Interaction, context: WindowContext) {
      let source = Int(interaction.source)
      let target = Int(interaction.target)
      weight = interaction.weight
      let ranks = (context.rankOfPerson[source], context.rankOfPerson[target])
      levelsKnown = ranks.0 != nil && ranks.1 != nil
      crossLevel = levelsKnown && ranks.0 != ranks.1
      upward = levelsKnown && (ranks.1 ?? 0) < (ranks.0 ?? 0)
      let departments = (context.departmentOfPerson[source], context.departmentOfPerson[target])
      departmentsKnown = departments.0 != nil && departments.1 != nil
      crossDepartment = departmentsKnown && departments.0 != departments.1
      let groups = (context.groupOfPerson[source], context.groupOfPerson[target])
      groupsKnown = groups.0 != nil && groups.1 != nil
      crossGroup = groupsKnown && groups.0 != groups.1
    }
  }

  /// Weight sums of one window, from which every headline figure follows.
  struct Sums {
    var levels = 0.0, crossLevel = 0.0, upward = 0.0
    var departments = 0.0, crossDepartment = 0.0
    var groups = 0.0, crossGroup = 0.0

    mutating func add(_ tally: Tally) {
      if tally.levelsKnown {
        levels += tally.weight
        if tally.crossLevel { crossLevel += tally.weight }
        if tally.upward { upward += tally.weight }
      }
      if tally.departmentsKnown {
        departments += tally.weight
        if tally.crossDepartment { crossDepartment += tally.weight }
      }
      if tally.groupsKnown {
        groups += tally.weight
        if tally.crossGroup { crossGroup += tally.weight }
      }
    }

    func value(of figure: TrendFigure) -> Double? {
      switch figure {
      case .crossLevelShare: levels > 0 ? crossLevel / levels : nil
      case .upwardShare: levels > 0 ? upward / levels : nil
      case .crossDepartmentShare: departments > 0 ? crossDepartment / departments : nil
      // (E − I) / (E + I) with E = crossGroup and E + I = groups.
      case .eiIndex: groups > 0 ? (2 * crossGroup - groups) / groups : nil
      }
    }
  }

  /// The resampled slopes of every headline figure, in `TrendFigure.allCases` order.
  /// - Parameters:
  ///   - windows: the selected interactions of each window, in window order.
  ///   - resamples: B; 0 gives no slopes.
  public static func resampledSlopes(
    windows: [[Interaction]], context: WindowContext, resamples: Int, seed: UInt64
  ) -> [TrendFigure: [Double]] {
    let tallies = windows.map { $0.map { Tally($0, context: context) } }
    var slopes = Dictionary(uniqueKeysWithValues: TrendFigure.allCases.map { ($0, [Double]()) })
    var generator = SplitMix64(seed: seed)
    for _ in 0 ..< resamples {
      let sums = tallies.map { window in
        var sums = Sums()
        for _ in window.indices {
          sums.add(window[Int(generator.next().multipliedFullWidth(by: UInt64(window.count)).high)])
        }
        return sums
      }
      for figure in TrendFigure.allCases {
        if let slope = Trend.slope(sums.map { $0.value(of: figure) }) { slopes[figure, default: []].append(slope) }
      }
    }
    return slopes
  }

  /// The observed headline figures per window from the same tallies (used to check the graph-based ones).
  static func observedValues(windows: [[Interaction]], context: WindowContext, figure: TrendFigure) -> [Double?] {
    windows.map { window in
      var sums = Sums()
      for interaction in window { sums.add(Tally(interaction, context: context)) }
      return sums.value(of: figure)
    }
  }
}
