import ConversationModel
import Foundation
import SeededRandom
import TestSupport
import Testing

@testable import OrgAnalysis

@Suite struct TrendTests {
  /// Four people: 0 and 1 in department a, 2 and 3 in b; no levels.
  private let context = WindowContext(
    personCount: 4, rankOfPerson: [nil, nil, nil, nil], departmentOfPerson: ["a", "a", "b", "b"],
    groupOfPerson: ["a", "a", "b", "b"], groupAttribute: "department", bands: nil, permutations: 0, seed: 1)

  /// `count` interactions of which `crossing` go from department a to b and the rest stay inside a.
  private func window(count: Int, crossing: Int) -> [Interaction] {
    (0..<count).map { index in
      Interaction(source: 0, target: index < crossing ? 2 : 1, kind: .message, time: nil)
    }
  }

  @Test func olsSlopeOfAnExactLineSkipsMissingWindows() {
    #expect(Trend.slope([0.1, 0.3, nil, 0.7]).map { isClose($0, 0.2, relative: 1e-9) } == true)
    #expect(Trend.slope([0.5, nil]) == nil)
    #expect(Trend.slope([]) == nil)
  }

  /// NumPy 2.x: `numpy.percentile([1, 2, 3, 4], [2.5, 97.5])` = [1.075, 3.925].
  @Test func percentileInterpolatesLikeNumPy() {
    #expect(isClose(Trend.percentile([1, 2, 3, 4], 0.025), 1.075, relative: 1e-12))
    #expect(isClose(Trend.percentile([1, 2, 3, 4], 0.975), 3.925, relative: 1e-12))
  }

  /// Shares 0.20, 0.23, …, 0.35 over 400 interactions a window: the slope is 0.03 exactly, and its bootstrap
  /// standard error is about √(0.28 · 0.72 / 400) / √17.5 ≈ 0.0054, so the interval (±0.011) excludes 0.
  @Test func risingSeriesHasItsExactSlopeAndAnIntervalAboveZero() throws {
    let windows = (0..<6).map { window(count: 400, crossing: 80 + 12 * $0) }
    let slopes = TrendBootstrap.resampledSlopes(windows: windows, context: context, resamples: 1000, seed: 5)
    let values = TrendBootstrap.observedValues(windows: windows, context: context, figure: .crossDepartmentShare)
    let trend = Trend(
      figure: .crossDepartmentShare, values: values, resampledSlopes: slopes[.crossDepartmentShare] ?? [])
    #expect(isClose(try #require(trend.slope), 0.03, relative: 1e-9))
    #expect(isClose(try #require(trend.change), 0.15, relative: 1e-9))
    let lower = try #require(trend.lower)
    let upper = try #require(trend.upper)
    #expect(lower > 0.015 && lower < 0.03 && upper > 0.03 && upper < 0.045, "interval \(lower)…\(upper)")
    #expect(trend.direction == .rose && trend.resamples == 1000)
    // The same seed gives the same interval.
    let again = TrendBootstrap.resampledSlopes(windows: windows, context: context, resamples: 1000, seed: 5)
    #expect(again[.crossDepartmentShare] == slopes[.crossDepartmentShare])
  }

  @Test func flatSeriesStaysWithinNoiseAndFallingSeriesFalls() {
    let flat = (0..<5).map { _ in window(count: 200, crossing: 60) }
    let flatTrend = trend(flat)
    #expect(flatTrend.slope.map { abs($0) < 1e-12 } == true && flatTrend.direction == .withinNoise)
    let falling = (0..<5).map { window(count: 300, crossing: 150 - 25 * $0) }
    #expect(trend(falling).direction == .fell)
  }

  /// The whole-network E-I index of two groups is 2 × cross share − 1, so its slope is twice the share's.
  @Test func eiIndexSlopeIsTwiceTheCrossShareSlope() throws {
    let windows = (0..<4).map { window(count: 100, crossing: 10 + 10 * $0) }
    let values = TrendBootstrap.observedValues(windows: windows, context: context, figure: .eiIndex)
    #expect(isClose(try #require(Trend.slope(values)), 0.2, relative: 1e-9))
  }

  /// Coverage: 40 simulated studies, each window's interactions crossing independently with probability
  /// 0.2 + 0.02 w; the 95 % interval should contain the true slope 0.02 in about 38 of 40. The bound 33 fails
  /// with probability below 0.5 % for a correct 95 % interval (binomial, n = 40, p = 0.95).
  @Test func intervalCoversTheTrueSlopeInMostSimulations() {
    var generator = SplitMix64(seed: 2026)
    var covered = 0
    for study in 0..<40 {
      let windows = (0..<6).map { w in
        (0..<200).map { _ in
          Interaction(source: 0, target: generator.unit() < 0.2 + 0.02 * Double(w) ? 2 : 1, kind: .message, time: nil)
        }
      }
      let result = trend(windows, resamples: 200, seed: UInt64(study))
      if let lower = result.lower, let upper = result.upper, lower <= 0.02, 0.02 <= upper { covered += 1 }
    }
    #expect(covered >= 33, "covered \(covered) of 40")
  }

  private func trend(_ windows: [[Interaction]], resamples: Int = 500, seed: UInt64 = 1) -> Trend {
    let slopes = TrendBootstrap.resampledSlopes(windows: windows, context: context, resamples: resamples, seed: seed)
    return Trend(
      figure: .crossDepartmentShare,
      values: TrendBootstrap.observedValues(windows: windows, context: context, figure: .crossDepartmentShare),
      resampledSlopes: slopes[.crossDepartmentShare] ?? [])
  }
}
