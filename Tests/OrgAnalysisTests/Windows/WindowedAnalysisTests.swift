import ConversationModel
import Foundation
import Testing

@testable import OrgAnalysis

@Suite struct WindowedAnalysisTests {
  /// boss (rank 0, dept A) manages ann (rank 1, A) and bob (rank 1, B); cat (rank 2, B) reports to bob.
  private let chart = OrgChart(
    entries: [
      OrgEntry(id: "boss", department: "A"), OrgEntry(id: "ann", department: "A", manager: "boss"),
      OrgEntry(id: "bob", department: "B", manager: "boss"), OrgEntry(id: "cat", department: "B", manager: "bob"),
    ],
    path: "org.csv")

  /// Seconds of 00:00 UTC on a day of 2026 (January 1 is day 20,454).
  private func day(_ dayOfYear: Int, hour: Double = 12) -> Date {
    Date(timeIntervalSince1970: (Double(20_453 + dayOfYear) * 24 + hour) * 3600)
  }

  /// January: cat→bob ×2 (up, inside B), ann→boss (up, inside A), ann→bob (lateral, across);
  /// February: nothing; March: cat→ann ×3 (up, across), bob→cat (down, inside B); one undated ann→cat.
  private func corpus() -> Corpus {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.csv", format: "interactions-csv")
    let rows: [(String, String, Date?)] = [
      ("cat", "bob", day(3)), ("cat", "bob", day(31, hour: 23.99)), ("ann", "boss", day(10)), ("ann", "bob", day(20)),
      ("cat", "ann", day(60)), ("cat", "ann", day(61)), ("cat", "ann", day(90)), ("bob", "cat", day(75)),
      ("ann", "cat", nil),
    ]
    for (source, target, time) in rows {
      builder.add(.interaction(InteractionRecord(source: source, target: target, time: time)))
    }
    return builder.build()
  }

  private func options(window: WindowSize? = .month, range: DateRange = .unbounded) -> AnalysisOptions {
    var options = AnalysisOptions()
    options.window = window
    options.dateRange = range
    options.permutations = 0
    options.bootstrapResamples = 200
    return options
  }

  @Test func monthsRunFromFirstToLastInteractionWithEmptyOnesBetween() throws {
    let analysis = Analyzer.analyze(corpus(), org: chart, options: options())
    let windows = try #require(analysis.windows)
    #expect(windows.windows.map(\.window.label) == ["2026-01", "2026-02", "2026-03"])
    #expect(windows.windows.map(\.interactions) == [4, 0, 4])
    #expect(windows.windows.map(\.activePeople) == [4, 0, 3])
    #expect(windows.windows.map(\.edges) == [3, 0, 2])
    #expect(windows.undatedInteractions == 1)
    #expect(analysis.diagnostics.count(of: "undated_interaction") == 1)
    // The whole-period graph still holds the undated interaction.
    #expect(analysis.summary.totalWeight == 9)
  }

  @Test func windowFiguresAreThoseOfTheWindowsOwnGraph() throws {
    let windows = try #require(Analyzer.analyze(corpus(), org: chart, options: options()).windows).windows
    let january = try #require(windows[0].levels)
    // January: 3 up (cat→bob ×2, ann→boss), 1 lateral (ann→bob).
    #expect(january.upwardShare == 0.75 && january.crossLevelShare == 0.75 && january.includedWeight == 4)
    #expect(windows[0].crossDepartmentShare == 0.25)
    #expect(windows[0].groups?.eiIndex == -0.5)
    // March: cat→ann ×3 up across (rank 2 → 1), bob→cat down inside B; boss and the other months' ties absent.
    let march = try #require(windows[2].levels)
    #expect(march.upwardShare == 0.75 && march.downwardShare == 0.25 && march.order == ["1", "2"])
    #expect(windows[2].crossDepartmentShare == 0.75)
    #expect(windows[1].levels == nil && windows[1].value(of: .crossLevelShare) == nil)
    #expect(windows[2].density == 2.0 / 6.0)
  }

  @Test func trendsUseTheDefinedWindowsAndTallyLikeTheGraphs() throws {
    let windowed = try #require(Analyzer.analyze(corpus(), org: chart, options: options()).windows)
    let crossDepartment = try #require(windowed.trend(.crossDepartmentShare))
    #expect(crossDepartment.values == [0.25, nil, 0.75])
    // Slope over positions 0 and 2: (0.75 − 0.25) / 2.
    #expect(crossDepartment.slope == 0.25 && crossDepartment.change == 0.5 && crossDepartment.first == 0.25)
    #expect(windowed.trends.map(\.figure) == TrendFigure.allCases)
    let context = WindowContext(
      personCount: 4, rankOfPerson: [2, 1, 1, 0], departmentOfPerson: ["B", "B", "A", "A"],
      groupOfPerson: ["B", "B", "A", "A"], groupAttribute: "department", bands: nil, permutations: 0, seed: 1)
    // Corpus order is cat, bob, ann, boss (first seen); tallies per interaction give the graph's values.
    let buckets = WindowedAnalysis.bucket(corpus().interactions, size: .month).buckets
    for figure in TrendFigure.allCases {
      let tallied = TrendBootstrap.observedValues(windows: buckets, context: context, figure: figure)
      #expect(tallied == windowed.trend(figure)?.values, "\(figure)")
    }
  }

  @Test func dateRangeFiltersTheWholePeriodAndTheWindows() throws {
    // 2026-03-01 … 2026-03-16 (days 60 … 75 of 2026): cat→ann ×2 and bob→cat.
    let range = try DateRange(since: "2026-03-01", until: "2026-03-16")
    let analysis = Analyzer.analyze(corpus(), org: chart, options: options(range: range))
    #expect(analysis.summary.totalWeight == 3)
    #expect(analysis.summary.interactions[.message] == 3)
    #expect(analysis.windows?.windows.map(\.window.label) == ["2026-03"])
    #expect(analysis.diagnostics.count(of: "undated_interaction") == 1)
    let withoutWindows = Analyzer.analyze(corpus(), org: chart, options: options(window: nil, range: range))
    #expect(withoutWindows.windows == nil && withoutWindows.summary.edges == 2)
  }

  @Test func weeksCutTheSamePeriodFiner() throws {
    let windows = try #require(Analyzer.analyze(corpus(), org: chart, options: options(window: .week)).windows)
    // 2026-01-03 (Saturday, 2026-W01) … 2026-03-31 (Tuesday, 2026-W14).
    #expect(windows.windows.count == 14 && windows.windows.first?.window.label == "2026-W01")
    #expect(windows.windows.map(\.interactions).reduce(0, +) == 8)
  }

  @Test func januaryTreeDistanceIsWorkedByHand() throws {
    let windows = try #require(Analyzer.analyze(corpus(), org: chart, options: options()).windows).windows
    // January: cat→bob ×2 and ann→boss answer the source's own manager; ann→bob answers a peer (same manager).
    let january = try #require(windows[0].hierarchy?.treeDistance)
    #expect(january.share(.manager) == 0.75 && january.share(.peer) == 0.25)
    #expect(windows[1].hierarchy == nil)  // February has no interactions
  }

  @Test func oneWindowOverTheWholeRangeRepeatsTheWholePeriodFigures() throws {
    // Q1 holds every dated interaction; the range leaves out the undated one, so window and period are one graph.
    var quarter = options(window: .quarter, range: try DateRange(since: "2026-01-01", until: "2026-03-31"))
    quarter.groupBy = .level
    quarter.permutations = 50
    let analysis = Analyzer.analyze(corpus(), org: chart, options: quarter)
    let window = try #require(analysis.windows?.windows.first)
    #expect(analysis.windows?.windows.count == 1)
    #expect(window.hierarchy == analysis.hierarchy)
    #expect(window.departments == analysis.departments)
    #expect(window.groups == analysis.groups && window.levels == analysis.levels)
    #expect(window.idOfNode == ["cat", "bob", "ann", "boss"])  // corpus order: first seen first
  }
}
