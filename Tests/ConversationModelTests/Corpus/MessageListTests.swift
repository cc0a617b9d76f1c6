import ConversationModel
import Foundation
import Testing

/// The columnar message store gives back every field as it was added, and the compact `Interaction` keeps
/// `time` as it was given.
@Suite struct MessageListTests {
  private func corpus(_ records: [MessageRecord]) -> Corpus {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    for record in records { builder.add(.message(record)) }
    return builder.build()
  }

  @Test func everyFieldRoundTripsThroughTheColumns() {
    let time = Date(timeIntervalSince1970: 1_000_000_000.25)
    let corpus = corpus([
      MessageRecord(id: "1", author: "ann", time: time, channel: "general", mentions: ["bo", "cy", "bo"],
                    reactions: ["cy", "cy"], isPrivate: true),
      MessageRecord(id: "2", author: "bo", replyTo: "1", replyToAuthor: "ann", isFromBot: true),
      MessageRecord(id: "3", author: "cy", time: time, replyTo: "gone", reactions: ["ann"]),
    ])
    // The builder interns a message's mentions before its author, so the indices are looked up.
    let index = { (id: String) in corpus.personIndex(id: id) ?? -1 }
    let (ann, bo, cy) = (index("ann"), index("bo"), index("cy"))
    #expect(Set([ann, bo, cy]) == [0, 1, 2])
    let expected = [
      Message(author: ann, time: time, channel: "general", parent: nil, parentAuthor: nil, isReply: false,
              mentions: [bo, cy], reactions: [cy, cy], isFromBot: false, isPrivate: true),
      Message(author: bo, time: nil, channel: nil, parent: 0, parentAuthor: ann, isReply: true, mentions: [],
              reactions: [], isFromBot: true),
      Message(author: cy, time: time, channel: nil, parent: nil, parentAuthor: nil, isReply: true, mentions: [],
              reactions: [ann], isFromBot: false),
    ]
    #expect(Array(corpus.messages) == expected)
    #expect(corpus.messages.indices.map { Array(corpus.messages.mentions(of: $0)) } == [[bo, cy], [], []])
    #expect(corpus.messages.indices.map { Array(corpus.messages.reactions(of: $0)) } == [[cy, cy], [], [ann]])
    #expect(corpus.privateMessageCount == 1)
    #expect(corpus.humanMessageCount == 2)
  }

  @Test func interactionKeepsAMissingTimeApartFromTheReferenceDate() {
    var interaction = Interaction(source: 0, target: 1, kind: .reply, time: nil)
    #expect(interaction.time == nil)
    let reference = Date(timeIntervalSinceReferenceDate: 0)
    #expect(interaction != Interaction(source: 0, target: 1, kind: .reply, time: reference))
    interaction.time = reference
    #expect(interaction.time == reference)
    interaction.time = nil
    #expect(interaction == Interaction(source: 0, target: 1, kind: .reply, time: nil))
    #expect(MemoryLayout<Interaction>.stride == 32)
  }

  @Test func derivedInteractionsComeBeforeDirectOnesWhateverTheRecordOrder() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(.interaction(InteractionRecord(source: "ann", target: "bo", weight: 2)))
    builder.add(.interaction(InteractionRecord(source: "cy", target: "cy")))
    builder.add(.interaction(InteractionRecord(source: "bo", target: "cy", weight: 0.5)))
    builder.add(.message(MessageRecord(id: "1", author: "ann", mentions: ["cy", "ann"])))
    builder.add(.message(MessageRecord(id: "2", author: "cy", replyTo: "1")))
    let corpus = builder.build()
    let id = { (index: PersonIndex) in corpus.people[Int(index)].id }
    #expect(corpus.interactions.map { "\(id($0.source))>\(id($0.target)) \($0.kind) \($0.weight)" } == [
      "ann>cy mention 1.0", "cy>ann reply 1.0", "ann>bo message 2.0", "bo>cy message 0.5",
    ])
    #expect(corpus.diagnostics.count(of: "self_interaction") == 2)
  }
}
