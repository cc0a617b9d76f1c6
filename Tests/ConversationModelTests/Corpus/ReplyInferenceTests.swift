import ConversationModel
import Foundation
import Testing

/// `CorpusBuilder.replyInferenceWindow` (`--infer-replies`): the previous speaker in the same channel of the
/// same input within the window. Hand-written records; the expected answers follow from the rule by hand.
@Suite struct ReplyInferenceTests {
  private func message(
    _ id: String, _ author: String, at seconds: Double?, channel: String? = "general", replyTo: String? = nil
  ) -> ImportRecord {
    .message(MessageRecord(
      id: id, author: author, time: seconds.map { Date(timeIntervalSince1970: $0) }, channel: channel,
      replyTo: replyTo))
  }

  private func build(window: Double?, _ inputs: [[ImportRecord]]) -> Corpus {
    var builder = CorpusBuilder()
    builder.replyInferenceWindow = window
    for (index, records) in inputs.enumerated() {
      builder.beginInput(path: "input\(index)", format: "test")
      records.forEach { builder.add($0) }
    }
    return builder.build()
  }

  /// Interactions as "source>target" ids, inferred ones marked with `~`.
  private func edges(_ corpus: Corpus) -> [String] {
    corpus.interactions.map { interaction in
      corpus.people[Int(interaction.source)].id + (interaction.isInferred ? "~" : ">")
        + corpus.people[Int(interaction.target)].id
    }
  }

  @Test func theWindowBoundaryIsIncluded() {
    let corpus = build(window: 600, [[
      message("1", "ann", at: 0), message("2", "bo", at: 600), message("3", "cy", at: 1201),
    ]])
    // bo answers ann exactly 600 s later; cy comes 601 s after bo: no reply.
    #expect(edges(corpus) == ["bo~ann"])
    #expect(corpus.inferredReplyCount == 1)
    #expect(corpus.messages[1].isInferredReply)
    #expect(!corpus.messages[1].isReply)
  }

  @Test func offByDefault() {
    let corpus = build(window: nil, [[message("1", "ann", at: 0), message("2", "bo", at: 1)]])
    #expect(corpus.interactions.isEmpty)
    #expect(corpus.inferredReplyCount == 0)
  }

  @Test func channelsAndInputsAreKeptApart() {
    let corpus = build(window: 600, [
      [message("1", "ann", at: 0, channel: "eng"), message("2", "bo", at: 10, channel: "sales")],
      [message("1", "cy", at: 20, channel: "eng")],
    ])
    #expect(corpus.interactions.isEmpty)
  }

  @Test func ownEarlierMessagesArePassedOver() {
    let corpus = build(window: 600, [[
      message("1", "ann", at: 0), message("2", "bo", at: 100), message("3", "bo", at: 200),
      message("4", "bo", at: 800),
    ]])
    // bo's second message still answers ann (200 s after her); the third is 800 s after her: too late.
    #expect(edges(corpus) == ["bo~ann", "bo~ann"])
  }

  @Test func timeOrderNotInputOrderDecidesThePreviousSpeaker() {
    let corpus = build(window: 600, [[
      message("2", "bo", at: 100), message("1", "ann", at: 0), message("3", "cy", at: 150),
    ]])
    #expect(edges(corpus) == ["bo~ann", "cy~bo"])
  }

  @Test func explicitRepliesAndUndatedMessagesAreLeftAlone() {
    let corpus = build(window: 600, [[
      message("1", "ann", at: 0), message("2", "bo", at: 10), message("3", "cy", at: 20, replyTo: "1"),
      message("4", "dee", at: nil), message("5", "eve", at: 30, replyTo: "gone"),
    ]])
    // cy's reply keeps its pointer (not inferred); eve's points at a missing message and stays unanswered.
    #expect(edges(corpus) == ["bo~ann", "cy>ann"])
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
  }
}
