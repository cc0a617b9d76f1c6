import ConversationModel
import Foundation
import Testing

@Suite struct CorpusBuilderTests {
  private func message(
    _ id: String, _ author: String, replyTo: String? = nil, replyToAuthor: String? = nil, mentions: [String] = [],
    reactions: [String] = [], isFromBot: Bool = false
  ) -> ImportRecord {
    .message(MessageRecord(
      id: id, author: author, replyTo: replyTo, replyToAuthor: replyToAuthor, mentions: mentions,
      reactions: reactions, isFromBot: isFromBot))
  }

  @Test func repliesResolveEvenWhenTheParentComesLater() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(message("2", "bo", replyTo: "1"))
    builder.add(message("1", "ann"))
    let corpus = builder.build()
    #expect(corpus.interactions.map { [$0.source, $0.target] } == [[0, 1]])
    #expect(corpus.interactions.first?.kind == .reply)
  }

  @Test func missingRootStillAnswersTheNamedParentAuthor() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(message("2", "bo", replyTo: "gone", replyToAuthor: "ann"))
    builder.add(message("3", "cy", replyTo: "gone"))
    let corpus = builder.build()
    #expect(corpus.interactions.map { corpus.people[Int($0.target)].id } == ["ann"])
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
  }

  @Test func mentionsAreDistinctAndReactionsAddressTheAuthor() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(message("1", "ann", mentions: ["bo", "bo", "cy"], reactions: ["bo", "cy", "cy"]))
    let corpus = builder.build()
    #expect(corpus.interactionCounts == [.reply: 0, .mention: 2, .reaction: 3, .message: 0])
  }

  @Test func selfAndBotInteractionsAreCountedNotKept() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(.person(PersonRecord(id: "bot", isBot: true)))
    builder.add(message("1", "ann", mentions: ["ann", "bot"]))
    builder.add(message("2", "B01", isFromBot: true))
    builder.add(message("3", "bo", replyTo: "2"))
    builder.add(message("4", "bo", replyTo: "1", reactions: ["bo"]))
    let corpus = builder.build()
    #expect(corpus.interactions.count == 1)  // bo → ann reply
    #expect(corpus.diagnostics.count(of: "self_interaction") == 2)  // ann mentions ann; bo reacts to bo
    #expect(corpus.diagnostics.count(of: "bot_interaction") == 2)  // mention of bot; reply to B01
    #expect(corpus.people[Int(corpus.personIndex(id: "B01") ?? 0)].isBot)
    #expect(corpus.humanMessageCount == 3)
  }

  @Test func recordsReconcileAndDuplicatesAreSkipped() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    builder.add(message("1", "ann"))
    builder.add(message("1", "ann"))
    builder.add(.skipped(reason: "channel_join", location: nil))
    builder.add(.interaction(InteractionRecord(source: "ann", target: "bo", weight: 2)))
    let input = builder.build().inputs[0]
    #expect(input.recordsRead == 4 && input.recordsUsed == 2)
    #expect(input.recordsSkipped == ["duplicate": 1, "channel_join": 1])
    #expect(input.reconciles)
  }

  @Test func peopleMergeAcrossInputsByEmail() {
    var builder = CorpusBuilder()
    builder.intern(PersonRecord(id: "U1", name: "Ann", email: "Ann@Corp.example"))
    builder.intern(PersonRecord(id: "ann@corp.example", email: "ann@corp.example", title: "CEO"))
    let corpus = builder.build()
    #expect(corpus.people.count == 1)
    #expect(corpus.people[0].title == "CEO" && corpus.people[0].name == "Ann")
    #expect(corpus.personIndex(id: "ann@corp.example") == 0)
  }
}

@Suite struct CorpusBuilderInterningTests {
  private func record(_ id: String, channel: String, input: Int = 0, replyTo: String? = nil) -> ImportRecord {
    .message(MessageRecord(id: id, author: "u\(id)", channel: channel, replyTo: replyTo))
  }

  /// The address of a string's UTF-8 storage (a channel name longer than 15 bytes lives on the heap).
  private func storage(_ text: String?) -> UnsafeRawPointer? {
    var copy = text
    return copy?.withUTF8 { UnsafeRawPointer($0.baseAddress) }
  }

  @Test func messagesOfOneChannelShareOneChannelString() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    let name = "engineering-announcements"
    builder.add(record("1", channel: String(name.reversed().reversed())))
    builder.add(record("2", channel: String(name.reversed().reversed())))
    builder.add(record("3", channel: "random-chatter-and-more"))
    let corpus = builder.build()
    #expect(corpus.messages.map(\.channel) == [name, name, "random-chatter-and-more"])
    #expect(storage(corpus.messages[0].channel) == storage(corpus.messages[1].channel))
    #expect(storage(corpus.messages[0].channel) != storage(corpus.messages[2].channel))
  }

  @Test func equalIdsInTwoInputsAreTwoMessagesAndRepliesStayInTheirInput() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "a", format: "test")
    builder.add(record("1", channel: "c"))
    builder.beginInput(path: "b", format: "test")
    builder.add(record("2", channel: "c", replyTo: "1"))
    builder.add(record("1", channel: "c"))
    builder.add(record("3", channel: "c", replyTo: "1"))
    let corpus = builder.build()
    #expect(corpus.messages.count == 4)
    #expect(corpus.messages.map(\.parent) == [nil, 2, nil, 2])
    #expect(corpus.inputs.map(\.recordsUsed) == [1, 3])
  }

  /// Messages with positional ids (WhatsApp, DiscordChatExporter CSV) get no key: equal ids are two messages, and
  /// replies in later inputs, read before or after their parent, still find the right message index although
  /// key ordinals no longer equal message indices.
  @Test func positionalIdsHaveNoKeyAndLaterRepliesFindTheirParents() {
    func message(_ id: String, _ author: String, replyTo: String? = nil) -> ImportRecord {
      .message(MessageRecord(id: id, author: author, replyTo: replyTo))
    }
    var builder = CorpusBuilder()
    builder.beginInput(path: "a", format: "test")
    builder.add(message("1", "ann"))
    builder.add(message("2", "bo", replyTo: "1"))
    builder.beginInput(path: "chat.txt", format: "whatsapp")
    for author in ["cy", "di", "cy"] {
      builder.add(.message(MessageRecord(id: "chat/7", author: author, hasPositionalID: true)))
    }
    builder.beginInput(path: "b", format: "test")
    builder.add(message("9", "ed", replyTo: "8"))  // parent read later: resolved by build()
    builder.add(message("8", "fay"))
    builder.add(message("7", "gus", replyTo: "9"))
    builder.beginInput(path: "chat2.txt", format: "whatsapp")
    builder.add(.message(MessageRecord(id: "chat2/1", author: "hal", hasPositionalID: true)))
    builder.beginInput(path: "c", format: "test")
    builder.add(message("1", "ivy"))
    builder.add(message("2", "jo", replyTo: "1"))
    let corpus = builder.build()
    #expect(corpus.messages.count == 11)
    #expect(corpus.diagnostics.count(of: "duplicate_message") == 0)
    #expect((0..<corpus.messages.count).map { corpus.messages.parent(of: $0) }
      == [nil, 0, nil, nil, nil, 6, nil, 5, nil, nil, 9])
    let replies = corpus.interactions.filter { $0.kind == .reply }
    #expect(replies.map { [corpus.people[Int($0.source)].id, corpus.people[Int($0.target)].id] }
      == [["bo", "ann"], ["ed", "fay"], ["gus", "ed"], ["jo", "ivy"]])
  }
}
