import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The Telegram Desktop reader on hand-written `result.json` files in the two shapes of FORMATS.md §6.
///
/// No real Telegram export exists in `/work/shared/data`, so every fixture here is invented, written after the
/// field list of FORMATS.md §6 (tdesktop's JSON serializer): one chat, and a full-account export.
@Suite struct TelegramReaderTests {
  /// One chat: a service message, a reply, a reply to a missing parent, a deleted account (`from: null`),
  /// non-ASCII names, entity mentions (`mention_name`, a known and an unknown `@username`), reactions.
  static let oneChat = """
    {
     "name": "Команда Ω",
     "type": "private_supergroup",
     "id": 4401,
     "messages": [
      {"id": 1, "type": "service", "date": "2024-02-01T09:00:00", "date_unixtime": "1706778000",
       "actor": "Olga P.", "actor_id": "user5550001", "action": "invite_members", "members": ["Dmitri"],
       "text": ""},
      {"id": 2, "type": "message", "date": "2024-02-01T09:30:11", "date_unixtime": "1706779811",
       "from": "Olga P.", "from_id": "user5550001", "text": "hello"},
      {"id": 3, "type": "message", "date": "2024-02-01T09:31:00", "date_unixtime": "1706779860",
       "from": "dmitri", "from_id": "user5550002", "reply_to_message_id": 2,
       "text": ["ok ", {"type": "mention_name", "text": "Olga", "user_id": 5550001}],
       "reactions": [{"type": "emoji", "count": 2, "emoji": "👍",
                      "recent": [{"from": "Olga P.", "from_id": "user5550001", "date": "2024-02-01T09:32:00"}]}]},
      {"id": 4, "type": "message", "date": "2024-02-01T10:00:00", "date_unixtime": "1706781600",
       "from": null, "from_id": "user5550003", "reply_to_message_id": 999,
       "text": ["thanks ", {"type": "mention", "text": "@Dmitri"}, " and ", {"type": "mention", "text": "@nobody"}]},
      {"id": 5, "type": "message", "date": "2024-02-01T11:00:00",
       "from": "Zoë Ångström", "from_id": "user5550004", "reply_to_message_id": 4, "text": "ja"}
     ]
    }
    """

  /// A full-account export: the exporter's `personal_information` (its username resolves `@olga`), two chats in
  /// `chats.list`, one in `left_chats.list`, and members around them that must be skipped.
  static let fullExport = """
    {
     "about": "Here is the data you requested.",
     "personal_information": {"user_id": 5550001, "first_name": "Olga", "last_name": "P.", "username": "@olga"},
     "contacts": {"about": "x", "list": [{"first_name": "A", "phone_number": "+1"}]},
     "chats": {
      "about": "This page lists all chats from this export.",
      "list": [
       {"name": "Dmitri", "type": "personal_chat", "id": 5550002, "messages": [
         {"id": 1, "type": "message", "date_unixtime": "1706779811", "from": "Olga P.", "from_id": "user5550001",
          "text": "hi"},
         {"id": 2, "type": "message", "date_unixtime": "1706779900", "from": "Dmitri", "from_id": "user5550002",
          "reply_to_message_id": 1, "text": [{"type": "mention", "text": "@olga"}, " yes"]}
       ]},
       {"name": "Ops", "type": "private_group", "id": 7001, "messages": [
         {"id": 1, "type": "message", "date_unixtime": "1706780000", "from": "Dmitri", "from_id": "user5550002",
          "text": "ping"}
       ]}
      ]
     },
     "left_chats": {"about": "left", "list": [
       {"name": "Old", "type": "private_supergroup", "id": 7002, "messages": [
         {"id": 1, "type": "message", "date_unixtime": "1706790000", "from": "Olga P.", "from_id": "user5550001",
          "text": "bye"}
       ]}
     ]}
    }
    """

  private func read(_ text: String, name: String = "result.json") throws -> ReadResult {
    let fixture = try Fixture()
    return try readAll(try fixture.write(name, text))
  }

  @Test func oneChatIsDetectedByContent() throws {
    let fixture = try Fixture()
    let path = try fixture.write("chat.json", Self.oneChat)
    #expect(try FormatReader.open(path, options: ImportOptions()).format == .telegram)
    let folder = try fixture.write("ChatExport_2024-02-01/result.json", Self.fullExport)
    let opened = try FormatReader.open(URL(fileURLWithPath: folder).deletingLastPathComponent().path,
                                       options: ImportOptions())
    #expect(opened.format == .telegram)
  }

  @Test func serviceMessagesAreSkippedByAction() throws {
    let result = try read(Self.oneChat)
    #expect(result.skippedCounts == ["invite_members": 1])
    #expect(result.messages.count == 4)
  }

  @Test func messagesTakeChatIdChannelAndUnixTime() throws {
    let result = try read(Self.oneChat)
    let first = try #require(result.messages.first)
    #expect(first.id == "4401/2")
    #expect(first.channel == "Команда Ω")
    #expect(first.author == "user5550001")
    #expect(first.time == Date(timeIntervalSince1970: 1_706_779_811))
    #expect(first.location?.entry == 2)
    // Message 5 has only `date` (no zone): read as UTC.
    #expect(result.messages.last?.time == Date(timeIntervalSince1970: 1_706_785_200))
  }

  @Test func repliesNestToTheirDirectParentEvenWhenMissing() throws {
    let result = try read(Self.oneChat)
    let replies = result.messages.map(\.replyTo)
    #expect(replies == [nil, "4401/2", "4401/999", "4401/4"])
    #expect(result.messages.allSatisfy { $0.threadRoot == nil })
  }

  @Test func deletedAccountKeepsItsIdWithoutName() throws {
    let result = try read(Self.oneChat)
    let deleted = try #require(result.people.first { $0.id == "user5550003" })
    #expect(deleted.name == nil)
    #expect(result.messages[2].author == "user5550003")
    #expect(result.people.map(\.id) == ["user5550001", "user5550002", "user5550003", "user5550004"])
    #expect(result.people.last?.name == "Zoë Ångström")
  }

  @Test func entityMentionsResolveUserIdsAndKnownUsernamesOnly() throws {
    let result = try read(Self.oneChat)
    #expect(result.messages[1].mentions == ["user5550001"])
    #expect(result.messages[1].text == "ok Olga")
    // `@Dmitri` matches the earlier author whose display name is `dmitri`; `@nobody` is counted and left out.
    #expect(result.messages[2].mentions == ["user5550002"])
    #expect(result.diagnostics.count(of: "unresolved_mention") == 1)
  }

  @Test func reactionsListRecentReactorsAndNoteTheRest() throws {
    let result = try read(Self.oneChat)
    #expect(result.messages[1].reactions == ["user5550001"])
    #expect(result.diagnostics.count(of: "reaction_users_truncated") == 1)
  }

  @Test func fullExportReadsEveryChatOfBothLists() throws {
    let result = try read(Self.fullExport)
    #expect(result.messages.map(\.id) == ["5550002/1", "5550002/2", "7001/1", "7002/1"])
    #expect(result.messages.map(\.channel) == ["Dmitri", "Dmitri", "Ops", "Old"])
    #expect(result.messages[1].replyTo == "5550002/1")
    #expect(result.messages[1].mentions == ["user5550001"])
    #expect(result.people.first == PersonRecord(id: "user5550001", name: "Olga P."))
    #expect(result.people.count == 2)
    #expect(result.skipped.isEmpty)
  }

  @Test func fullExportFromZipIsRead() throws {
    let fixture = try Fixture()
    try fixture.write("Telegram Export/result.json", Self.fullExport)
    let result = try readAll(try fixture.zip("Telegram Export"))
    #expect(result.messages.count == 4)
  }

  @Test func malformedMessageIsSkippedWithItsPosition() throws {
    let text = """
      {"name": "G", "id": 1, "messages": [
       {"id": 1, "type": "message", "date_unixtime": "1", "from_id": "user1", "text": "a"},
       {"id": 2, "type": "message", "date_unixtime": tru, "from_id": "user1"},
       {"id": 3, "type": "message", "date_unixtime": "3", "text": "no author"},
       {"id": 4, "type": "message", "date_unixtime": "4", "from_id": "user1", "text": "d"}
      ]}
      """
    let result = try read(text)
    #expect(result.messages.map(\.id) == ["1/1", "1/4"])
    #expect(result.skippedCounts == ["invalid_json": 1, "missing_author": 1])
    let malformed = try #require(result.skipped.first { $0.reason == "invalid_json" }?.location)
    #expect(malformed.line == 3 && malformed.entry == 2)
    #expect(malformed.column != nil)
  }

  @Test func truncatedFileThrowsWithPosition() throws {
    let text = #"{"name": "G", "id": 1, "messages": [{"id": 1, "type": "message", "date_unixtime": "1"}"#
    let path = try Fixture().write("result.json", text)
    let error = try #require(importError { () throws(ImportError) in try readAll(path) })
    guard case .invalidJSON(_, let line, _, let detail) = error else {
      Issue.record("expected invalidJSON, got \(error)")
      return
    }
    #expect(line == 1 && detail.contains("truncated"))
  }

  @Test func chunkBoundariesAnywhereGiveTheSameMessages() throws {
    let bytes = Array(Self.fullExport.utf8)
    var whole = TelegramStream(ByteStream(bytes: bytes, path: "result.json"))
    var expected: [JSONItem] = []
    while let element = try whole.next() { expected.append(element.item) }
    #expect(expected.count == 4)
    for chunkSize in [1, 2, 7] {
      var stream = TelegramStream(ByteStream(bytes: bytes, path: "result.json", chunkSize: chunkSize))
      var items: [JSONItem] = []
      var chats: [String] = []
      while let element = try stream.next() {
        items.append(element.item)
        chats.append(TelegramMessageParser.channel(element.chat))
      }
      #expect(items == expected)
      #expect(chats == ["Dmitri", "Dmitri", "Ops", "Old"])
      #expect(stream.personalInformation?["username"]?.string == "@olga")
    }
  }

  @Test func rootThatIsNotAnObjectThrows() throws {
    var stream = TelegramStream(ByteStream(bytes: Array("[1, 2]".utf8), path: "result.json"))
    let error = importError { () throws(ImportError) in try stream.next() }
    #expect(error == .invalidJSON(path: "result.json", line: 1, column: 1,
                                  detail: "expected '{' at the start of the file, found '['"))
  }

  @Test func channelPostsAreBotsAndCrossChatRepliesKeepNoLink() throws {
    let text = """
      {"name": "News", "type": "public_channel", "id": 9, "messages": [
       {"id": 1, "type": "message", "date_unixtime": "1", "from": "News", "from_id": "channel9", "text": "post"},
       {"id": 2, "type": "message", "date_unixtime": "2", "from": "Ann", "from_id": "user1",
        "reply_to_message_id": 5, "reply_to_peer_id": "channel77", "text": "re"},
       {"id": 3, "type": "poll_result", "date_unixtime": "3", "from_id": "user1"}
      ]}
      """
    let result = try read(text)
    #expect(result.messages.map(\.isFromBot) == [true, false])
    #expect(result.people.map(\.isBot) == [true, false])
    #expect(result.messages[1].replyTo == nil)
    #expect(result.diagnostics.count(of: "reply_to_other_chat") == 1)
    #expect(result.skippedCounts == ["not_a_message": 1])
  }
}
