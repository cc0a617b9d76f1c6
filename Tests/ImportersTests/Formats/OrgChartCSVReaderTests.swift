import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

@Suite struct OrgChartCSVReaderTests {
  @Test func synonymsAreRecognised() throws {
    let fixture = try Fixture()
    let path = try fixture.write("org.csv", """
      Employee_ID,Full Name,Mail,Job_Title,Dept,ReportsToID,Grade
      e1,Rosa Diaz,rosa@x.org,CEO,Exec,,1
      e2,Ken Ito,ken@x.org,Director,Eng,e1,2
      """)
    var diagnostics = DiagnosticLog()
    let chart = try OrgChartLoader.load(path, columns: nil, diagnostics: &diagnostics)
    #expect(chart.entries == [
      OrgEntry(id: "e1", name: "Rosa Diaz", email: "rosa@x.org", title: "CEO", department: "Exec", manager: nil,
               level: "1", location: SourceLocation(path: path, line: 2, column: 1)),
      OrgEntry(id: "e2", name: "Ken Ito", email: "ken@x.org", title: "Director", department: "Eng", manager: "e1",
               level: "2", location: SourceLocation(path: path, line: 3, column: 1)),
    ])
    #expect(diagnostics.totalCount == 0)
  }

  @Test(arguments: ["manager_id", "reports_to", "supervisor", "manager"])
  func managerSynonyms(header: String) throws {
    let fixture = try Fixture()
    let path = try fixture.write("org.csv", "person_id,\(header),position\na,,boss\nb,a,staff\n")
    var diagnostics = DiagnosticLog()
    let chart = try OrgChartLoader.load(path, columns: nil, diagnostics: &diagnostics)
    #expect(chart.entries.map(\.manager) == [nil, "a"])
    #expect(chart.entries.map(\.title) == ["boss", "staff"])
  }

  @Test func orgColumnMappingAndBadRows() throws {
    let fixture = try Fixture()
    let path = try fixture.write("org.csv", "Who,Boss\nx,\n,x\nx,y\ny,x\n")
    let mapping = try ColumnMapping(parsing: "id=who,manager=boss", scope: .orgChart)
    var diagnostics = DiagnosticLog()
    let chart = try OrgChartLoader.load(path, columns: mapping, diagnostics: &diagnostics)
    #expect(chart.entries.map(\.id) == ["x", "y"])
    #expect(diagnostics.count(of: "missing_id") == 1)
    #expect(diagnostics.count(of: "duplicate_id") == 1)
  }

  @Test func emailStandsInForAMissingIdColumn() throws {
    let fixture = try Fixture()
    let path = try fixture.write("org.csv", "email,manager_email\nA@x.org,\nb@x.org,A@x.org\n")
    var diagnostics = DiagnosticLog()
    let chart = try OrgChartLoader.load(path, columns: nil, diagnostics: &diagnostics)
    #expect(chart.entries.map(\.id) == ["A@x.org", "b@x.org"])
    #expect(chart.entries.map(\.manager) == [nil, "A@x.org"])
  }

  @Test func chartWithoutAnIdColumnIsAMissingColumn() throws {
    let fixture = try Fixture()
    let path = try fixture.write("org.csv", "name,title\nann,ceo\n")
    var diagnostics = DiagnosticLog()
    #expect(importError { () throws(ImportError) in
      try OrgChartLoader.load(path, columns: nil, diagnostics: &diagnostics)
    } == .missingColumn(path: path, column: "id", headersFound: ["name", "title"]))
  }

  /// Krackhardt's high-tech managers: 21 rows (`wc -l ht_reports_vertices.csv` = 22 with the header), 0-based
  /// ids, `level` 1 = CEO (row id 6: `6,55.0,30.0,1.0,0.0`), `dept` 0–4, no manager column.
  @Test func krackhardtVertices() throws {
    var diagnostics = DiagnosticLog()
    let chart = try OrgChartLoader.load(
      TestPaths.sharedData("krackhardt-hightech/ht_reports_vertices.csv").path, columns: nil,
      diagnostics: &diagnostics)
    #expect(chart.entries.count == 21)
    #expect(chart.entries.map(\.id) == (0..<21).map(String.init))
    #expect(chart.entries.allSatisfy { $0.manager == nil && $0.level != nil && $0.department != nil })
    #expect(chart.entries[6].level == "1.0")
    #expect(chart.entries[0].level == "3.0" && chart.entries[0].department == "4.0")
    #expect(diagnostics.totalCount == 0)
  }
}
