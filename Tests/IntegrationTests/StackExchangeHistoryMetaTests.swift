import ConversationModel
import Foundation
import Importers
import TestSupport
import Testing
import ZIPFoundation

/// `Scripts/stackexchange_counts.py`'s output for the history.meta dump (`stackexchange_history_meta_counts.json`).
struct StackExchangeCounts: Decodable {
  let site: String
  let users: Int
  let people: Int
  let questions: Int
  let answers: Int
  let comments: Int
  let deletedUserRecords: Int
  let humanMessages: Int
  let recordsRead: Int
  let recordsUsed: Int
  let recordsSkipped: [String: Int]
  let replies: Int
  let mentions: Int
  let selfInteractions: Int
  let botInteractions: Int
  let replyTargetMissing: Int
}

/// The Stack Exchange dump of history.meta (`../shared/data/stackexchange-history-meta`) read by Crosstalk
/// reconciles with the raw XML: every expected figure is `Fixtures/stackexchange_history_meta_counts.json`, written
/// by `python3 Scripts/stackexchange_counts.py ../shared/data/stackexchange-history-meta`, which parses the dump
/// with Python's `xml.etree.ElementTree.iterparse` and no Crosstalk code.
@Suite struct StackExchangeHistoryMetaTests {
  static let folder = TestPaths.sharedData("stackexchange-history-meta")

  let counts: StackExchangeCounts

  init() throws {
    counts = try IntegrationFixtures.bundled("stackexchange_history_meta_counts", as: StackExchangeCounts.self)
  }

  @Test func corpusCountsMatchIndependentParse() throws {
    let corpus = try CorpusLoader.load([Self.folder.path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "stackexchange")
    #expect(input.recordsRead == counts.recordsRead)
    #expect(input.recordsUsed == counts.recordsUsed)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    #expect(input.reconciles)
    #expect(corpus.messages.count == counts.questions + counts.answers + counts.comments)
    #expect(corpus.messages.filter { $0.isReply }.count == counts.answers + counts.comments)
    #expect(corpus.people.lazy.filter { !$0.isBot }.count == counts.people)
    #expect(corpus.interactionCounts[.reply] == counts.replies)
    #expect(corpus.interactionCounts[.mention] == counts.mentions)
    #expect(corpus.interactions.count == counts.replies + counts.mentions)
    #expect(corpus.diagnostics.count(of: "self_interaction") == counts.selfInteractions)
    #expect(corpus.diagnostics.count(of: "bot_interaction") == counts.botInteractions)
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == counts.replyTargetMissing)
    #expect(corpus.diagnostics.count(of: "deleted_user") == counts.deletedUserRecords)
    #expect(corpus.diagnostics.count(of: "malformed_xml_row") == 0)
  }

  @Test func fixtureIsThisDump() {
    // The data README's figures for this dump: 556 questions, 1,095 answers, 3,454 comments, 2,295 users.
    #expect(counts.site == "stackexchange-history-meta")
    #expect(counts.questions == 556)
    #expect(counts.answers == 1095)
    #expect(counts.comments == 3454)
    #expect(counts.users == 2295)
    #expect(counts.recordsUsed + counts.recordsSkipped.values.reduce(0, +) == counts.recordsRead)
  }

  @Test func analyzeJSONMatchesIndependentParse() throws {
    let (document, _) = try IntegrationFixtures.analyze(
      ["analyze", "../shared/data/stackexchange-history-meta", "--format", "json"])
    let input = try #require(document.inputs.first)
    #expect(input.format == "stackexchange")
    #expect(input.recordsRead == counts.recordsRead)
    #expect(input.recordsUsed == counts.recordsUsed)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    #expect(document.summary.people == counts.people)
    #expect(document.summary.messages == counts.humanMessages)
    #expect(document.summary.interactions["reply"] == counts.replies)
    #expect(document.summary.interactions["mention"] == counts.mentions)
    #expect(document.summary.totalWeight == Double(counts.replies + counts.mentions))
    #expect(document.diagnostics.counts["self_interaction"] == counts.selfInteractions)
  }

  @Test(arguments: [false, true])
  func zippedDumpGivesIdenticalFigures(keepingTopFolder: Bool) throws {
    let directory = try TestPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let archive = directory.appendingPathComponent("stackexchange-history-meta.zip")
    try FileManager.default.zipItem(at: Self.folder, to: archive, shouldKeepParent: keepingTopFolder)
    let corpus = try CorpusLoader.load([archive.path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "stackexchange")
    #expect(input.recordsRead == counts.recordsRead)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    #expect(corpus.interactionCounts[.reply] == counts.replies)
    #expect(corpus.interactionCounts[.mention] == counts.mentions)
    // The site is the folder holding the files, or the archive's name when they sit at its root.
    #expect(corpus.messages.first?.channel == "stackexchange-history-meta")
  }
}
