import ConversationModel
import Foundation
import Testing

@testable import Importers

@Suite struct CorpusLoaderTests {
  @Test func severalInputsOfDifferentFormatsReconcile() throws {
    let fixture = try Fixture()
    let messages = try fixture.write("m.csv", "id,author,time,reply_to\n1,ann,2024-01-01,\n2,bob,2024-01-01,1\n3,,x,\n")
    let interactions = try fixture.write("i.csv", "from,to\nann,carl\n")
    let corpus = try CorpusLoader.load([messages, interactions], options: ImportOptions())
    #expect(corpus.inputs.map(\.format) == ["messages-csv", "interactions-csv"])
    #expect(corpus.inputs.map(\.recordsRead) == [3, 1])
    #expect(corpus.inputs.map(\.recordsUsed) == [2, 1])
    #expect(corpus.inputs[0].recordsSkipped == ["missing_author": 1])
    #expect(corpus.interactionCounts == [.reply: 1, .mention: 0, .reaction: 0, .message: 1])
  }

  @Test func theFirstUnreadableInputStopsTheLoad() throws {
    let fixture = try Fixture()
    let good = try fixture.write("i.csv", "from,to\na,b\n")
    let missing = fixture.path("missing.csv")
    #expect(importError { () throws(ImportError) in try CorpusLoader.load([good, missing], options: ImportOptions()) }
      == .fileNotFound(path: missing))
  }
}
