import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The Mattermost reader applying a `PersonNamespace` itself (`PersonNamespaceApplying`, ids memoised by their
/// bytes in `MattermostPersonIDs`) against the definition, `PersonNamespace.apply` over the records of a reader
/// without a namespace: the same records and diagnostics, scanned or parsed, for every case line.
@Suite struct MattermostPersonIDsTests {
  /// Users spelled in several cases, blank, padded and escaped, named by authors, reactions and mentions.
  static let spellings: [String] = [
    #"{"type":"user","user":{"username":"Dana","first_name":"Dana"}}"#,
    #"{"type":"user","user":{"username":" eve "}}"#,
    #"{"type":"post","post":{"user":"DANA","create_at":1,"message":"@dana @Eve. @nobody @all","#
      + #""reactions":[{"user":"dana"},{"user":" Eve"},{"user":"\u0044ana"},{"user":"  "}]}}"#,
    #"{"type":"post","post":{"user":"d\u0061na","create_at":2,"replies":[{"user":"Eve ","create_at":3,"#
      + #""message":"@DANA"},{"user":"dana","create_at":4,"reactions":[{"user":"DANA"}]}]}}"#,
    #"{"type":"post","post":{"user":" ","create_at":5}}"#,
  ]

  /// Namespaces of the first and a second input, with and without renames (by raw and by namespaced id).
  static let namespaces: [PersonNamespace] = [
    PersonNamespace(format: .mattermost, ordinal: 1, renames: [:]),
    PersonNamespace(format: .mattermost, ordinal: 2, renames: ["dana": "Dana Renamed", "mattermost#2:alee": "AL"]),
  ]

  private static func reader(_ lines: [String], scans: Bool, chunkSize: Int) -> MattermostReader {
    let text = Array((lines.joined(separator: "\n") + "\n").utf8)
    var reader = MattermostReader(
      stream: ByteStream(bytes: text, path: "export.jsonl", chunkSize: chunkSize), path: "export.jsonl")
    reader.scansLines = scans
    return reader
  }

  private func expectSame(_ lines: [String], chunkSize: Int = ByteStream.defaultChunkSize) throws {
    for namespace in Self.namespaces {
      var plain = Self.reader(lines, scans: false, chunkSize: chunkSize)
      var expected = ReadResult()
      while let record = try plain.next(diagnostics: &expected.diagnostics) {
        expected.records.append(namespace.apply(record))
      }
      for scans in [true, false] {
        var namespaced = NamespacedReader(base: Self.reader(lines, scans: scans, chunkSize: chunkSize),
                                          namespace: namespace)
        var result = ReadResult()
        while let record = try namespaced.next(diagnostics: &result.diagnostics) { result.records.append(record) }
        #expect(result.records == expected.records, "scans \(scans), \(namespace.prefix ?? "")")
        #expect(result.diagnostics == expected.diagnostics)
      }
    }
  }

  @Test(arguments: [1, 7, 64 * 1024]) func namespacedInsideGivesTheNamespacedRecords(chunkSize: Int) throws {
    try expectSame(Self.spellings, chunkSize: chunkSize)
    try expectSame(MattermostReaderTests.lines, chunkSize: chunkSize)
    try expectSame(MattermostLineScannerTests.users + MattermostLineScannerTests.cases, chunkSize: chunkSize)
  }

  @Test func theReaderIsHandedTheNamespace() throws {
    let namespace = Self.namespaces[0]
    var namespaced = NamespacedReader(base: Self.reader(Self.spellings, scans: true, chunkSize: 64),
                                      namespace: namespace)
    var log = DiagnosticLog()
    var ids: [String] = []
    while let record = try namespaced.next(diagnostics: &log) {
      if case .person(let person) = record { ids.append(person.id) }
      if case .message(let message) = record { ids += [message.author] + message.mentions + message.reactions }
    }
    #expect(ids.first == "mattermost:dana")
    #expect(ids.allSatisfy { $0.hasPrefix("mattermost:") })
  }

  @Test func theMemoKeepsEveryKeyApartAsItGrows() {
    var memo = MattermostNameMemo()
    let keys = (0..<1_000).map { "user\($0)" } + ["", "a", "user0.", String(repeating: "x", count: 40)]
    for key in keys {
      var text = key
      text.withUTF8 { #expect(memo.value($0) == nil) }
      text.withUTF8 { memo.insert($0, key.uppercased()) }
    }
    for key in keys {
      var text = key
      text.withUTF8 { #expect(memo.value($0) == key.uppercased()) }
    }
    var absent = "user1000"
    absent.withUTF8 { #expect(memo.value($0) == nil) }
  }
}
