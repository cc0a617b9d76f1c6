import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

@Suite struct InteractionsCSVReaderTests {
  @Test func synonymsWeightsKindsAndTimes() throws {
    let fixture = try Fixture()
    let path = try fixture.write("i.csv", """
      Sender,Recipient,Date,Weight,Kind
      a,b,2024-01-01T10:00:00+01:00,2,reply
      b,a,,,
      a,c,2024-01-02,1,mention
      """)
    let result = try readAll(path)
    #expect(result.interactions == [
      InteractionRecord(source: "a", target: "b", time: Date(timeIntervalSince1970: 1_704_099_600), weight: 2,
                        kind: .reply, location: SourceLocation(path: path, line: 2, column: 1)),
      InteractionRecord(source: "b", target: "a", location: SourceLocation(path: path, line: 3, column: 1)),
      InteractionRecord(source: "a", target: "c", time: Date(timeIntervalSince1970: 1_704_153_600), kind: .mention,
                        location: SourceLocation(path: path, line: 4, column: 1)),
    ])
  }

  @Test func badValuesAreSkippedWithDiagnostics() throws {
    let fixture = try Fixture()
    let path = try fixture.write("i.csv", "from,to,time,weight,kind\na,b,,,like\na,,,,\na,b,soon,,\na,b,,-1,\na,b,,,\n")
    let result = try readAll(path)
    #expect(result.interactions.count == 1)
    #expect(result.skipped.map(\.reason) == ["invalid_kind", "missing_endpoint", "invalid_timestamp", "invalid_weight"])
    #expect(result.diagnostics.kinds.first?.examples.first?.description
      == "\(path):2:7: warning: unknown interaction kind (expected one of: reply, mention, reaction, message); "
        + "row skipped 'like'")
  }

  @Test func columnMappingForOtherHeaders() throws {
    let fixture = try Fixture()
    let path = try fixture.write("i.csv", "EventDate;Sender;Recipient\n2024-01-01;x;y\n")
    let mapping = try ColumnMapping(parsing: "source=Sender,target=Recipient,time=EventDate", scope: .conversations)
    let result = try readAll(path, options: ImportOptions(columns: mapping))
    #expect(result.interactions.map { [$0.source, $0.target] } == [["x", "y"]])
    #expect(result.interactions.first?.time == Date(timeIntervalSince1970: 1_704_067_200))
  }

  @Test func noHeaderWhitespaceFileByPosition() throws {
    let fixture = try Fixture()
    let path = try fixture.write("edges.txt", "0 1\n2  3 1700000000 4\n\n5\t6\n")
    let result = try readAll(path, options: ImportOptions(header: .absent))
    #expect(result.interactions.map { [$0.source, $0.target] } == [["0", "1"], ["2", "3"], ["5", "6"]])
    #expect(result.interactions[1].time == Date(timeIntervalSince1970: 1_700_000_000))
    #expect(result.interactions[1].weight == 4)
    #expect(result.interactions[2].location?.line == 4)
  }

  /// A weighted edge list `source target weight` is read with `--columns weight=3`: the position is the
  /// weight's, and no longer the time's (without it the 5 would be read as a time, 5 s after 1970).
  @Test func noHeaderColumnsByPosition() throws {
    let fixture = try Fixture()
    let path = try fixture.write("weighted.txt", "a b 5\nb c 2.5\n")
    let mapping = try ColumnMapping(parsing: "weight=3", scope: .conversations)
    let result = try readAll(path, options: ImportOptions(columns: mapping, header: .absent))
    #expect(result.interactions.map(\.weight) == [5, 2.5])
    #expect(result.interactions.allSatisfy { $0.time == nil })
  }

  @Test func noHeaderColumnsMustBePositions() throws {
    let fixture = try Fixture()
    let path = try fixture.write("weighted.txt", "a b 5\n")
    let mapping = try ColumnMapping(parsing: "weight=W", scope: .conversations)
    #expect(throws: ImportError.columnPositionExpected(path: path, item: "weight=W")) {
      try readAll(path, options: ImportOptions(columns: mapping, header: .absent))
    }
    #expect(ImportError.columnPositionExpected(path: "w.txt", item: "weight=W").description
      == "w.txt: error: the file has no header, so --columns must name column positions (1, 2, …), not 'weight=W' "
      + "(e.g. --columns weight=3)")
  }

  /// 125,409 rows: `python3 -c "import csv; print(len(list(csv.DictReader(open('enron_edges.csv')))))"`; every
  /// `Time` matches `\d{4}-\d\d-\d\d \d\d:\d\d:\d\d`. The first row's time 1979-12-31 21:00:00 UTC is
  /// `date -u -d '1979-12-31 21:00:00' +%s` = 315522000.
  @Test func enronEdges() throws {
    let result = try readAll(TestPaths.sharedData("enron/enron_edges.csv").path)
    #expect(result.interactions.count == 125_409)
    #expect(result.skipped.isEmpty)
    #expect(result.interactions.first?.source == "24")
    #expect(result.interactions.first?.target == "153")
    #expect(result.interactions.first?.time == Date(timeIntervalSince1970: 315_522_000))
    #expect(result.interactions.allSatisfy { $0.kind == .message && $0.weight == 1 && $0.time != nil })
  }

  /// 25,571 lines: `grep -c . email-Eu-core.txt`.
  @Test func emailEuCoreWithoutHeader() throws {
    let path = TestPaths.sharedData("email-eu-core/email-Eu-core.txt").path
    let result = try readAll(path, options: ImportOptions(header: .absent))
    #expect(result.interactions.count == 25_571)
    #expect(result.skipped.isEmpty)
    #expect(result.interactions.first.map { [$0.source, $0.target] } == ["0", "1"])
  }
}
