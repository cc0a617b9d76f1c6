import ConversationModel
import Foundation
import Importers
import OrgAnalysis
import TestSupport
import Testing

/// Conversation health of the Houston Slack export (`../shared/data/slack-houstondatavis`), a pre-2017 export
/// with no `thread_ts`: every message of a person is a thread of its own, except the file comments.
///
/// Independent counts, with jq 1.6 over the day files (`cd slack-houstondatavis`):
/// - roots: `jq -s '[.[][] | select((.type // "message")=="message" and (.subtype==null or .subtype=="file_share"
///   or .subtype=="me_message" or .subtype=="thread_broadcast") and (.user|type)=="string" and
///   (.ts|type)=="string")] | length' */*.json` gives 1025 (no author is a bot: users.json has no `is_bot` user
///   and no message is by USLACKBOT);
/// - replies: `jq -s '[.[][] | select(.subtype=="file_comment")] | length' */*.json` gives 6, each answering a
///   file, not a message, so an orphan reply.
@Suite struct SlackHoustonHealthTests {
  @Test func threadsMatchIndependentCount() throws {
    let folder = TestPaths.sharedData("slack-houstondatavis")
    let corpus = try CorpusLoader.load([folder.path], options: ImportOptions())
    var options = AnalysisOptions()
    options.window = .month
    options.permutations = 0
    options.bootstrapResamples = 0
    let analysis = Analyzer.analyze(corpus, org: nil, options: options)
    let health = try #require(analysis.health)
    #expect(health.whole.threads == 1025)
    #expect(health.whole.replies == 6)
    #expect(health.whole.orphanReplies == 6)
    #expect(health.whole.answered == 0)
    #expect(health.whole.unansweredShare == 1)
    #expect(health.whole.depth.maximum == 0)
    #expect(health.whole.timeToFirstReply.count == 0)
    #expect(health.whole.reciprocity == analysis.summary.reciprocity)
    // Every thread lies in one channel and one month, so the breakdowns add up to the whole.
    #expect(health.byChannel.map(\.value.threads).reduce(0, +) == 1025)
    #expect(health.windows.map(\.value.threads).reduce(0, +) == 1025)
    #expect(health.windows.first?.window.label == "2015-06")
    #expect(health.windows.last?.window.label == "2016-07")
  }
}
