import ConversationModel
import Foundation
import TestSupport
import Testing

@testable import Importers

/// Figures of an mbox archive counted without Crosstalk: `Tests/IntegrationTests/Fixtures/
/// mbox_r_package_devel_counts.json`, written by `python3 Scripts/mbox_counts.py ../shared/data/mbox-r-package-devel`
/// (Python's `mailbox` and `email` modules; the script states the counting rules).
struct MboxCounts: Decodable {
  var files: Int
  var messagesRead: Int
  var unescapedFromLines: Int
  var messagesUsed: Int
  var skippedMissingAuthor: Int
  var duplicateIds: Int
  var missingMessageIds: Int
  var distinctSenders: Int
  var replies: Int
  var repliesResolved: Int
  var repliesToMissingParents: Int
  var replyInteractions: Int
  var selfReplies: Int
  var recipientInteractions: Int
  var listRecipientsSkipped: Int

  static func load(_ name: String) throws -> MboxCounts {
    let url = TestPaths.packageRoot.appendingPathComponent("Tests/IntegrationTests/Fixtures/\(name).json")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(MboxCounts.self, from: Data(contentsOf: url))
  }
}

/// The public r-package-devel Pipermail archive (`../shared/data/mbox-r-package-devel`, 23 quarterly files).
@Suite struct MboxRealDataTests {
  static let folder = TestPaths.sharedData("mbox-r-package-devel").path

  @Test func rPackageDevelArchiveMatchesIndependentCount() throws {
    let counts = try MboxCounts.load("mbox_r_package_devel_counts")
    let corpus = try CorpusLoader.load([Self.folder], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "mbox")
    #expect(input.recordsRead == counts.messagesRead + counts.recipientInteractions + counts.listRecipientsSkipped)
    #expect(input.recordsUsed == counts.messagesUsed + counts.recipientInteractions)
    let expectedSkipped = [
      "duplicate": counts.duplicateIds, "missing_author": counts.skippedMissingAuthor,
      "list_recipient": counts.listRecipientsSkipped,
    ].filter { $0.value > 0 }
    #expect(input.recordsSkipped == expectedSkipped)
    #expect(input.reconciles)
    #expect(corpus.messages.count == counts.messagesUsed)
    #expect(Set(corpus.messages.map(\.author)).count == counts.distinctSenders)
    #expect(corpus.messages.filter(\.isReply).count == counts.replies)
    #expect(corpus.messages.filter { $0.parent != nil }.count == counts.repliesResolved)
    #expect(corpus.messages.filter { $0.isReply && $0.parent == nil }.count == counts.repliesToMissingParents)
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == counts.repliesToMissingParents)
    #expect(corpus.interactionCounts[.reply, default: 0] == counts.replyInteractions)
    #expect(corpus.interactionCounts[.message, default: 0] == counts.recipientInteractions)
    #expect(corpus.diagnostics.count(of: "self_interaction") == counts.selfReplies)
    #expect(corpus.diagnostics.count(of: "unescaped_from_line") == counts.unescapedFromLines)
    #expect(corpus.diagnostics.count(of: "missing_message_id") == counts.missingMessageIds)
    #expect(corpus.diagnostics.count(of: "invalid_date") == 0)
    #expect(corpus.messages.allSatisfy { $0.time != nil })
  }

  @Test func rPackageDevelFolderIsDetectedAsMbox() throws {
    let input = try InputSource.open(Self.folder)
    #expect(try FormatDetector.detect(input, data: nil, options: ImportOptions()) == .mbox)
    let counts = try MboxCounts.load("mbox_r_package_devel_counts")
    #expect(input.entries.filter { (try? input.data(of: $0)).map(MboxReader.isMbox) ?? false }.count == counts.files)
  }

  @Test func pipermailNamesAreDecoded() throws {
    let result = try readAll(Self.folder)
    let named = result.people.compactMap { person in person.name.map { (person.id, $0) } }
    let names = Dictionary(named) { first, _ in first }
    // 2015q2.txt line 1: `From: edd at debian.org (Dirk Eddelbuettel)`.
    #expect(names["edd@debian.org"] == "Dirk Eddelbuettel")
    // 2020q4.txt: `(=?UTF-8?Q?Helmut_Sch=c3=bctz?=)` behind an obfuscated address.
    #expect(names.values.contains("Helmut Schütz"))
    #expect(result.people.allSatisfy { $0.email == $0.id && $0.id == $0.id.lowercased() })
  }
}
