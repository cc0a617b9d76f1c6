import ConversationModel
import Foundation
import OrgAnalysis
import Reports
import Testing

/// The organisation columns of the people table (`level_source`, `has_direct_reports`, `org_match`), the
/// derivation keys of the JSON `org` object, and level names taken from the title rules.
@Suite struct OrgColumnsTests {
  private func object(_ analysis: Analysis) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSON.render(analysis).utf8)) as? [String: Any])
  }

  @Test func peopleCarryLevelSourceDirectReportsAndMatchMethod() throws {
    let people = try #require(try object(try AnalysisFixtures.hierarchy())["people"] as? [[String: Any]])
    let byID = Dictionary(uniqueKeysWithValues: people.compactMap { row in (row["id"] as? String).map { ($0, row) } })
    // AnalysisFixtures.hierarchyChart: ceo, eng, sales and lead manage someone; rep and dev do not.
    for (id, manages) in [("ceo", true), ("eng", true), ("sales", true), ("lead", true), ("rep", false),
                          ("dev", false)] {
      #expect(byID[id]?["has_direct_reports"] as? Bool == manages, "\(id)")
      #expect(byID[id]?["level_source"] as? String == "tree", "\(id)")
      #expect(byID[id]?["org_match"] as? String == "id", "\(id)")
    }
  }

  @Test func peopleWithoutAChartHaveNullOrgColumns() throws {
    let analysis = AnalysisFixtures.analysis(ties: AnalysisFixtures.hierarchyTies)
    let people = try #require(try object(analysis)["people"] as? [[String: Any]])
    for key in ["level_source", "has_direct_reports", "org_match"] {
      #expect(people.allSatisfy { $0[key] is NSNull }, "\(key)")
    }
    let header = PeopleTable.csv(analysis).split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("level_rank,level_source,manager,has_direct_reports,org_match,"))
  }

  @Test func orgObjectSaysHowLevelsAndDepartmentsWereDerived() throws {
    let org = try #require(try object(try AnalysisFixtures.hierarchy())["org"] as? [String: Any])
    #expect(org["level_mode"] as? String == "auto")
    #expect(org["title_rules"] as? String == "built-in")
    #expect(org["level_sources"] as? [String: Int] == ["column": 0, "tree": 6, "titles": 0, "unknown": 0])
    #expect(org["department_depth"] as? Int == 1)
    #expect(org["department_sources"] as? [String: Int] == ["column": 6, "tree": 0, "none": 0])
    #expect(org["entries_with_direct_reports"] as? Int == 4)
  }

  /// A chart without managers or levels: levels from titles, named by the rules unless bands are given;
  /// departments from the column where there is one, none otherwise.
  @Test func titleLevelsAreNamedByTheRules() throws {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.csv", format: "interactions-csv")
    for (source, target) in [("a", "b"), ("c", "b"), ("b", "a")] {
      builder.add(.interaction(InteractionRecord(source: source, target: target)))
    }
    let chart = OrgChart(
      entries: [
        OrgEntry(id: "a", title: "Chief Executive Officer", department: "Board"),
        OrgEntry(id: "b", title: "Engineering Manager"), OrgEntry(id: "c", title: "Engineer"),
      ], path: "org.csv")
    var options = AnalysisOptions()
    options.permutations = 0
    let analysis = Analyzer.analyze(builder.build(), org: chart, options: options)
    #expect(analysis.people.map(\.level) == ["executive", "manager", "staff"])
    #expect(analysis.people.map(\.levelSource) == [.titles, .titles, .titles])
    #expect(analysis.people.map(\.hasDirectReports) == [nil, nil, nil])
    #expect(analysis.levels?.order == ["executive", "manager", "staff"])
    #expect(analysis.people.map(\.department) == ["Board", nil, nil])
    options.levelBands = try LevelBands(parsing: "0-1=top,2-=rest")
    let banded = Analyzer.analyze(builder.build(), org: chart, options: options)
    #expect(banded.people.map(\.level) == ["top", "rest", "rest"])
  }
}
