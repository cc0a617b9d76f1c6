import ConversationModel
import Testing

@testable import OrgAnalysis

@Suite struct OrgHierarchyTests {
  private func hierarchy(_ rows: [(String, String?, String?)]) -> (OrgHierarchy, DiagnosticLog) {
    let entries = rows.enumerated().map { index, row in
      OrgEntry(id: row.0, manager: row.1, level: row.2, location: SourceLocation(path: "org.csv", line: index + 2))
    }
    var log = DiagnosticLog()
    return (OrgHierarchy(chart: OrgChart(entries: entries, path: "org.csv"), diagnostics: &log), log)
  }

  @Test func depthInManagerTreeWithEmptyAndSelfManagedRoots() {
    let (org, log) = hierarchy([
      ("ceo", nil, nil), ("vp", "ceo", nil), ("mgr", "vp", nil), ("ic", "mgr", nil), ("founder", "founder", nil),
      ("ic2", "founder", nil),
    ])
    #expect(org.ranks == [0, 1, 2, 3, 0, 1])
    #expect(org.rankSources.allSatisfy { $0 == .managerTree })
    #expect(log.totalCount == 0)
  }

  @Test func rowsInAnyOrderGetTheSameDepths() {
    let (org, _) = hierarchy([("ic", "mgr", nil), ("mgr", "vp", nil), ("vp", "ceo", nil), ("ceo", "", nil)])
    #expect(org.ranks == [3, 2, 1, 0])
  }

  @Test func managerNamingNobodyLeavesLevelUnknownAndNamesTheRow() {
    let (org, log) = hierarchy([("ceo", nil, nil), ("lost", "former employee account", nil), ("below", "lost", nil)])
    #expect(org.ranks == [0, nil, nil])
    #expect(log.count(of: "org_unknown_manager") == 1)
    let example = log.kinds.first { $0.kind == "org_unknown_manager" }?.examples.first
    #expect(example?.location == SourceLocation(path: "org.csv", line: 3))
    #expect(
      example?.description
        == "org.csv:3: warning: manager 'former employee account' of 'lost' is not in the org chart; level unknown "
        + "'former employee account'"
    )
  }

  @Test func cycleLeavesLevelsOnAndBelowItUnknown() {
    let (org, log) = hierarchy([
      ("ceo", nil, nil), ("a", "b", nil), ("b", "a", nil), ("c", "a", nil), ("d", "ceo", nil),
    ])
    #expect(org.ranks == [0, nil, nil, nil, 1])
    #expect(log.count(of: "org_cycle") == 1)
  }

  @Test func explicitLevelColumnIsShiftedSoTheTopIsZero() {
    // Krackhardt's encoding: 1 = CEO, 2 = VP, 3 = manager.
    let (org, log) = hierarchy([("a", nil, "1"), ("b", nil, "2.0"), ("c", nil, "3"), ("d", "a", nil), ("e", nil, "x")])
    #expect(org.ranks == [0, 1, 2, 1, 0])
    #expect(org.rankSources == [.levelColumn, .levelColumn, .levelColumn, .managerTree, .managerTree])
    #expect(log.count(of: "org_invalid_level") == 1)
  }

  @Test func chartWithoutManagersHasNoTreeLevels() {
    let (org, log) = hierarchy([("a", nil, nil), ("b", "", nil), ("c", nil, "2")])
    #expect(org.ranks == [nil, nil, 0])
    #expect(log.count(of: "org_no_reporting_lines") == 1)
  }

  @Test func directReportsFlag() {
    let (org, _) = hierarchy([("ceo", nil, nil), ("vp", "ceo", nil), ("ic", "vp", nil)])
    #expect(org.hasDirectReports == [true, true, false])
  }
}
