import Foundation
import Testing

@testable import Importers

/// Rows of unquoted fields, read by `CSVTokenizer`'s one-pass scan, must give the fields and positions the
/// field-by-field loop gives, wherever a chunk boundary falls: on a `\r` before its `\n`, right after a
/// separator, inside a field, and before a field that opens a quote.
@Suite struct CSVPlainRowTests {
  /// Every line break form, empty fields, a quoted field after plain ones, a quote inside an unquoted field,
  /// a trailing separator at the end of the input and no final line break.
  static let text = "a,,b\r\nc,\"q,1\",d\re,5'10\",f\n,\ng,h,"

  /// Expected by hand from `text`: columns count bytes from each line's start, 1-based.
  static let expected: [CSVToken] = [
    .record(CSVRecord(fields: ["a", "", "b"], line: 1, columns: [1, 3, 4])),
    .record(CSVRecord(fields: ["c", "q,1", "d"], line: 2, columns: [1, 3, 9])),
    .record(CSVRecord(fields: ["e", "5'10\"", "f"], line: 3, columns: [1, 3, 9])),
    .record(CSVRecord(fields: ["", ""], line: 4, columns: [1, 2])),
    .record(CSVRecord(fields: ["g", "h", ""], line: 5, columns: [1, 3, 5])),
  ]

  private static func tokens(_ tokenizer: CSVTokenizer) -> [CSVToken] {
    var tokenizer = tokenizer
    var result: [CSVToken] = []
    while let token = tokenizer.next() { result.append(token) }
    return result
  }

  @Test func wholeBufferRowsKeepFieldsAndColumns() {
    #expect(Self.tokens(CSVTokenizer(data: Data(Self.text.utf8), delimiter: .comma)) == Self.expected)
  }

  @Test(arguments: [1, 2, 3, 5, 6, 7, 11, 1 << 16])
  func chunkedRowsKeepFieldsAndColumns(chunkSize: Int) {
    let stream = ByteStream(bytes: Array(Self.text.utf8), path: "t.csv", chunkSize: chunkSize)
    #expect(Self.tokens(CSVTokenizer(stream: stream, delimiter: .comma)) == Self.expected)
  }

  /// A lone `\r` as the last byte of the input ends the record; the next line's number is not reached.
  @Test func carriageReturnAtTheEndOfTheInputEndsTheRecord() {
    let tokens = Self.tokens(CSVTokenizer(data: Data("1,2\r".utf8), delimiter: .comma))
    #expect(tokens == [.record(CSVRecord(fields: ["1", "2"], line: 1, columns: [1, 3]))])
  }
}
