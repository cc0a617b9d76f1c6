import ConversationModel
import Foundation
import Importers
import TestSupport
import Testing

@testable import OrgAnalysis

/// Levels of the real org charts in `../shared/data`: Enron's position titles through the built-in title rules,
/// and Krackhardt's high-tech managers by level column and by reports-to tree.
@Suite struct RealChartLevelsTests {
  /// `Fixtures/title-levels-enron.json`, written by `Scripts/reference_title_levels.py` (Python `re`, its own
  /// transcription of the built-in rules).
  struct EnronFixture: Decodable {
    var ids: [String]
    var ranks: [Int?]
    var counts: [String: Int]
    var titles: [String: Int?]
  }

  private func chart(_ path: URL, columns: String) throws -> OrgChart {
    var log = DiagnosticLog()
    let mapping = try ColumnMapping(parsing: columns, scope: .orgChart)
    let chart = try OrgChartLoader.load(path.path, columns: mapping, diagnostics: &log)
    #expect(log.totalCount == 0, "\(log.kinds.map(\.kind))")
    return chart
  }

  @Test func enronTitlesGetTheReferenceLevels() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/title-levels-enron", withExtension: "json"))
    let fixture = try JSONDecoder().decode(EnronFixture.self, from: Data(contentsOf: url))
    let chart = try chart(
      TestPaths.sharedData("enron").appendingPathComponent("enron_vertices.csv"),
      columns: "id=id,email=Email,name=Name,title=Note")
    #expect(chart.entries.map(\.id) == fixture.ids)
    var log = DiagnosticLog()
    let hierarchy = OrgHierarchy(chart: chart, diagnostics: &log)
    let levels = OrgLevels(hierarchy: hierarchy, mode: .auto, rules: .builtIn, diagnostics: &log)
    // The vertices file has no manager or level column: auto falls through to the titles for everybody.
    #expect(levels.ranks == fixture.ranks)
    #expect(levels.sources.allSatisfy { $0 == .titles || $0 == nil })
    let bands = try #require(levels.titleBands)
    var counts = ["executive": 0, "director": 0, "manager": 0, "staff": 0, "none": 0]
    for rank in levels.ranks { counts[rank.map(bands.name(of:)) ?? "none", default: 0] += 1 }
    #expect(counts == fixture.counts)
    // 184 people: 54 "NA" have no level (the README's count), the rest one level each.
    #expect(fixture.counts == ["executive": 18, "director": 47, "manager": 13, "staff": 52, "none": 54])
    let matcher = TitleRules.builtIn.matcher()
    for (title, rank) in fixture.titles { #expect(matcher.rank(of: title) == rank, "\(title)") }
  }

  @Test func krackhardtLevelColumnAndReportsToTreeAgree() throws {
    let folder = TestPaths.sharedData("krackhardt-hightech")
    let vertices = try chart(
      folder.appendingPathComponent("ht_advice_vertices.csv"), columns: "id=id,level=level,department=dept")
    // `ht_reports_edges.csv` is `from,to`: `from` reports to `to`.
    let edges = try String(contentsOf: folder.appendingPathComponent("ht_reports_edges.csv"), encoding: .utf8)
    var managerOf: [String: String] = [:]
    for line in edges.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",").map(String.init)
      try #require(fields.count == 2)
      managerOf[fields[0]] = fields[1]
    }
    #expect(managerOf.count == 20)
    let tree = OrgChart(
      entries: vertices.entries.map { OrgEntry(id: $0.id, manager: managerOf[$0.id], level: $0.level) },
      path: "ht_reports_edges.csv")
    var log = DiagnosticLog()
    let hierarchy = OrgHierarchy(chart: tree, diagnostics: &log)
    let byColumn = OrgLevels(hierarchy: hierarchy, mode: .column, rules: .builtIn, diagnostics: &log)
    let byTree = OrgLevels(hierarchy: hierarchy, mode: .tree, rules: .builtIn, diagnostics: &log)
    #expect(log.totalCount == 0)
    #expect(byColumn.ranks == byTree.ranks)
    // The README: level 1 = CEO (person 6), 2 = VP, 3 = manager; four VPs (people 1, 13, 17, 20).
    #expect(byTree.ranks[6] == 0)
    #expect(byTree.ranks.indices.filter { byTree.ranks[$0] == 1 } == [1, 13, 17, 20])
    #expect(byTree.ranks.filter { $0 == 2 }.count == 16)
    #expect(hierarchy.hasDirectReports.indices.filter { hierarchy.hasDirectReports[$0] } == [1, 6, 13, 17, 20])
    // Departments from the tree at depth 1 follow the VPs' branches, as the dept column groups them.
    let departments = OrgDepartments(hierarchy: hierarchy).departments
    let byDept = Dictionary(grouping: vertices.entries.indices) { vertices.entries[$0].department ?? "" }
    for members in byDept.values where members.count > 1 {
      #expect(Set(members.map { departments[$0] }).count == 1, "dept of \(members)")
    }
  }
}
