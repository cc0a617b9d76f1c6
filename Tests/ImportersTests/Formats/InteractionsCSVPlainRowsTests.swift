import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// The fused scanner of plain decimal rows (`InteractionsCSVPlainRows`, used by `InteractionsCSVReader.read(into:)`)
/// against the record path (`CorpusBuilder.read`, which never uses it): same people, interactions, tallies and
/// diagnostics (with their lines) for rows that leave the scanner mid-file, cut by chunks of every small size.
@Suite struct InteractionsCSVPlainRowsTests {
  /// Plain runs broken by every kind of row the scanner leaves to the tokenizer: CRLF and a lone CR, quoted
  /// decimal ids, leading zeros, 9-digit ids, weights 0, blank and `1e3`, blank lines, a time, spaces, and a
  /// last row without a line break.
  static let texts = [
    "0,1,,2\n1,2,,3\n\"3\",4,,1\n5,6\n007,1,,1\n8,9,,0\n10,11,,\n12,13,,1e3\n\n\n14,15,,1\n123456789,1,,1\n16,17,,4",
    "0,1,,1\r\n1,2,,1\r\n\r\n2,3,,5\r\n3,4\r\n4,5,,1\r5,6,,1\r\n6,0,,1",
    "1,2,,1\n2,3,1700000000,1\n3,4,,1\n 4,5,,1\n5 ,6,,1\n6,7,, 1\n7,8,,1,9,9\n8\n9,\n,9\n0,0,,1\n1,2,,1\n",
    "99999999,0,,1\n100000000,0,,1\n0,99999999,,999999999999999\n0,1,,1000000000000000\n1,0,,1\n",
    "from,weight,to,kind\n1,2,3,\n3,,4,\n4,1,5,reply\n5,0,6,\n6,7,7,\n7,1,8,\n",
  ]

  private static func expectSame(_ bytes: [UInt8], chunkSize: Int) throws {
    let direct = try InteractionsCSVDirectReadTests.corpus(bytes, chunkSize: chunkSize, direct: true)
    let records = try InteractionsCSVDirectReadTests.corpus(bytes, chunkSize: chunkSize, direct: false)
    #expect(direct.people.map(\.id) == records.people.map(\.id))
    #expect(direct.interactions == records.interactions)
    #expect(direct.inputs == records.inputs)
    #expect(direct.diagnostics == records.diagnostics)
    #expect(!direct.interactions.isEmpty)
  }

  @Test(arguments: [1, 2, 3, 5, 8, 13, 1 << 16])
  func scannedRowsMatchRecordPath(chunkSize: Int) throws {
    for text in Self.texts {
      try Self.expectSame(Array(text.utf8), chunkSize: chunkSize)
    }
  }

  /// 3,000 random rows, most plain, a tenth of another kind (as in `texts`), LF or CRLF, cut at chunks of 7 and
  /// 4,096 bytes.
  @Test(arguments: [7, 4_096])
  func randomRowsMatchRecordPath(chunkSize: Int) throws {
    var generator = SplitMix64(seed: 5)
    var text = ""
    let odd = ["\"12\",3,,1", "012,3,,1", "1,2,,0", "1,2,,", "1,2,,1e3", "", "1,2,5,1", "123456789,4,,2", "4, 5,,1"]
    for _ in 0 ..< 3_000 {
      let source = Int.random(in: 0 ..< 5_000, using: &generator)
      let target = Int.random(in: 0 ..< 5_000, using: &generator)
      let weight = Int.random(in: 1 ..< 9, using: &generator)
      let row = Int.random(in: 0 ..< 10, using: &generator) == 0
        ? odd[Int.random(in: 0 ..< odd.count, using: &generator)] : "\(source),\(target),,\(weight)"
      text += row + (Int.random(in: 0 ..< 4, using: &generator) == 0 ? "\r\n" : "\n")
    }
    try Self.expectSame(Array(text.utf8), chunkSize: chunkSize)
  }

  /// 2,000 random rows whose ids have 1 to 9 digits (some with a leading zero) and weights 0 to 16 digits, so the
  /// scanner's 8-byte digit runs (`digitRun`) meet every run length, next to every delimiter and near the buffer's
  /// end (chunks of 3, 11 and 4,096 bytes).
  @Test(arguments: [3, 11, 4_096])
  func digitRunsOfEveryLengthMatchRecordPath(chunkSize: Int) throws {
    var generator = SplitMix64(seed: 11)
    func digits(_ count: Int) -> String {
      String((0 ..< count).map { _ in Character(String(Int.random(in: 0 ..< 10, using: &generator))) })
    }
    var text = ""
    for _ in 0 ..< 2_000 {
      let source = digits(Int.random(in: 1 ... 9, using: &generator))
      let target = digits(Int.random(in: 1 ... 9, using: &generator))
      let weight = digits(Int.random(in: 0 ... 16, using: &generator))
      text += "\(source),\(target),,\(weight)\n"
    }
    try Self.expectSame(Array(text.utf8), chunkSize: chunkSize)
  }

  /// Runs the scanner alone over `text` (header-less columns) into a fresh builder; returns what it took and the
  /// corpus built from it.
  private static func scanned(_ text: String) throws -> (taken: (bytes: Int, lines: Int), corpus: Corpus,
                                                         sample: InteractionsCSVPlainRows.Sample) {
    let columns = try CSVColumns(positionsOf: .interactions, mapping: nil, path: "p.csv")
    let scanner = try #require(InteractionsCSVPlainRows(columns: columns))
    var builder = CorpusBuilder()
    builder.beginInput(path: "p.csv", format: "interactions-csv")
    var sample = InteractionsCSVPlainRows.Sample()
    let taken = Array(text.utf8).withUnsafeBytes {
      scanner.scan($0, separator: UInt8(ascii: ","), builder: &builder, sample: &sample, reserve: { _, _ in })
    }
    return (taken, builder.build(), sample)
  }

  /// The scanner itself takes the plain rows at the start of a buffer and stops before the first other row
  /// (`05` has a leading zero), counting a CRLF as one line: 2 rows of 7 and 5 bytes.
  @Test func scanStopsBeforeFirstRowThatIsNotPlain() throws {
    let (taken, corpus, sample) = try Self.scanned("0,1,,2\n3,4\r\n05,1\n6,7\n")
    #expect(taken.bytes == 12 && taken.lines == 2)
    #expect(corpus.people.map(\.id) == ["0", "1", "3", "4"])
    #expect(corpus.interactions.map(\.source) == [0, 2] && corpus.interactions.map(\.target) == [1, 3])
    #expect(corpus.interactions.map(\.weight) == [2, 1])
    #expect(corpus.inputs.first?.recordsUsed == 2)
    #expect(sample.rows == 2 && sample.bytes == 11)
  }

  /// A row cut by the end of the buffer is left to the tokenizer (more bytes may follow).
  @Test(arguments: ["0,1,,2\n3,4", "0,1,,2\n3,4\r"])
  func scanLeavesRowCutByBufferEnd(text: String) throws {
    let (taken, corpus, _) = try Self.scanned(text)
    #expect(taken.bytes == 7 && taken.lines == 1 && corpus.interactions.count == 1)
  }

  /// 600 plain rows: more than two full batches, added in order (the sum of weights by position shows it).
  @Test func scanAddsFullBatchesInOrder() throws {
    let text = (0 ..< 600).map { "\($0),\($0 + 1),,\($0 % 7 + 1)\n" }.joined()
    let (taken, corpus, _) = try Self.scanned(text)
    #expect(taken.lines == 600 && taken.bytes == text.utf8.count)
    #expect(corpus.interactions.map(\.weight) == (0 ..< 600).map { Double($0 % 7 + 1) })
    #expect(corpus.people.map(\.id) == (0 ... 600).map(String.init))
  }
}
