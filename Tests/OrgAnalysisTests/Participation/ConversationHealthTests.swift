import ConversationModel
import Foundation
import TestSupport
import Testing

@testable import OrgAnalysis

/// Conversation health on a hand-built corpus; every expected value is worked out by hand in the comments from
/// the definitions of `ConversationHealth` and `ThreadForest`.
@Suite struct ConversationHealthTests {
  /// 2026-01-10 12:00 UTC.
  private static let start = Date(timeIntervalSince1970: 1_768_046_400)

  /// ann (department A), bob and cat (B); `botty` is a bot (its messages are bot messages, it is in no directory).
  /// Replies point at their direct parent (nested, as on Yammer):
  /// - m1 ann root (c1, +0); m2 ann → m1 (+10, a self-reply); m3 botty → m1 (+20); m4 bob → m2 (+300, depth 2);
  ///   m5 cat → m4 (+400, depth 3); m16 bob → m5 (+500, depth 4). Thread: people's messages m1 m2 m4 m5 m16,
  ///   size 5, depth 4, first answer by another person m4 at 300 s (the self-reply and the bot do not count).
  /// - m6 bob root (c2, +1000); m7 botty → m6; m8 bob → m6 (self): unanswered, size 2, depth 1.
  /// - m9 botty root (c3), m10 ann → m9: a bot's thread, not counted; m10 is a reply all the same.
  /// - m11 cat root (c2, no time); m12 ann → m11 (+2000): answered, undated (no time to first reply).
  /// - m13 ann root (c1, +31 days, February); m14 bob → m13 (no time): answered without a time.
  /// - m15 cat → "missing" (c1): an orphan reply. m17 botty root alone in c4.
  private static func corpus() -> Corpus {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.json", format: "yammer")
    for (id, department) in [("ann", "A"), ("bob", "B"), ("cat", "B")] {
      builder.intern(PersonRecord(id: id, department: department))
    }
    let rows: [(String, String, Double?, String, String?)] = [
      ("m1", "ann", 0, "c1", nil), ("m2", "ann", 10, "c1", "m1"), ("m3", "botty", 20, "c1", "m1"),
      ("m4", "bob", 300, "c1", "m2"), ("m5", "cat", 400, "c1", "m4"), ("m16", "bob", 500, "c1", "m5"),
      ("m6", "bob", 1000, "c2", nil), ("m7", "botty", 1100, "c2", "m6"), ("m8", "bob", 1200, "c2", "m6"),
      ("m9", "botty", 1300, "c3", nil), ("m10", "ann", 1400, "c3", "m9"),
      ("m11", "cat", nil, "c2", nil), ("m12", "ann", 2000, "c2", "m11"),
      ("m13", "ann", 31 * 86_400, "c1", nil), ("m14", "bob", nil, "c1", "m13"),
      ("m15", "cat", 50, "c1", "missing"), ("m17", "botty", 60, "c4", nil),
    ]
    for (id, author, offset, channel, parent) in rows {
      builder.add(.message(MessageRecord(
        id: id, author: author, time: offset.map { start.addingTimeInterval($0) }, channel: channel, replyTo: parent,
        isFromBot: author == "botty")))
    }
    return builder.build()
  }

  private static func health(window: WindowSize? = nil) -> Breakdown<ConversationHealth> {
    let corpus = corpus()
    let selected = corpus.interactions.filter { InteractionKind.defaultSelection.contains($0.kind) }
    return Breakdown(corpus: corpus, groups: PersonGroups(corpus: corpus), selected: selected, window: window)
  }

  /// Threads m1, m6, m11, m13 with sizes 5, 2, 2, 2 and depths 4, 1, 1, 1: size mean 11/4, median 2, 90th
  /// percentile at position 0.9 · 3 = 2.7 of [2, 2, 2, 5], 2 + 0.7 · 3 = 4.1; depth mean 7/4, maximum 4.
  @Test func nestedThreadsSizeAndDepth() {
    let whole = Self.health().whole
    #expect(whole.threads == 4)
    #expect(whole.size == .init([5, 2, 2, 2]))
    #expect(whole.size.mean == 2.75)
    #expect(whole.size.median == 2)
    #expect(isClose(whole.size.percentile90 ?? 0, 4.1, relative: 1e-12))
    #expect(whole.depth.maximum == 4)
    #expect(whole.depth.mean == 1.75)
  }

  /// Bots' and self-replies never answer: m6 is the one unanswered thread of 4; the only timed answer is m4's,
  /// 300 s after m1 (m3 at 20 s is a bot's, m2 at 10 s the starter's own).
  @Test func botAndSelfRepliesAreNotResponses() {
    let whole = Self.health().whole
    #expect(whole.answered == 3)
    #expect(whole.unanswered == 1)
    #expect(whole.unansweredShare == 0.25)
    #expect(whole.timeToFirstReply == .init([300]))
    #expect(whole.timeToFirstReply.median == 300)
  }

  /// m11 has no time (undated thread), m13's only answer m14 has none (answered without time): both are counted
  /// apart, neither enters the time to first reply.
  @Test func missingTimesAreCountedApart() {
    let whole = Self.health().whole
    #expect(whole.undatedThreads == 1)
    #expect(whole.answeredWithoutTime == 1)
    #expect(whole.timedAnswered == 1)
  }

  /// Replies by people: m2 m4 m5 m16 m8 m10 m12 m14 m15 = 9 (m15 an orphan), over 4 threads: 2.25.
  /// Reply ties: bob→ann (m4, m14), cat→bob (m5), bob→cat (m16), ann→cat (m12); 2 of the 4 reciprocated.
  @Test func repliesPerPostAndReciprocity() {
    let whole = Self.health().whole
    #expect(whole.replies == 9)
    #expect(whole.orphanReplies == 1)
    #expect(whole.replyToPostRatio == 2.25)
    #expect(whole.ties == 4)
    #expect(whole.reciprocatedTies == 2)
    #expect(whole.reciprocity == 0.5)
  }

  /// Department A (ann) started m1 and m13, wrote replies m2 m10 m12 and the tie ann→cat; B started m6 and m11,
  /// wrote 6 replies and the ties bob→ann, cat→bob, bob→cat (2 reciprocated).
  @Test func departmentsGroupThreadsByStarterAndTiesBySource() {
    let departments = Self.health().byDepartment
    #expect(departments.map(\.name) == ["A", "B"])
    #expect(departments[0].value.threads == 2)
    #expect(departments[0].value.replyToPostRatio == 1.5)
    #expect(departments[0].value.ties == 1)
    #expect(departments[0].value.reciprocity == 0)
    #expect(departments[1].value.threads == 2)
    #expect(departments[1].value.replies == 6)
    #expect(departments[1].value.reciprocity == 2.0 / 3.0)
  }

  /// c3 holds only a bot's thread and ann's reply to it: no thread, so the shares are `nil`; c4 holds only a
  /// bot's root and is no group at all. c2's reply ties: ann→cat (m12) only.
  @Test func channelWithoutPeoplesThreads() {
    let channels = Self.health().byChannel
    #expect(channels.map(\.name) == ["c1", "c2", "c3"])
    let c3 = channels[2].value
    #expect(c3.threads == 0)
    #expect(c3.replies == 1)
    #expect(c3.unansweredShare == nil)
    #expect(c3.replyToPostRatio == nil)
    #expect(c3.timeToFirstReply.median == nil)
    #expect(channels[1].value.ties == 1)
    #expect(channels[0].value.reciprocity == 2.0 / 3.0)
  }

  /// January holds m1 and m6 (m11 is undated), February m13; February's only interaction (m14) has no time, so it
  /// has no ties and no reciprocity.
  @Test func windowsByRootTime() {
    let windows = Self.health(window: .month).windows
    #expect(windows.map(\.window.label) == ["2026-01", "2026-02"])
    #expect(windows[0].value.threads == 2)
    #expect(windows[1].value.threads == 1)
    #expect(windows[1].value.ties == 0)
    #expect(windows[1].value.reciprocity == nil)
    #expect(windows[0].value.ties == 4)
  }

  /// a answers b and b answers a: a cycle that reaches no root, so both are orphan replies and there is no thread.
  @Test func replyCycleBelongsToNoThread() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "cycle.json", format: "yammer")
    builder.add(.message(MessageRecord(id: "a", author: "ann", replyTo: "b")))
    builder.add(.message(MessageRecord(id: "b", author: "bob", replyTo: "a")))
    let corpus = builder.build()
    let forest = ThreadForest(messages: corpus.messages)
    #expect(forest.root == [nil, nil])
    let health = Breakdown(corpus: corpus, groups: PersonGroups(corpus: corpus), selected: [], window: nil).whole
    #expect(health.threads == 0)
    #expect(health.orphanReplies == 2)
    #expect(health.replyToPostRatio == nil)
  }

  /// Per channel the members are the people who posted or reacted there: c3 has ann only (her reply), so no
  /// observers; per window everyone counts, and January's creators are ann (m1) and bob (m6), cat's root m11
  /// being undated.
  @Test func participationByChannelAndWindow() {
    let corpus = Self.corpus()
    let breakdown = Breakdown<Participation>(corpus: corpus, groups: PersonGroups(corpus: corpus), window: .month)
    #expect(breakdown.whole == Participation(corpus: corpus))
    let c3 = breakdown.byChannel.first { $0.name == "c3" }?.value
    #expect(c3?.people == 1)
    #expect(c3?.observers == 0)
    #expect(breakdown.byDepartment.map(\.value.people) == [1, 2])
    #expect(breakdown.windows.first?.value.people == 3)
    #expect(breakdown.windows.first?.value.creators == 2)
  }
}
