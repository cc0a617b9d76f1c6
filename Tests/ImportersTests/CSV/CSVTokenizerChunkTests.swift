import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// The streamed tokenizer against the whole-buffer one: chunk boundaries of 1, 2 and 7 bytes fall inside quoted
/// fields, doubled quotes, `\r\n` pairs and the byte order mark, and must change no record, position or delimiter.
@Suite struct CSVTokenizerChunkTests {
  /// The inputs of `CSVTokenizerTests` and the reader tests, plus quoted fields longer than any chunk.
  static let texts = [
    "a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n",
    "id,author,time\n1,\"multi\nline\nauthor\",2024-01-01\n2,bob,\"x\"y,3\n4,eve,2024-01-02\n",
    "h1,h2\n\"open,field\nnext,row\n",
    "\u{FEFF}id;name\r\n1;ann\r\n\r\n2;bo\r\n",
    "a,b\n1,",
    "h\n5'10\"\n",
    "  0 1\n2\t\t3  \n\n4   5",
    "id\tauthor\ttime\n1\tann\t2024-01-01\n",
    "\"a;b\",c,d\n1,2,3\n",
    "ID,Author,Timestamp,Reply_To,Channel,Text\n1,ann,2024-05-02T09:15:00Z,,eng,\"Hello, \"\"team\"\"\nsecond line\"\n"
      + "2,bob,2024-05-02 09:16:00,1,eng,hi\n",
    "id,text\n1,\"a quoted field much longer than seven bytes,\r\nwith a CRLF, \"\"quotes\"\" and ünïcödé\"\r\n2,x\r\n",
    "id,text\r\n1,\"\"\"\"\"\"\r\n2,\"\r\r\n\"\r\n3,\"unterminated\r\n4,z",
  ]

  private static func tokens(_ tokenizer: CSVTokenizer) -> (CSVDelimiter, [CSVToken]) {
    var tokenizer = tokenizer
    var result: [CSVToken] = []
    while let token = tokenizer.next() { result.append(token) }
    return (tokenizer.delimiter, result)
  }

  private static func streamed(_ text: String, chunkSize: Int, delimiter: CSVDelimiter?) -> (CSVDelimiter, [CSVToken]) {
    let stream = ByteStream(bytes: Array(text.utf8), path: "t.csv", chunkSize: chunkSize)
    return tokens(CSVTokenizer(stream: stream, delimiter: delimiter))
  }

  @Test(arguments: [1, 2, 7])
  func chunkedRecordsMatchTheWholeBuffer(chunkSize: Int) {
    for text in Self.texts {
      for delimiter in [nil, CSVDelimiter.whitespace] {
        let whole = Self.tokens(CSVTokenizer(data: Data(text.utf8), delimiter: delimiter))
        let chunked = Self.streamed(text, chunkSize: chunkSize, delimiter: delimiter)
        #expect(chunked.0 == whole.0, "delimiter of \(text.debugDescription)")
        #expect(chunked.1 == whole.1, "tokens of \(text.debugDescription) in \(chunkSize)-byte chunks")
      }
    }
  }

  @Test(arguments: [1, 2, 7])
  func quotedFieldSpanningChunksKeepsItsTextAndPositions(chunkSize: Int) {
    let text = "id,text,n\r\n7,\"line one, \"\"quoted\"\"\r\nline two\nline three\",8\r\n9,\"x\",10\r\n"
    let (_, tokens) = Self.streamed(text, chunkSize: chunkSize, delimiter: nil)
    // Expected by hand: the second record starts on line 2; `8` sits on line 4 but its column is counted from the
    // start of that line (`line three",` is 12 bytes), and the third record starts on line 5.
    #expect(tokens == [
      .record(CSVRecord(fields: ["id", "text", "n"], line: 1, columns: [1, 4, 9])),
      .record(CSVRecord(fields: ["7", "line one, \"quoted\"\r\nline two\nline three", "8"], line: 2,
                        columns: [1, 3, 13])),
      .record(CSVRecord(fields: ["9", "x", "10"], line: 5, columns: [1, 3, 7])),
    ])
  }

  @Test(arguments: [1, 2, 7])
  func unclosedQuoteAcrossChunksResumesOnTheNextLine(chunkSize: Int) {
    let (_, tokens) = Self.streamed("h1,h2\nok,1\n\"open,field\nnext,row\n", chunkSize: chunkSize, delimiter: nil)
    #expect(tokens.count == 4)
    #expect(tokens[2] == .malformed(CSVMalformedRecord(line: 3, column: 1, reason: "quoted field is not closed")))
    #expect(tokens[3] == .record(CSVRecord(fields: ["next", "row"], line: 4, columns: [1, 6])))
  }

  @Test(arguments: [1, 2, 7])
  func byteOrderMarkSplitAcrossChunksIsSkipped(chunkSize: Int) {
    let (delimiter, tokens) = Self.streamed("\u{FEFF}a;b\n1;2\n", chunkSize: chunkSize, delimiter: nil)
    #expect(delimiter == .semicolon)
    #expect(tokens.first == .record(CSVRecord(fields: ["a", "b"], line: 1, columns: [1, 3])))
  }
}

/// The two streamed readers on the shared real data and a fixture, in tiny chunks, against the whole-file read.
@Suite struct StreamedCSVReaderTests {
  private static func records<Reader: RecordReader>(_ reader: Reader) throws -> [ImportRecord] {
    var reader = reader
    var diagnostics = DiagnosticLog()
    var result: [ImportRecord] = []
    while let record = try reader.next(diagnostics: &diagnostics) { result.append(record) }
    return result
  }

  @Test(arguments: [1, 2, 7])
  func messagesCSVInChunksMatchesTheWholeFile(chunkSize: Int) throws {
    let text = "ID,Author,Timestamp,Reply_To,Channel,Text\n1,ann,2024-05-02T09:15:00Z,,eng,\"Hello, \"\"team\"\"\n"
      + "second line\"\n2,bob,2024-05-02 09:16:00,1,eng,hi\n3,,2024-05-02,1,eng,x\n4,eve,\"bad\"q,1,eng,y\n"
    let whole = try MessagesCSVReader(data: Data(text.utf8), path: "m.csv", options: ImportOptions())
    let stream = ByteStream(bytes: Array(text.utf8), path: "m.csv", chunkSize: chunkSize)
    let chunked = try MessagesCSVReader(stream: stream, path: "m.csv", options: ImportOptions())
    let expected = try Self.records(whole)
    #expect(expected.count == 4)
    #expect(try Self.records(chunked) == expected)
  }

  @Test(arguments: [7, 4096])
  func enronEdgesInChunksMatchTheWholeFile(chunkSize: Int) throws {
    let url = TestPaths.sharedData("enron/enron_edges.csv")
    let data = try Data(contentsOf: url)
    let whole = try InteractionsCSVReader(data: data, path: url.path, options: ImportOptions())
    let stream = ByteStream(bytes: Array(data), path: url.path, chunkSize: chunkSize)
    let chunked = try InteractionsCSVReader(stream: stream, path: url.path, options: ImportOptions())
    let expected = try Self.records(whole)
    #expect(!expected.isEmpty)
    #expect(try Self.records(chunked) == expected)
  }
}

/// Quoted fields longer than a chunk, copied by runs (`CSVTokenizer.readQuotedField`).
extension CSVTokenizerChunkTests {
  /// A quoted body of about 70 kB (more than one 64 KiB chunk) from a seeded generator, mixing runs of plain
  /// bytes, multi-byte characters, doubled quotes, delimiters and `\n`, `\r\n` and lone `\r` line breaks.
  private static func longQuotedBody() -> String {
    var random = SplitMix64(seed: 11)
    let pieces = [
      "plain words ", "é", "東京", "\"", "\n", "\r\n", "\r", ",", "a", "🚀 ", String(repeating: "x", count: 300),
    ]
    var body = ""
    while body.utf8.count < 70_000 { body += pieces[Int(random.next() % UInt64(pieces.count))] }
    return body
  }

  @Test(arguments: [1, 2, 7, 1 << 16])
  func longQuotedFieldIsDecodedWithItsLineCount(chunkSize: Int) {
    let body = Self.longQuotedBody()
    let quoted = "\"" + body.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    let text = "id,text,n\n1," + quoted + ",2\n3,\"\",\"\"\"\",4\n"
    let (_, tokens) = Self.streamed(text, chunkSize: chunkSize, delimiter: nil)
    // Expected independently of the tokenizer: the body's line breaks (`\r\n` is one `Character`, so counting
    // the `Character`s that are line breaks counts each once) and the bytes after its last one.
    let breaks = body.count { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    let lastLine = body.utf8.split(omittingEmptySubsequences: false) { $0 == 10 || $0 == 13 }.last ?? []
    // On the closing line: the body's last line with its quotes doubled, the closing quote, `,`, then `2`.
    let columnOfTwo = lastLine.count + lastLine.filter { $0 == UInt8(ascii: "\"") }.count + 3
    #expect(tokens.count == 3)
    #expect(tokens[1] == .record(CSVRecord(fields: ["1", body, "2"], line: 2, columns: [1, 3, columnOfTwo])))
    #expect(tokens[2] == .record(CSVRecord(fields: ["3", "", "\"", "4"], line: 3 + breaks, columns: [1, 3, 6, 11])))
    #expect(tokens == Self.tokens(CSVTokenizer(data: Data(text.utf8), delimiter: nil)).1)
  }
}
