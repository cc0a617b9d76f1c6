import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The Discord reader on hand-written DiscordChatExporter files in the shapes of FORMATS.md §5. No real Discord
/// export exists in `../shared/data`, so every case here is an invented fixture.
@Suite struct DiscordReaderTests {
  /// One channel: a bot, a nested reply chain, a reply to a parent outside the file, system messages, a
  /// non-ASCII nickname, mentions (one repeated) and a reaction with and without its users listed.
  static let channel = """
    {
      "guild": {"id": "444", "name": "Crew", "iconUrl": "x.png"},
      "channel": {"id": "555", "type": "GuildTextChat", "name": "général", "topic": null},
      "dateRange": {"after": null, "before": null},
      "exportedAt": "2024-01-06T00:00:00+00:00",
      "messages": [
        {"id": "1", "type": "GuildMemberJoin", "timestamp": "2024-01-05T09:59:00+00:00",
         "author": {"id": "2202", "name": "zoe", "nickname": null, "isBot": false}},
        {"id": "2", "type": "Default", "timestamp": "2024-01-05T10:00:00+00:00", "content": "build broke?",
         "author": {"id": "2200", "name": "kai", "nickname": "Kåi Øster", "isBot": false},
         "mentions": [{"id": "2201", "name": "ria"}, {"id": "2201", "name": "ria"}],
         "reactions": [{"emoji": {"name": "👀"}, "count": 2, "users": [{"id": "2201", "name": "ria"}]}]},
        {"id": "3", "type": "Reply", "timestamp": "2024-01-05T10:00:03.250+00:00", "content": "works now",
         "author": {"id": "2201", "name": "ria", "isBot": false},
         "reference": {"type": "Default", "messageId": "2", "channelId": "555", "guildId": "444"}},
        {"id": "4", "type": "Reply", "timestamp": "2024-01-05T10:01:00+00:00", "content": "thanks",
         "author": {"id": "2200", "name": "kai", "nickname": "Kåi Øster", "isBot": false},
         "reference": {"messageId": "3"}},
        {"id": "5", "type": "Reply", "timestamp": "2024-01-05T10:02:00+00:00", "content": "old thread",
         "author": {"id": "2201", "name": "ria", "isBot": false}, "reference": {"messageId": "999"}},
        {"id": "6", "type": "Default", "timestamp": "2024-01-05T10:03:00+00:00", "content": "CI passed",
         "author": {"id": "9000", "name": "ci-bot", "isBot": true}},
        {"id": "7", "type": "ChannelPinnedMessage", "timestamp": "2024-01-05T10:04:00+00:00",
         "author": {"id": "2200", "name": "kai", "isBot": false}, "reference": {"messageId": "6"}},
        {"id": "8", "type": "SomethingNew", "timestamp": "2024-01-05T10:05:00+00:00",
         "author": {"id": "2200", "name": "kai", "isBot": false}}
      ],
      "messageCount": 8
    }
    """

  private func read(_ text: String, name: String = "Crew - général [555].json") throws -> ReadResult {
    try readAll(try Fixture().write(name, text))
  }

  @Test func jsonExportIsDetectedAndReadsTalkOnly() throws {
    let result = try read(Self.channel)
    #expect(result.messages.map(\.id) == ["2", "3", "4", "5", "6"])
    #expect(result.messages.allSatisfy { $0.channel == "général" })
    // 2024-01-05T10:00:03.250Z: 1704448800 is 2024-01-05T10:00:00Z.
    #expect(result.messages[1].time == Date(timeIntervalSince1970: 1_704_448_803.25))
    // Records read = used + skipped: 8 elements, 5 messages, 3 skipped.
    #expect(result.messages.count + result.skipped.count == 8)
  }

  @Test func repliesAnswerTheirDirectParentEvenWhenMissing() throws {
    let messages = try read(Self.channel).messages
    #expect(messages.map(\.replyTo) == [nil, "2", "3", "999", nil])
    #expect(messages.allSatisfy { $0.threadRoot == nil && $0.replyToAuthor == nil })
  }

  @Test func systemMessageTypesAreSkippedByReason() throws {
    let result = try read(Self.channel)
    #expect(result.skippedCounts == ["guild_member_join": 1, "channel_pinned_message": 1, "something_new": 1])
    #expect(result.skipped.map { $0.location?.entry ?? 0 } == [1, 7, 8])
    // Only the unknown type is worth a note.
    #expect(result.diagnostics.count(of: "unknown_message_type") == 1)
  }

  @Test func botsAreFlaggedOnPersonAndMessage() throws {
    let result = try read(Self.channel)
    #expect(result.people.first { $0.id == "9000" }?.isBot == true)
    #expect(result.messages.first { $0.id == "6" }?.isFromBot == true)
    #expect(result.messages.filter(\.isFromBot).count == 1)
  }

  @Test func peopleAreAnnouncedOnceWithNonASCIINicknames() throws {
    let result = try read(Self.channel)
    #expect(result.people.map(\.id) == ["2200", "2201", "9000"])
    #expect(result.people.map(\.name) == ["Kåi Øster", "ria", "ci-bot"])
    // Each person comes just before their first message.
    guard case .person(let first) = result.records[1] else {
      Issue.record("expected a person record before message 2")
      return
    }
    #expect(first.id == "2200")
  }

  @Test func mentionsAreDistinctAndReactionsNameListedUsers() throws {
    let result = try read(Self.channel)
    let first = try #require(result.messages.first)
    #expect(first.mentions == ["2201"])
    #expect(first.reactions == ["2201"])
    // The 👀 reaction counts 2 but lists 1 user.
    #expect(result.diagnostics.count(of: "reaction_users_truncated") == 1)
  }

  @Test func malformedElementIsSkippedWithItsPosition() throws {
    let text = """
      {"guild": {"id": "1"}, "channel": {"id": "77"},
       "messages": [
        {"id": "1", "type": "Default", "timestamp": "2024-01-05T10:00:00Z", "author": {"id": "a"}},
        {"id": "2", "type": "Default", "timestamp": tru, "author": {"id": "b"}},
        {"id": "3", "type": "Default", "timestamp": "2024-01-05T10:02:00Z", "author": {"id": "c"}}
      ]}
      """
    let result = try read(text, name: "dm.json")
    #expect(result.messages.map(\.id) == ["1", "3"])
    // Without a channel name the channel id names the channel.
    #expect(result.messages.allSatisfy { $0.channel == "77" })
    #expect(result.skippedCounts == ["invalid_json": 1])
    let location = try #require(result.skipped.first?.location)
    #expect(location.line == 4 && location.entry == 2)
    #expect(result.diagnostics.count(of: "invalid_json") == 1)
  }

  @Test func truncatedFileIsAnErrorNamingIt() throws {
    let text = String(Self.channel.prefix(900))
    let path = try Fixture().write("Crew - général [555].json", text)
    let error = try #require(importError { () throws(ImportError) in try readAll(path) })
    guard case .invalidJSON(let path, _, _, _) = error else {
      Issue.record("expected invalidJSON, got \(error)")
      return
    }
    #expect(path.hasSuffix("Crew - général [555].json"))
  }

  /// The older `;` form: no message ids, no reply pointers, `<@id>` mentions only, dates without a zone.
  static let csv = """
    AuthorID;Author;Date;Content;Attachments;Reactions;
    2200;kai#0001;05-Jan-24 10:00 AM;"build broke?; <@2201> <@!2201>";;👀 (2);
    2201;ria#0002;05-Jan-24 12:01 PM;works now;;;
    2201;ria#0002;not a date;lost;;;
    ;ghost;05-Jan-24 12:02 PM;no author;;;

    """

  @Test func csvHasNoReplyPointersAndReadsMentions() throws {
    let result = try read(Self.csv, name: "Crew - general [555].csv")
    #expect(result.messages.map(\.id) == ["Crew - general [555]/2", "Crew - general [555]/3"])
    #expect(result.messages.allSatisfy { $0.replyTo == nil && $0.reactions.isEmpty })
    #expect(result.messages.first?.mentions == ["2201"])
    #expect(result.people.map(\.name) == ["kai#0001", "ria#0002"])
    // 05-Jan-24 10:00 AM read as UTC is 1704448800; 12:01 PM is 7,260 s later.
    #expect(result.messages.compactMap(\.time) == [
      Date(timeIntervalSince1970: 1_704_448_800), Date(timeIntervalSince1970: 1_704_456_060),
    ])
    #expect(result.skippedCounts == ["invalid_timestamp": 1, "missing_author": 1])
    #expect(result.skipped.map { $0.location?.line ?? 0 } == [4, 5])
    #expect(ExportFormat.discord.replyNote?.contains("no message ids or reply pointers") == true)
  }

  @Test func commaCSVWithISODatesIsDetected() throws {
    let text = "AuthorID,Author,Date,Content,Attachments,Reactions\n"
      + "2200,kai,2024-01-05T10:00:00.000+01:00,hi <@2201>,,\n"
    let result = try read(text, name: "general.csv")
    #expect(result.messages.map(\.channel) == ["general"])
    #expect(result.messages.first?.time == Date(timeIntervalSince1970: 1_704_445_200))
    #expect(result.messages.first?.mentions == ["2201"])
  }

  @Test func folderOfChannelFilesReadsEachAndNotesOthers() throws {
    let fixture = try Fixture()
    try fixture.write("export/Crew - général [555].json", Self.channel)
    try fixture.write("export/Crew - random [556].csv", Self.csv)
    try fixture.write("export/notes.json", "{\"title\": \"not discord\"}")
    let result = try readAll(fixture.path("export"))
    #expect(result.messages.count == 7)
    #expect(Set(result.messages.compactMap(\.channel)) == ["général", "Crew - random [556]"])
    #expect(result.diagnostics.count(of: "not_a_discord_export") == 1)
    // Authors are announced once across files.
    #expect(result.people.map(\.id) == ["2200", "2201", "9000"])
  }
}
