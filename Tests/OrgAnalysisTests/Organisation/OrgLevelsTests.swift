import ConversationModel
import Testing

@testable import OrgAnalysis

@Suite struct OrgLevelsTests {
  /// Rows of (id, manager, level, title).
  private func levels(_ rows: [(String, String?, String?, String?)], mode: LevelMode)
    -> (OrgLevels, DiagnosticLog)
  {
    let entries = rows.map { OrgEntry(id: $0.0, title: $0.3, manager: $0.1, level: $0.2) }
    var log = DiagnosticLog()
    let hierarchy = OrgHierarchy(chart: OrgChart(entries: entries, path: "org.csv"), diagnostics: &log)
    return (OrgLevels(hierarchy: hierarchy, mode: mode, rules: .builtIn, diagnostics: &log), log)
  }

  /// A column level, a tree depth, a title, and a dangling manager with a title: one of each source.
  private let mixed: [(String, String?, String?, String?)] = [
    ("ceo", nil, "1", "Chief Executive Officer"), ("vp", "ceo", nil, "Engineer"),
    ("lost", "nobody", nil, "Team Lead"), ("lost2", "nobody", nil, nil),
  ]

  @Test func autoTakesColumnThenTreeThenTitlesPerEntry() {
    let (levels, _) = levels(mixed, mode: .auto)
    #expect(levels.ranks == [0, 1, 2, nil])
    #expect(levels.sources == [.column, .tree, .titles, nil])
    #expect(levels.sourceCounts == [.column: 1, .tree: 1, .titles: 1])
    #expect(levels.titleBands?.description == "0=executive,1=director,2=manager,3=staff")
  }

  @Test func eachSingleModeUsesOnlyItsSource() {
    #expect(levels(mixed, mode: .column).0.ranks == [0, nil, nil, nil])
    #expect(levels(mixed, mode: .tree).0.ranks == [0, 1, nil, nil])
    let (titles, _) = levels(mixed, mode: .titles)
    // "Engineer" is staff by the catch-all, even though the tree says rank 1.
    #expect(titles.ranks == [0, 3, 2, nil])
    #expect(titles.sources == [.titles, .titles, .titles, nil])
  }

  @Test func noTitleBandsWhenNoLevelCameFromTitles() {
    let (levels, _) = levels([("a", nil, nil, "CEO"), ("b", "a", nil, "Engineer")], mode: .auto)
    #expect(levels.sources == [.tree, .tree])
    #expect(levels.titleBands == nil)
  }

  @Test func singleModeGivingNobodyALevelIsReported() {
    let (levels, log) = levels([("a", nil, nil, "CEO"), ("b", "a", nil, nil)], mode: .column)
    #expect(levels.ranks == [nil, nil])
    #expect(log.count(of: "org_levels_unavailable") == 1)
    #expect(self.levels([("a", nil, nil, nil)], mode: .auto).1.count(of: "org_levels_unavailable") == 0)
  }

  @Test func placeholderTitleGivesNoLevel() {
    let (levels, _) = levels([("a", nil, nil, "NA"), ("b", nil, nil, "Trader")], mode: .titles)
    #expect(levels.ranks == [nil, 3])
  }

  @Test func directReportsFlagFollowsTheTree() {
    var log = DiagnosticLog()
    let chart = OrgChart(
      entries: [
        OrgEntry(id: "ceo"), OrgEntry(id: "vp", manager: "ceo"), OrgEntry(id: "ic", manager: "vp"),
        OrgEntry(id: "ic2", manager: "ceo"),
      ], path: "org.csv")
    #expect(OrgHierarchy(chart: chart, diagnostics: &log).hasDirectReports == [true, true, false, false])
  }
}
