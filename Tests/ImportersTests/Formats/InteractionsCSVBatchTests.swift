import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// Rows of decimal ids go to the builder in batches (`DecimalEdgeBatch`) and the interactions are reserved from
/// the file's size: the corpus must be that of the record path (`CorpusBuilder.read`, one `ImportRecord` per
/// row), with every kind of row that leaves a batch early between them, over several batches.
@Suite struct InteractionsCSVBatchTests {
  /// `rows` header-less rows: mostly decimal ids (with weights 1 to 5, so sums depend on order), and every 97th
  /// row one that is not batched (a non-decimal, quoted, zero-led or 9-digit id, a bad time) or is, but differs
  /// (a self-interaction, an 8-digit id beyond the decimal table, a blank weight).
  static func edgeList(rows: Int) -> String {
    var text = ""
    for row in 0 ..< rows {
      let source = (row &* 7_919 &+ 3) % 1_009
      let target = (row &* 104_729 &+ 11) % 1_013
      switch row % 97 {
      case 13: text += "u\(source),\(target),,2\n"
      case 29: text += "\"\(source)\",\(target),,\n"
      case 41: text += "0\(source),\(target),,1\n"
      case 53: text += "\(source),123456789,,1\n"
      case 67: text += "\(source),\(target),soon,1\n"
      case 71: text += "\(source),\(source),,1\n"
      case 83: text += "\(source),5000000\(row % 3),,1\n"
      case 89: text += "\(source),\(target),,\n"
      default: text += "\(source),\(target),,\(row % 5 + 1)\n"
      }
    }
    return text
  }

  private static func corpus(_ stream: ByteStream, path: String, direct: Bool) throws -> Corpus {
    var reader = try InteractionsCSVReader(stream: stream, path: path, options: ImportOptions(header: .absent))
    var builder = CorpusBuilder()
    if direct {
      try reader.read(into: &builder, path: path, format: "interactions-csv")
    } else {
      try builder.read(&reader, path: path, format: "interactions-csv")
    }
    return builder.build()
  }

  private static func expectSame(_ direct: Corpus, _ records: Corpus) {
    #expect(direct.people.map(\.id) == records.people.map(\.id))
    #expect(direct.interactions == records.interactions)
    #expect(direct.inputs == records.inputs)
    #expect(direct.diagnostics == records.diagnostics)
  }

  /// 1,000 rows (four batches and a part), cut into chunks of 5 bytes and of 64 KiB.
  @Test(arguments: [5, 1 << 16])
  func batchedRowsMatchRecordPath(chunkSize: Int) throws {
    let bytes = Array(Self.edgeList(rows: 1_000).utf8)
    let direct = try Self.corpus(ByteStream(bytes: bytes, path: "e.csv", chunkSize: chunkSize), path: "e.csv",
                                 direct: true)
    let records = try Self.corpus(ByteStream(bytes: bytes, path: "e.csv", chunkSize: chunkSize), path: "e.csv",
                                  direct: false)
    Self.expectSame(direct, records)
    #expect(direct.people.count > 1_000)
    #expect(direct.people.contains { $0.id == "50000001" })
  }

  /// 10,000 rows from a file, whose size the reader knows: same corpus, and the interactions' storage reserved
  /// from the first 4,096 rows (about 1 % spare) where growth by doubling would leave up to twice the count.
  @Test func fileRowsAreReservedAndMatchRecordPath() throws {
    let fixture = try Fixture()
    let path = try fixture.write("e.csv", Self.edgeList(rows: 10_000))
    let url = URL(fileURLWithPath: path)
    let direct = try Self.corpus(ByteStream(file: url, path: path), path: path, direct: true)
    let records = try Self.corpus(ByteStream(file: url, path: path), path: path, direct: false)
    Self.expectSame(direct, records)
    let count = direct.interactions.count
    #expect(count > 9_000)
    #expect(direct.interactions.capacity >= count && direct.interactions.capacity < count + count / 10)
  }
}
