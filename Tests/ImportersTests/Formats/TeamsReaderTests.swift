import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The Microsoft Teams reader on hand-written Graph `chatMessage` fixtures (FORMATS.md §3). No real Teams data
/// exists in /work/shared/data (Graph has no export file, and no public dump of one was found), so every fixture
/// here is invented in the documented shape; expected counts are read off the fixtures by hand.
@Suite struct TeamsReaderTests {
  static let channel = #""channelIdentity":{"teamId":"t-1","channelId":"19:gen@thread.tacv2"}"#

  /// A channel page: a root with two mentions and three reactions, a reply, a system event, a deleted reply,
  /// a bot post with a reply to it, a reply to a root not in the input, a non-ASCII message, an author-less
  /// message and a message type Graph does not document.
  static let page = """
    {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#chatMessages",
     "@odata.nextLink":"https://graph.microsoft.com/v1.0/next",
     "value":[
      {"id":"1700000000100","replyToId":null,"messageType":"message","createdDateTime":"2024-05-02T09:00:00Z",
       "deletedDateTime":null,"from":{"user":{"id":"u-ana","displayName":"Ana Ruiz"}},\(channel),
       "body":{"contentType":"html","content":"<at id=\\"0\\">Li Wei</at> <at id=\\"1\\">Bo</at> plan?"},
       "mentions":[{"id":0,"mentionText":"Li Wei","mentioned":{"user":{"id":"u-li","displayName":"Li Wei"}}},
                   {"id":1,"mentionText":"Bo","mentioned":{"user":{"id":"u-bo","displayName":"Bo Berg"}}},
                   {"id":2,"mentionText":"Li","mentioned":{"user":{"id":"u-li"}}},
                   {"id":3,"mentionText":"General","mentioned":{"conversation":{"id":"19:gen@thread.tacv2"}}}],
       "reactions":[{"reactionType":"like","createdDateTime":"2024-05-02T09:01:00Z","user":{"user":{"id":"u-li"}}},
                    {"reactionType":"heart","user":{"user":{"id":"u-bo"}}},
                    {"reactionType":"like","user":{"user":{"id":"u-li"}}}]},
      {"id":"1700000000200","replyToId":"1700000000100","messageType":"message",
       "createdDateTime":"2024-05-02T09:15:00.123Z","from":{"user":{"id":"u-li","displayName":"Li Wei"}},
       \(channel),"body":{"contentType":"text","content":"done"}},
      {"id":"1700000000300","messageType":"systemEventMessage","createdDateTime":"2024-05-02T09:20:00Z",
       "from":null,\(channel),"body":{"content":"<systemEventMessage/>"}},
      {"id":"1700000000400","replyToId":"1700000000100","messageType":"message",
       "createdDateTime":"2024-05-02T09:30:00Z","deletedDateTime":"2024-05-02T09:31:00Z","from":null,\(channel)},
      {"id":"1700000000500","messageType":"message","createdDateTime":"2024-05-02T10:00:00Z",
       "from":{"user":null,"application":{"id":"app-build","displayName":"Build Bot"}},\(channel),
       "body":{"content":"build green"}},
      {"id":"1700000000600","replyToId":"1700000000500","messageType":"message",
       "createdDateTime":"2024-05-02T10:05:00Z","from":{"user":{"id":"u-ana","displayName":"Ana Ruiz"}},
       \(channel),"body":{"content":"thanks"}},
      {"id":"1700000000700","replyToId":"1600000000000","messageType":"message",
       "createdDateTime":"2024-05-02T11:00:00Z","from":{"user":{"id":"u-bo","displayName":"Bo Berg"}},
       \(channel),"body":{"content":"answer to a lost root"}},
      {"id":"1700000000800","messageType":"message","createdDateTime":"2024-05-02T12:00:00+02:00",
       "from":{"user":{"id":"u-zoe","displayName":"Zoë Ñúñez 李"}},\(channel),
       "body":{"content":"Grüße, 你好 🎉"}},
      {"id":"1700000000900","messageType":"message","createdDateTime":"2024-05-02T13:00:00Z","from":null,
       \(channel),"body":{"content":"who wrote this?"}},
      {"id":"1700000001000","messageType":"meetingRecap","createdDateTime":"2024-05-02T14:00:00Z",
       "from":{"user":{"id":"u-ana"}},\(channel)}
     ]}
    """

  private func message(_ result: ReadResult, _ id: String) -> MessageRecord? {
    result.messages.first { $0.id == "19:gen@thread.tacv2/\(id)" }
  }

  private func writePage(_ fixture: Fixture) throws -> String {
    try fixture.write("teams/general/page-1.json", Self.page)
  }

  @Test func pageIsDetectedAndEveryElementCountedOnce() throws {
    let fixture = try Fixture()
    let path = try writePage(fixture)
    let result = try readAll(path)
    #expect(result.messages.count == 6)
    #expect(result.skippedCounts == [
      "systemEventMessage": 1, "deleted": 1, "missing_author": 1, "meetingRecap": 1,
    ])
    let input = try InputSource.open(path)
    #expect(try FormatDetector.detect(input, data: input.data(of: path), options: ImportOptions()) == .teams)
  }

  @Test func peopleComeBeforeTheirFirstMessageWithNamesAndBots() throws {
    let result = try readAll(try writePage(Fixture()))
    #expect(result.people.map(\.id) == ["u-ana", "u-li", "u-bo", "app-build", "u-zoe"])
    #expect(result.people.first { $0.id == "app-build" }?.isBot == true)
    #expect(result.people.filter(\.isBot).count == 1)
    #expect(result.people.first { $0.id == "u-zoe" }?.name == "Zoë Ñúñez 李")
    let firstMessage = try #require(result.records.firstIndex { if case .message = $0 { true } else { false } })
    #expect(result.records.prefix(firstMessage).count == 3)
  }

  @Test func repliesAnswerTheThreadRootEvenWhenItIsMissing() throws {
    let result = try readAll(try writePage(Fixture()))
    let root = message(result, "1700000000100")
    #expect(root?.replyTo == nil && root?.threadRoot == nil)
    #expect(message(result, "1700000000200")?.replyTo == "19:gen@thread.tacv2/1700000000100")
    #expect(message(result, "1700000000200")?.threadRoot == "19:gen@thread.tacv2/1700000000100")
    #expect(message(result, "1700000000700")?.replyTo == "19:gen@thread.tacv2/1600000000000")
  }

  @Test func mentionsAreDistinctUsersAndReactionsOneEach() throws {
    let result = try readAll(try writePage(Fixture()))
    let root = message(result, "1700000000100")
    #expect(root?.mentions == ["u-li", "u-bo"])
    #expect(root?.reactions == ["u-li", "u-bo", "u-li"])
    #expect(root?.channel == "19:gen@thread.tacv2")
    #expect(root?.isPrivate == false)
  }

  @Test func botsTimesAndNonASCIIText() throws {
    let result = try readAll(try writePage(Fixture()))
    let bot = message(result, "1700000000500")
    #expect(bot?.author == "app-build" && bot?.isFromBot == true)
    #expect(message(result, "1700000000200")?.time == Date(timeIntervalSince1970: 1_714_641_300.123))
    // 12:00 at +02:00 is 10:00 UTC.
    #expect(message(result, "1700000000800")?.time == Date(timeIntervalSince1970: 1_714_644_000))
    #expect(message(result, "1700000000800")?.text == "Grüße, 你好 🎉")
  }

  @Test func skippedMessagesAreDiagnosedByReason() throws {
    let result = try readAll(try writePage(Fixture()))
    #expect(result.diagnostics.count(of: "missing_author") == 1)
    #expect(result.diagnostics.kinds.first { $0.kind == "unknown_message_type" }?.examples.first?.value
      == "meetingRecap")
    // Documented system types and deletions are counted by reason without a diagnostic each.
    #expect(result.diagnostics.count(of: "systemEventMessage") == 0)
    let missing = result.skipped.first { $0.reason == "missing_author" }
    #expect(missing?.location?.entry == 9)
  }

  @Test func corpusCountsInteractionsOfThePage() throws {
    let corpus = try CorpusLoader.load([try writePage(Fixture())], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "teams")
    #expect(input.recordsRead == 10)
    #expect(input.recordsUsed == 6)
    #expect(input.reconciles)
    // Replies: u-li → u-ana; u-ana → app-build is a bot interaction; the lost root answers nobody.
    // Mentions: u-ana → u-li, u-ana → u-bo. Reactions: u-li, u-bo, u-li → u-ana.
    #expect(corpus.interactionCounts == [.reply: 1, .mention: 2, .reaction: 3, .message: 0])
    #expect(corpus.diagnostics.count(of: "bot_interaction") == 1)
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
  }

  @Test func arraysInAFolderOrZipLinkRepliesAcrossFiles() throws {
    let fixture = try Fixture()
    let root = #"{"id":"1","messageType":"message","createdDateTime":"2024-05-02T09:00:00Z","#
      + #""from":{"user":{"id":"u-ana"}},\#(Self.channel),"body":{"content":"q"}}"#
    let reply = #"{"id":"2","replyToId":"1","messageType":"message","createdDateTime":"2024-05-02T09:05:00Z","#
      + #""from":{"user":{"id":"u-li"}},\#(Self.channel),"body":{"content":"a"}}"#
    try fixture.write("dump/messages.json", "[\(root)]")
    try fixture.write("dump/replies/1.json", #"{"value":[\#(reply)],"@odata.count":1}"#)
    try fixture.write("dump/notes.txt", "not read")
    for path in [fixture.path("dump"), try fixture.zip("dump")] {
      let corpus = try CorpusLoader.load([path], options: ImportOptions())
      #expect(corpus.inputs.first?.format == "teams")
      #expect(corpus.interactionCounts[.reply] == 1)
      #expect(corpus.inputs.first?.recordsRead == 2)
    }
  }

  @Test func chatMessagesArePrivateAndKeyedByChat() throws {
    let fixture = try Fixture()
    let path = try fixture.write("chat.json", """
      [{"id":"1","chatId":"19:a_b@unq.gbl.spaces","messageType":"message","createdDateTime":"2024-05-02T09:00:00Z",
        "from":{"user":{"id":"u-ana","displayName":"Ana"}},"body":{"content":"hi"}},
       {"id":"2","chatId":"19:a_b@unq.gbl.spaces","messageType":"chatEvent","createdDateTime":"2024-05-02T09:00:00Z",
        "from":null,"body":{"content":""}},
       {"id":"3","messageType":"message","from":{"user":{"id":"u-li"}},"body":{"content":"no channel, no time"}}]
      """)
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["19:a_b@unq.gbl.spaces/1", "3"])
    #expect(result.messages.first?.isPrivate == true)
    #expect(result.messages.last?.channel == nil && result.messages.last?.time == nil)
    #expect(result.diagnostics.count(of: "invalid_time") == 1)
    #expect(result.skippedCounts == ["chatEvent": 1])
  }

  @Test func malformedElementIsSkippedWithItsPosition() throws {
    let fixture = try Fixture()
    let good = #"{"id":"1","messageType":"message","from":{"user":{"id":"u-ana"}},"body":{"content":"x"}}"#
    let path = try fixture.write("bad.json", "[\(good),\n  {\"id\":\"2\",\"messageType\":tru},\n\(good), 7]")
    let result = try readAll(path, options: ImportOptions(format: .teams))
    #expect(result.messages.count == 2)
    #expect(result.skippedCounts == ["invalid_json": 1, "malformed_message": 1])
    let malformed = try #require(result.skipped.first { $0.reason == "invalid_json" }?.location)
    #expect(malformed.path == path)
    #expect(malformed.line == 2)
    // Column 27 of line 2 is the `t` of `tru`: two spaces, `{"id":"2",` and `"messageType":` come before it.
    #expect(malformed.column == 27)
    #expect(malformed.entry == 2)
    #expect(result.diagnostics.count(of: "invalid_json") == 1)
  }

  @Test func truncatedFileIsAnErrorAndAnObjectWithoutValueIsNoted() throws {
    let fixture = try Fixture()
    let truncated = try fixture.write("cut.json", #"{"value":[{"id":"1","messageType":"message","#)
    let error = importError { () throws(ImportError) in try readAll(truncated, options: ImportOptions(format: .teams)) }
    #expect(error.map { "\($0)" }?.contains("cut.json") == true)
    let empty = try fixture.write("empty.json", #"{"@odata.context":"x","error":{"code":"Forbidden"}}"#)
    let result = try readAll(empty, options: ImportOptions(format: .teams))
    #expect(result.records.isEmpty)
    #expect(result.diagnostics.count(of: "no_value_array") == 1)
  }

  @Test func detectionNeedsTheChatMessageShape() {
    #expect(TeamsMessageParser.looksLikeMessages(Array(#"[{"messageType" : "message","body":{}}]"#.utf8)))
    #expect(!TeamsMessageParser.looksLikeMessages(Array(#"[{"messageType":"message"}]"#.utf8)))
    #expect(!TeamsMessageParser.looksLikeMessages(Array(#"[{"text":"messageType","from":"x"}]"#.utf8)))
  }
}
