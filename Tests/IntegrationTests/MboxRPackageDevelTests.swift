import Foundation
import TestSupport
import Testing

/// `crosstalk analyze` on the r-package-devel Pipermail archive (`../shared/data/mbox-r-package-devel`)
/// reconciles with `Fixtures/mbox_r_package_devel_counts.json`, written by
/// `python3 Scripts/mbox_counts.py ../shared/data/mbox-r-package-devel` (Python's `mailbox` and `email` modules,
/// no Crosstalk code).
@Suite struct MboxRPackageDevelTests {
  struct Counts: Decodable {
    let messagesRead: Int
    let messagesUsed: Int
    let duplicateIds: Int
    let skippedMissingAuthor: Int
    let distinctSenders: Int
    let repliesToMissingParents: Int
    let replyInteractions: Int
    let selfReplies: Int
    let recipientInteractions: Int
    let listRecipientsSkipped: Int
    let unescapedFromLines: Int
  }

  @Test func analyzeJSONMatchesIndependentCount() throws {
    let counts = try IntegrationFixtures.bundled("mbox_r_package_devel_counts", as: Counts.self)
    let (document, _) = try IntegrationFixtures.analyze(
      ["analyze", "../shared/data/mbox-r-package-devel", "--format", "json"])
    let input = try #require(document.inputs.first)
    #expect(document.inputs.count == 1)
    #expect(input.format == "mbox")
    #expect(input.recordsRead == counts.messagesRead + counts.recipientInteractions + counts.listRecipientsSkipped)
    #expect(input.recordsUsed == counts.messagesUsed + counts.recipientInteractions)
    let skipped = [
      "duplicate": counts.duplicateIds, "missing_author": counts.skippedMissingAuthor,
      "list_recipient": counts.listRecipientsSkipped,
    ].filter { $0.value > 0 }
    #expect(input.recordsSkipped == skipped)
    // Pipermail archives have no To/Cc: every person wrote at least one message.
    #expect(document.summary.people == counts.distinctSenders)
    #expect(document.summary.messages == counts.messagesUsed)
    #expect(document.summary.interactions["reply"] == counts.replyInteractions)
    #expect(document.summary.interactions["message"] == counts.recipientInteractions)
    #expect(document.diagnostics.counts["reply_target_missing"] == counts.repliesToMissingParents)
    #expect(document.diagnostics.counts["self_interaction"] == counts.selfReplies)
    #expect(document.diagnostics.counts["unescaped_from_line"] == counts.unescapedFromLines)
    #expect(document.people.reduce(0) { $0 + $1.messages } == counts.messagesUsed)
  }
}
