import ConversationModel
import Foundation
import Testing

@testable import Importers

@Suite struct MessagesCSVReaderTests {
  @Test func nestedRepliesChannelsAndQuotedText() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", """
      ID,Author,Timestamp,Reply_To,Channel,Text
      1,ann,2024-05-02T09:15:00Z,,eng,"Hello, ""team""
      second line"
      2,bob,2024-05-02 09:16:00,1,eng,hi
      3,ann,1714641400,2,eng,nested
      """)
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["1", "2", "3"])
    #expect(result.messages.map(\.replyTo) == [nil, "1", "2"])
    #expect(result.messages[0].text == "Hello, \"team\"\nsecond line")
    #expect(result.messages[0].time == Date(timeIntervalSince1970: 1_714_641_300))
    #expect(result.messages[1].time == Date(timeIntervalSince1970: 1_714_641_360))
    #expect(result.messages[2].location == SourceLocation(path: path, line: 5, column: 1))
    #expect(result.messages.allSatisfy { $0.channel == "eng" })
  }

  @Test(arguments: [",", ";", "\t"])
  func delimiterIsDetected(delimiter: String) throws {
    let fixture = try Fixture()
    let rows = [["id", "author", "time"], ["1", "ann", "2024-01-01"], ["2", "bob", "2024-01-02"]]
    let path = try fixture.write("m.csv", rows.map { $0.joined(separator: delimiter) }.joined(separator: "\n"))
    #expect(try readAll(path).messages.map(\.author) == ["ann", "bob"])
  }

  @Test func threadColumnAnswersTheRootWhenNoReplyTo() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "id,user,date,thread\nr,ann,2024-01-01,r\nx,bob,2024-01-01,r\n")
    #expect(try readAll(path).messages.map(\.replyTo) == [nil, "r"])
  }

  @Test func badRowsAreSkippedWithPositions() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", """
      id,author,time,text
      1,ann,2024-01-01,"a
      b"
      2,,2024-01-01,x
      3,bob,yesterday,x
      ,bob,2024-01-01,x
      4,eve,2024-01-01,"bad"quote
      5,eve,2024-01-01,ok
      """)
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["1", "5"])
    #expect(result.skipped.map(\.reason) == ["missing_author", "invalid_timestamp", "missing_id", "malformed_row"])
    #expect(result.skipped.map(\.location) == [
      SourceLocation(path: path, line: 4, column: 3), SourceLocation(path: path, line: 5, column: 7),
      SourceLocation(path: path, line: 6, column: 1), SourceLocation(path: path, line: 7, column: 23),
    ])
    #expect(result.diagnostics.count(of: "malformed_row") == 1)
  }

  @Test func columnMappingNamesOtherHeaders() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "MsgKey,Who,When,Parent\na,ann,2024-01-01,\nb,bob,2024-01-02,a\n")
    let mapping = try ColumnMapping(parsing: "id=msgkey,author=WHO,time=When,reply_to=Parent", scope: .conversations)
    let result = try readAll(path, options: ImportOptions(format: .messagesCSV, columns: mapping))
    #expect(result.messages.map(\.author) == ["ann", "bob"])
    #expect(result.messages.map(\.replyTo) == [nil, "a"])
  }

  @Test func missingColumnNamesTheColumnAndTheHeadersFound() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "id,time,text\n1,2024-01-01,x\n")
    let error = importError { () throws(ImportError) in
      try readAll(path, options: ImportOptions(format: .messagesCSV))
    }
    #expect(error == .missingColumn(path: path, column: "author", headersFound: ["id", "time", "text"]))
  }

  @Test func mappedHeaderThatIsAbsentIsAMissingColumn() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "id,author,time\n1,ann,2024-01-01\n")
    let mapping = ColumnMapping([.author: "Sender"])
    let error = importError { () throws(ImportError) in
      try readAll(path, options: ImportOptions(format: .messagesCSV, columns: mapping))
    }
    #expect(error == .missingColumn(path: path, column: "author", headersFound: ["id", "author", "time"]))
  }

  @Test func emptyFileIsAnError() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "")
    #expect(importError { () throws(ImportError) in try readAll(path, options: ImportOptions(format: .messagesCSV)) }
      == .emptyInput(path: path))
  }
}
