import Foundation
import Testing

@testable import Importers

@Suite struct CSVTokenizerTests {
  private func tokens(_ text: String, delimiter: CSVDelimiter? = nil) -> [CSVToken] {
    var tokenizer = CSVTokenizer(data: Data(text.utf8), delimiter: delimiter)
    var result: [CSVToken] = []
    while let token = tokenizer.next() { result.append(token) }
    return result
  }

  private func records(_ text: String, delimiter: CSVDelimiter? = nil) -> [CSVRecord] {
    tokens(text, delimiter: delimiter).compactMap { if case .record(let record) = $0 { record } else { nil } }
  }

  @Test func quotedFieldsWithDelimitersQuotesAndNewlines() {
    let rows = records("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n")
    #expect(rows.map(\.fields) == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\nlines"], ["last", "row", "here"]])
    #expect(rows.map(\.line) == [1, 2, 4])
    #expect(rows[1].columns == [1, 7, 20])
  }

  @Test func embeddedNewlineKeepsLineNumbersOfALaterBadRow() {
    let text = "id,author,time\n1,\"multi\nline\nauthor\",2024-01-01\n2,bob,\"x\"y,3\n4,eve,2024-01-02\n"
    let result = tokens(text)
    #expect(result.count == 4)
    let reason = "unexpected character after a closing quote"
    #expect(result[2] == .malformed(CSVMalformedRecord(line: 5, column: 10, reason: reason)))
    guard case .record(let last) = result[3] else {
      Issue.record("expected the row after the bad one to be read")
      return
    }
    #expect(last.fields == ["4", "eve", "2024-01-02"])
    #expect(last.line == 6)
  }

  @Test func unclosedQuoteResumesOnTheNextLine() {
    let result = tokens("h1,h2\n\"open,field\nnext,row\n")
    #expect(result.count == 3)
    #expect(result[1] == .malformed(CSVMalformedRecord(line: 2, column: 1, reason: "quoted field is not closed")))
    #expect(result[2] == .record(CSVRecord(fields: ["next", "row"], line: 3, columns: [1, 6])))
  }

  @Test func byteOrderMarkAndCRLFAndBlankLines() {
    let rows = records("\u{FEFF}id;name\r\n1;ann\r\n\r\n2;bo\r\n")
    #expect(rows.map(\.fields) == [["id", "name"], ["1", "ann"], ["2", "bo"]])
    #expect(rows.map(\.line) == [1, 2, 4])
  }

  @Test func lastRecordWithoutNewlineAndTrailingEmptyField() {
    #expect(records("a,b\n1,").map(\.fields) == [["a", "b"], ["1", ""]])
  }

  @Test func bareQuoteInsideUnquotedFieldIsKept() {
    #expect(records("h\n5'10\"\n").map(\.fields) == [["h"], ["5'10\""]])
  }

  @Test(arguments: [
    ("id,author,time\n", CSVDelimiter.comma), ("id;author;time\n", .semicolon), ("id\tauthor\ttime\n", .tab),
    ("0 1\n", .whitespace), ("\"a;b\",c,d\n", .comma), ("single\n", .comma),
  ])
  func delimiterDetectedFromTheFirstLine(text: String, expected: CSVDelimiter) {
    #expect(CSVTokenizer(data: Data(text.utf8)).delimiter == expected)
  }

  @Test func whitespaceDelimitedRuns() {
    let rows = records("  0 1\n2\t\t3  \n\n4   5", delimiter: .whitespace)
    #expect(rows.map(\.fields) == [["0", "1"], ["2", "3"], ["4", "5"]])
    #expect(rows.map(\.line) == [1, 2, 4])
  }
}
