import ConversationModel
import Testing

@testable import OrgAnalysis

@Suite struct OrgDepartmentsTests {
  /// ```
  /// ceo (Cora)
  /// ├── eng (Eli) ── lead ── dev
  /// ├── ops (no name) ── clerk
  /// └── sales (Sol, department column "Revenue") ── rep
  /// lost → "nobody"
  /// ```
  private let chart = OrgChart(
    entries: [
      OrgEntry(id: "ceo", name: "Cora"), OrgEntry(id: "eng", name: "Eli", manager: "ceo"),
      OrgEntry(id: "lead", name: "Lea", manager: "eng"), OrgEntry(id: "dev", name: "Dev", manager: "lead"),
      OrgEntry(id: "ops", manager: "ceo"), OrgEntry(id: "clerk", manager: "ops"),
      OrgEntry(id: "sales", name: "Sol", department: "Revenue", manager: "ceo"),
      OrgEntry(id: "rep", name: "Rex", manager: "sales"), OrgEntry(id: "lost", manager: "nobody"),
    ], path: "org.csv")

  private func departments(depth: Int) -> OrgDepartments {
    var log = DiagnosticLog()
    return OrgDepartments(hierarchy: OrgHierarchy(chart: chart, diagnostics: &log), depth: depth)
  }

  @Test func depthOneLabelsEachBranchByItsHeadAndTheRootByItself() {
    let result = departments(depth: 1)
    #expect(result.departments == ["Cora", "Eli", "Eli", "Eli", "ops", "ops", "Revenue", "Sol", nil])
    #expect(result.sources == [.tree, .tree, .tree, .tree, .tree, .tree, .column, .tree, nil])
    #expect(result.sourceCounts == [.column: 1, .tree: 7])
  }

  @Test func depthTwoSplitsBranchesOneLevelDown() {
    let result = departments(depth: 2)
    // Above depth 2, each person heads a branch of their own.
    #expect(result.departments == ["Cora", "Eli", "Lea", "Lea", "ops", "clerk", "Revenue", "Rex", nil])
  }

  @Test func chartWithoutManagersHasOnlyColumnDepartments() {
    var log = DiagnosticLog()
    let flat = OrgChart(entries: [OrgEntry(id: "a", department: "X"), OrgEntry(id: "b")], path: "org.csv")
    let result = OrgDepartments(hierarchy: OrgHierarchy(chart: flat, diagnostics: &log))
    #expect(result.departments == ["X", nil])
    #expect(result.sources == [.column, nil])
  }
}
