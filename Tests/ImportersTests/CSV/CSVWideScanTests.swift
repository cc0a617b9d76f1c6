import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// The tokenizer's 8-bytes-per-step scans: `firstOffset(of:_:_:from:)` against a byte-by-byte search, and whole
/// files of random records (quoted bodies with doubled quotes, `\r\n`, lone `\r` and `\n`, multi-byte text)
/// against the fields, lines and columns their writer knows, whole and in chunks that split every kind of pair.
@Suite struct CSVWideScanTests {
  /// The first offset at or after `start` of one of `wanted`, one byte at a time: the definition.
  private static func firstOffsetByBytes(_ bytes: [UInt8], _ wanted: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count, !wanted.contains(bytes[index]) { index += 1 }
    return index
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func wideSearchFindsTheFirstOfThreeBytes(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    // Bytes next to the wanted ones (0x00, 0x01, x ^ 1, x + 1, 0x80, 0xFF) are where borrows could mislead.
    let alphabet: [UInt8] = [0x00, 0x01, 0x0A, 0x0B, 0x0D, 0x0C, 0x22, 0x23, 0x2C, 0x2D, 0x3B, 0x80, 0xFF, 0x61]
    for wanted in [[UInt8(0x2C), 0x0A, 0x0D], [0x22, 0x0A, 0x0D], [0x3B, 0x3B, 0x3B], [0x00, 0x01, 0xFF]] {
      for _ in 0..<200 {
        let count = Int(generator.next() % 40)
        let sparse = generator.next() % 2 == 0
        let bytes = (0..<count).map { _ -> UInt8 in
          guard !sparse || generator.next() % 8 == 0 else { return 0x61 }
          return alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        for start in 0...count {
          let found = bytes.withUnsafeBufferPointer {
            $0.firstOffset(of: wanted[0], wanted[1], wanted[2], from: start)
          }
          #expect(found == Self.firstOffsetByBytes(bytes, wanted, from: start), "\(bytes) from \(start)")
        }
      }
    }
  }

  /// A random CSV text and the records a correct tokenizer reads from it, positions counted while writing.
  private static func randomFile(seed: UInt64) -> (text: [UInt8], records: [CSVRecord]) {
    var generator = SplitMix64(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
    var text: [UInt8] = []
    var records: [CSVRecord] = []
    var line = 1
    var lineStart = 0
    var scanned = 0
    // Lines as the tokenizer counts them: `\r\n`, `\r` and `\n` each end one (no field starts with `\n`).
    func countLines() {
      while scanned < text.count {
        let byte = text[scanned]
        scanned += 1
        guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { continue }
        if byte == UInt8(ascii: "\r"), scanned < text.count, text[scanned] == UInt8(ascii: "\n") { scanned += 1 }
        line += 1
        lineStart = scanned
      }
    }
    let plainPieces = ["a", "bc", "1234567890", "é", "東京", " ", "x'y", "5'10\""]
    let quotedPieces = ["a", "\"", ",", "\n", "\r\n", "\r", "ü", "long text of some length ", "\"\"", ";"]
    let breaks = ["\n", "\r\n", "\r"]
    for _ in 0..<300 {
      var fields: [String] = []
      var columns: [Int] = []
      let fieldCount = 1 + Int(generator.next() % 6)
      countLines()
      let recordLine = line
      for index in 0..<fieldCount {
        if index > 0 { text.append(UInt8(ascii: ",")) }
        countLines()
        columns.append(text.count - lineStart + 1)
        if generator.next() % 3 == 0 {
          let value = (0..<Int(generator.next() % 12)).map { _ in pick(quotedPieces) }.joined()
          fields.append(value)
          text.append(UInt8(ascii: "\""))
          for byte in value.utf8 {
            text.append(byte)
            if byte == UInt8(ascii: "\"") { text.append(byte) }
          }
          text.append(UInt8(ascii: "\""))
        } else {
          // A lone empty field would be a blank line, which is not a record.
          let least = fieldCount == 1 ? 1 : 0
          let value = (0..<(least + Int(generator.next() % 4))).map { _ in pick(plainPieces) }.joined()
          fields.append(value)
          text.append(contentsOf: value.utf8)
        }
      }
      records.append(CSVRecord(fields: fields, line: recordLine, columns: columns))
      text.append(contentsOf: pick(breaks).utf8)
    }
    return (text, records)
  }

  @Test(arguments: [UInt64(7), 8, 9])
  func randomRecordsKeepTheirFieldsLinesAndColumnsInAnyChunks(seed: UInt64) {
    let file = Self.randomFile(seed: seed)
    for chunkSize in [0, 1, 2, 3, 7, 8, 9, 16, 65_536] {
      var tokenizer =
        chunkSize == 0
        ? CSVTokenizer(data: file.text, delimiter: .comma)
        : CSVTokenizer(stream: ByteStream(bytes: file.text, path: "t.csv", chunkSize: chunkSize), delimiter: .comma)
      var tokens: [CSVToken] = []
      while let token = tokenizer.next() { tokens.append(token) }
      #expect(tokens.count == file.records.count, "seed \(seed), \(chunkSize)-byte chunks")
      for (token, record) in zip(tokens, file.records) where token != .record(record) {
        Issue.record("seed \(seed), \(chunkSize)-byte chunks: \(token) is not \(record)")
        break
      }
    }
  }

  @Test(arguments: [1, 2, 3, 7])
  func quotedFieldAfterQuotedFieldResumesThePlainScan(chunkSize: Int) {
    // Fields after a quoted one are read by the plain scan again; their columns count from the last line break.
    let text = "\"a\nb\",c,\"d\"\"\",e\r\nf,\"\"\n"
    let stream = ByteStream(bytes: Array(text.utf8), path: "t.csv", chunkSize: chunkSize)
    var tokenizer = CSVTokenizer(stream: stream, delimiter: .comma)
    var tokens: [CSVToken] = []
    while let token = tokenizer.next() { tokens.append(token) }
    #expect(tokens == [
      .record(CSVRecord(fields: ["a\nb", "c", "d\"", "e"], line: 1, columns: [1, 4, 6, 12])),
      .record(CSVRecord(fields: ["f", ""], line: 3, columns: [1, 3])),
    ])
  }
}
