import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// `InteractionsCSVReader.read(into:)` (rows straight to the builder, plain rows by their bytes) against the
/// record path (`CorpusBuilder.read`, one `ImportRecord` per row): same people, interactions, tallies and
/// diagnostics, with chunk boundaries of 1, 2 and 7 bytes inside ids, quotes and line breaks.
@Suite struct InteractionsCSVDirectReadTests {
  /// Plain rows and every kind of row that leaves the byte path: trimmed, quoted and non-ASCII ids, weights that
  /// are not plain digits (`007` is), zero and blank weights, times, kinds, missing endpoints, bad quoting.
  static let texts = [
    "from,to,time,weight,kind\n a ,b,,007,\n\"q,1\",b,,,\nä,b,,2.5,\nb,ä,,0,\na,b, ,  ,\na,b,soon,,\n"
      + "b,a,,,REPLY\na,,,,\n,b\nq,1,1700000000,3,mention\na,b,,1,,extra\n\"open\nc,d,,3,\nc,a\n",
    "0 1\n2  3 1700000000 4\n\n5\t6\n1 0 0 1\n0 2 x\n",
    "0,1,,1\r\n1,2,,12345678901234567\r\n2,0\r\n\r\n0,1,,2\r\n",
  ]

  private static func corpus(_ text: String, chunkSize: Int, direct: Bool) throws -> Corpus {
    try corpus(Array(text.utf8), chunkSize: chunkSize, direct: direct)
  }

  /// The corpus of the CSV `bytes` (with a header when they start with `f`, as in `from,`), read in chunks of
  /// `chunkSize` bytes by `InteractionsCSVReader.read(into:…)` when `direct`, else record by record.
  static func corpus(_ bytes: [UInt8], chunkSize: Int, direct: Bool) throws -> Corpus {
    let stream = ByteStream(bytes: bytes, path: "i.csv", chunkSize: chunkSize)
    let header: ImportOptions.Header = bytes.first == UInt8(ascii: "f") ? .firstRow : .absent
    var reader = try InteractionsCSVReader(stream: stream, path: "i.csv", options: ImportOptions(header: header))
    var builder = CorpusBuilder()
    if direct {
      try reader.read(into: &builder, path: "i.csv", format: "interactions-csv")
    } else {
      try builder.read(&reader, path: "i.csv", format: "interactions-csv")
    }
    return builder.build()
  }

  @Test(arguments: [1, 2, 7, 1 << 16])
  func directReadMatchesRecordPath(chunkSize: Int) throws {
    for text in Self.texts {
      let direct = try Self.corpus(text, chunkSize: chunkSize, direct: true)
      let records = try Self.corpus(text, chunkSize: chunkSize, direct: false)
      #expect(direct.people.map(\.id) == records.people.map(\.id))
      #expect(direct.interactions == records.interactions)
      #expect(direct.inputs == records.inputs)
      #expect(direct.diagnostics == records.diagnostics)
      #expect(!direct.interactions.isEmpty)
    }
  }

  /// The counts of the first text, worked by hand: lines 2 (` a `), 3, 4, 6 (blank time and weight), 8
  /// (`REPLY`), 11, 12, 14 and 15 are used; 5 (weight 0), 7 (`soon`), 9 and 10 (no target, no source) are
  /// skipped, and the quote opened on line 13 never closes, so that line is skipped and reading resumes on 14.
  @Test func firstTextTallies() throws {
    let corpus = try Self.corpus(Self.texts[0], chunkSize: 7, direct: true)
    #expect(corpus.inputs.first?.recordsUsed == 9)
    #expect(corpus.inputs.first?.recordsSkipped
      == ["invalid_weight": 1, "invalid_timestamp": 1, "missing_endpoint": 2, "malformed_row": 1])
    #expect(corpus.people.map(\.id) == ["a", "b", "q,1", "ä", "q", "1", "c", "d"])
  }
}
