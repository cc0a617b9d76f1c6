import ConversationModel
import Foundation
import Importers
import TestSupport
import Testing

/// The slack-haskell-jp API dump (`../shared/data/slack-haskell-jp`: `.users.json`, channel pages, per-thread
/// files) read by Crosstalk reconciles with the raw files: every expected figure is
/// `Fixtures/slack_haskell_jp_counts.json`, written by
/// `python3 Scripts/slack_tree_counts.py ../shared/data/slack-haskell-jp`, which counts the tree with the Python
/// standard library and no Crosstalk code.
@Suite struct SlackHaskellJPTests {
  struct Counts: Decodable {
    let messageObjects: Int
    let messagesUsed: Int
    let recordsSkipped: [String: Int]
    let people: Int
    let interactions: [String: Int]
    let selfInteractions: Int
    let botInteractions: Int
    let replies: Int
  }

  @Test func apiDumpTreeImportsWithItsThreads() throws {
    let counts = try IntegrationFixtures.bundled("slack_haskell_jp_counts", as: Counts.self)
    let corpus = try CorpusLoader.load([TestPaths.sharedData("slack-haskell-jp").path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "slack")
    #expect(input.recordsRead == counts.messageObjects)
    #expect(input.recordsUsed == counts.messagesUsed)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    #expect(input.reconciles)
    #expect(corpus.messages.count == counts.messagesUsed)
    // Thread replies in the reduced form carry no `thread_ts`: only their thread file makes them replies.
    #expect(corpus.messages.lazy.filter(\.isReply).count == counts.replies)
    #expect(corpus.people.lazy.filter { !$0.isBot }.count == counts.people)
    let found = Dictionary(uniqueKeysWithValues: corpus.interactionCounts.map { ($0.key.rawValue, $0.value) })
    #expect(found == counts.interactions)
    #expect(corpus.diagnostics.count(of: "self_interaction") == counts.selfInteractions)
    #expect(corpus.diagnostics.count(of: "bot_interaction") == counts.botInteractions)
  }
}
