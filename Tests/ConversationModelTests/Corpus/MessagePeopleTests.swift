import ConversationModel
import Foundation
import Testing

/// The people and channels of messages, looked up by their bytes (`CorpusBuilder.add`, `MessageList`), give what
/// `String`-keyed look-ups gave: the same people in the same order, canonically equivalent names as one.
@Suite struct MessagePeopleTests {
  @Test func newPeopleComeInOrderMentionsAuthorParentAuthorReactions() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(.message(MessageRecord(
      id: "1", author: "author-long-id", replyToAuthor: "pa", mentions: ["m1", "m2", "m1"],
      reactions: ["r1", "m2"])))
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ["m1", "m2", "author-long-id", "pa", "r1"])
    #expect(Array(corpus.messages.mentions(of: 0)) == [0, 1])
    #expect(Array(corpus.messages.reactions(of: 0)) == [4, 1])
    #expect(corpus.messages.author(of: 0) == 2)
    #expect(corpus.messages.parentAuthor(of: 0) == 3)
  }

  @Test func canonicallyEquivalentIdsAndChannelsAreOne() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(.message(MessageRecord(id: "1", author: "jos\u{E9}", channel: "caf\u{E9}")))
    builder.add(.message(MessageRecord(id: "2", author: "jose\u{301}", channel: "cafe\u{301}")))
    builder.add(.message(MessageRecord(id: "3", author: "jose\u{301}", channel: "cafe\u{301}")))
    let corpus = builder.build()
    #expect(corpus.people.count == 1)
    #expect((0..<3).map { Array(corpus.messages.channel(of: $0)?.utf8 ?? "".utf8) }
      == Array(repeating: Array("caf\u{E9}".utf8), count: 3))
  }

  @Test func personInternedAfterMessagesIsFoundByEveryId() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    let ids = ["7", "123456789", "short", "a-rather-long-person-id"]
    for (number, id) in ids.enumerated() {
      builder.add(.message(MessageRecord(id: "m\(number)", author: id, mentions: ids)))
    }
    for id in ids { builder.intern(PersonRecord(id: id, name: "Name of \(id)")) }
    builder.add(.message(MessageRecord(id: "last", author: "a-rather-long-person-id", reactions: ["7"])))
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ids)
    #expect(corpus.people.map(\.name) == ids.map { "Name of \($0)" })
    #expect(corpus.messages.author(of: 4) == 3)
    #expect(Array(corpus.messages.reactions(of: 4)) == [0])
  }
}
