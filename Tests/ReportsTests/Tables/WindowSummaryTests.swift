import OrgAnalysis
import Testing

@testable import Reports

@Suite struct WindowSummaryTests {
  @Test func monthlyTableAndSentencesFollowTheFixture() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.monthly(), style: .terminal)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: "Talk by month"))
    let fields = lines[(start + 1)...].prefix(4).map { $0.split(separator: " ").map(String.init) }
    #expect(fields == [
      ["month", "interactions", "people", "ties", "density", "cross-level", "upward", "cross-dept", "E-I"],
      // January: 4 people (dev, lead, rep, sales), 2 ties: density 2/12.
      ["2026-01", "4", "4", "2", "0.1667", "100.0%", "100.0%", "0.0%", "-1.000"],
      ["2026-02", "4", "4", "2", "0.1667", "100.0%", "100.0%", "50.0%", "+0.000"],
      ["2026-03", "4", "4", "2", "0.1667", "100.0%", "75.0%", "100.0%", "+1.000"],
    ])
    #expect(text.contains(
      "Cross-level talk stayed within noise: 100% to 100% of weight (+0.0 points a month, 95% CI +0.0 to +0.0).\n"))
    #expect(text.contains(
      "Cross-department talk rose from 0% to 100% of weight (+50.0 points a month, 95% CI +50.0 to +50.0).\n"))
  }

  @Test func fallingTrendSaysFellWithNegativePoints() {
    let trend = Trend(
      figure: .crossLevelShare, values: [0.4, nil, 0.3],
      resampledSlopes: Array(repeating: -0.06, count: 50) + Array(repeating: -0.04, count: 50))
    #expect(WindowSummary.sentence(trend, per: .week)
      == "Cross-level talk fell from 40% to 30% of weight (−5.0 points a week, 95% CI −6.0 to −4.0).")
  }

  @Test func oneWindowOrFewResamplesGiveNoInterval() {
    let single = Trend(figure: .crossDepartmentShare, values: [0.3, nil], resampledSlopes: [])
    #expect(WindowSummary.sentence(single, per: .quarter)
      == "Cross-department talk: too few windows with a value for a trend.")
    let unsampled = Trend(figure: .crossDepartmentShare, values: [0.2, 0.3], resampledSlopes: [0.1])
    #expect(WindowSummary.sentence(unsampled, per: .month)
      == "Cross-department talk went from 20% to 30% of weight (+10.0 points a month; too few bootstrap "
        + "resamples for an interval).")
  }
}

@Suite struct TrendSentenceTests {
  /// The E-I index is no share: signed values with two decimals and a slope with three, no "points", no "%".
  @Test func eiIndexTrendIsWrittenAsAnIndex() {
    let trend = Trend(
      figure: .eiIndex, values: [-0.4, -0.3, -0.2],
      resampledSlopes: Array(repeating: 0.09, count: 50) + Array(repeating: 0.11, count: 50))
    #expect(WindowSummary.sentence(trend, per: .month)
      == "The E-I index rose from −0.40 to −0.20 (+0.100 a month, 95% CI +0.090 to +0.110).")
  }

  @Test func upwardTalkHasItsOwnSubject() {
    let trend = Trend(figure: .upwardShare, values: [0.5, 0.5], resampledSlopes: Array(repeating: 0, count: 100))
    #expect(WindowSummary.sentence(trend, per: .week).hasPrefix("Upward talk stayed within noise: 50% to 50%"))
  }
}
