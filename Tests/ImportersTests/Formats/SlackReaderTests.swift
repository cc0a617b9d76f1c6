import ConversationModel
import Foundation
import Testing

@testable import Importers

@Suite struct SlackReaderTests {
  static let users = """
    [{"id":"U1","name":"ann","real_name":"Ann Lee","profile":{"email":"ann@x.org","title":"Director"}},
     {"id":"U2","name":"bob","profile":{"real_name":"Bob Roe"}},
     {"id":"U3","name":"carl","profile":{}},
     {"id":"B9","name":"deploybot","is_bot":true,"profile":{}},
     {"name":"no id"}]
    """
  static let general = """
    [{"type":"message","user":"U1","text":"Root <@U2> and <@U3|carl>","ts":"1704200000.000100",
      "thread_ts":"1704200000.000100","reply_count":2,
      "reactions":[{"name":"+1","users":["U2","U3"],"count":2},{"name":"tada","users":["U2"],"count":3}]},
     {"type":"message","user":"U2","text":"reply","ts":"1704200100.000200","thread_ts":"1704200000.000100",
      "parent_user_id":"U1"},
     {"type":"message","subtype":"thread_broadcast","user":"U3","text":"broadcast","ts":"1704200200.000300",
      "thread_ts":"1704200000.000100","parent_user_id":"U1",
      "blocks":[{"type":"rich_text","elements":[{"type":"rich_text_section",
        "elements":[{"type":"user","user_id":"U2"},{"type":"text","text":" hi"}]}]}]},
     {"type":"message","user":"U2","text":"answer to a lost root","ts":"1704200300.000400",
      "thread_ts":"1704100000.000001","parent_user_id":"U3"},
     {"type":"message","subtype":"channel_join","user":"U3","text":"<@U3> has joined","ts":"1704200400.000500"},
     {"type":"message","subtype":"message_changed","message":{"user":"U1","text":"edited","ts":"1704200000.000100"},
      "ts":"1704200500.000600"},
     {"type":"message","subtype":"bot_message","bot_id":"B9","username":"deploybot","text":"deployed",
      "ts":"1704200600.000700"},
     {"type":"message","user":"U1","text":"thanks bot","ts":"1704200700.000800","thread_ts":"1704200600.000700",
      "parent_user_id":"B9"},
     {"type":"message","subtype":"file_share","user":"U2",
      "text":"<@U2|bob> uploaded a file: <https://x|plot.png> for <@U1>","ts":"1704200800.000900"},
     {"type":"message","subtype":"file_comment","text":"<@U3|carl> commented on U2's file",
      "comment":{"user":"U3","comment":"nice <@U1>"},"file":{"user":"U2"},"ts":"1704200900.001000"},
     {"type":"message","subtype":"weird_new_thing","user":"U1","ts":"1704201000.001100"},
     {"type":"message","text":"no author","ts":"1704201100.001200"},
     "not an object"]
    """

  /// The export above plus a `random` folder that channels.json does not list.
  static func writeExport(_ fixture: Fixture) throws -> String {
    try fixture.write("export/users.json", users)
    try fixture.write("export/channels.json", #"[{"id":"C1","name":"general"}]"#)
    try fixture.write("export/general/2024-01-02.json", general)
    try fixture.write(
      "export/random/2024-01-03.json", #"[{"type":"message","user":"U3","text":"hi","ts":"1704200000.000100"}]"#)
    return fixture.path("export")
  }

  private func message(_ result: ReadResult, _ id: String) -> MessageRecord? {
    result.messages.first { $0.id == id }
  }

  @Test func peopleComeFirstWithBotsMarked() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    #expect(result.people.map(\.id) == ["U1", "U2", "U3", "B9"])
    #expect(result.records.prefix(4).allSatisfy { if case .person = $0 { true } else { false } })
    #expect(result.people.map(\.isBot) == [false, false, false, true])
    #expect(result.people[0].name == "Ann Lee" && result.people[0].email == "ann@x.org")
    #expect(result.people[0].title == "Director")
    #expect(result.people[1].name == "Bob Roe")
    #expect(result.diagnostics.count(of: "invalid_user") == 1)
  }

  @Test func everyMessageObjectIsYieldedOnceAsMessageOrSkipped() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    #expect(result.messages.count == 9)
    #expect(result.skippedCounts == [
      "channel_join": 1, "message_changed": 1, "weird_new_thing": 1, "missing_author": 1, "malformed_message": 1,
    ])
    #expect(result.diagnostics.count(of: "unknown_subtype") == 1)
    #expect(result.diagnostics.count(of: "unlisted_channel_folder") == 1)
    #expect(Set(result.messages.map(\.id)).count == 9)
  }

  @Test func threadsAreFlatAndAMissingRootStillAnswersItsAuthor() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    let root = "general/1704200000.000100"
    #expect(message(result, root)?.replyTo == nil)
    #expect(message(result, root)?.threadRoot == root)
    #expect(message(result, "general/1704200100.000200")?.replyTo == root)
    #expect(message(result, "general/1704200100.000200")?.replyToAuthor == "U1")
    let lost = message(result, "general/1704200300.000400")
    #expect(lost?.replyTo == "general/1704100000.000001")
    #expect(lost?.replyToAuthor == "U3")
  }

  @Test func threadBroadcastIsOneReply() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    let broadcasts = result.messages.filter { $0.id == "general/1704200200.000300" }
    #expect(broadcasts.count == 1)
    #expect(broadcasts.first?.replyTo == "general/1704200000.000100")
    let dayFile = fixturePath(result) + "/general/2024-01-02.json"
    #expect(broadcasts.first?.location == SourceLocation(path: dayFile, entry: 3))
  }

  @Test func broadcastListedInTheThreadAndTheChannelCountsOnce() throws {
    let fixture = try Fixture()
    let root = #"{"type":"message","user":"U1","text":"q","ts":"1.000001","thread_ts":"1.000001"}"#
    let broadcast = #"{"type":"message","subtype":"thread_broadcast","user":"U2","text":"a","ts":"2.000001","#
      + #""thread_ts":"1.000001","parent_user_id":"U1"}"#
    try fixture.write("export/general/2024-01-02.json", "[\(root),\(broadcast),\(broadcast)]")
    let corpus = try CorpusLoader.load([fixture.path("export")], options: ImportOptions())
    #expect(corpus.interactionCounts[.reply] == 1)
    #expect(corpus.inputs.first?.recordsSkipped == ["duplicate": 1])
    #expect(corpus.inputs.first?.reconciles == true)
  }

  @Test func mentionsFromBothTextSyntaxesAndBlocks() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    #expect(message(result, "general/1704200000.000100")?.mentions == ["U2", "U3"])
    #expect(message(result, "general/1704200200.000300")?.mentions == ["U2"])
    #expect(SlackMentions.textMentions("<@U1> <@W2|x> <!here> <@U1>") == ["U1", "W2", "U1"])
    #expect(SlackMentions.ids(text: "<@U1> <@U1|ann>", blocks: nil) == ["U1"])
  }

  @Test func reactionsListEachUserAndTruncationIsNoted() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    #expect(message(result, "general/1704200000.000100")?.reactions == ["U2", "U3", "U2"])
    #expect(result.diagnostics.count(of: "reaction_users_truncated") == 1)
  }

  @Test func botMessagesAndFiles() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    let bot = message(result, "general/1704200600.000700")
    #expect(bot?.author == "B9")
    #expect(bot?.isFromBot == true)
    let share = message(result, "general/1704200800.000900")
    #expect(share?.author == "U2" && share?.mentions == ["U1"])
    let comment = message(result, "general/1704200900.001000")
    #expect(comment?.author == "U3")
    #expect(comment?.text == "nice <@U1>")
    #expect(comment?.mentions == ["U1"])
    #expect(comment?.replyToAuthor == "U2")
  }

  @Test func editsDoNotCreateMessages() throws {
    let result = try readAll(Self.writeExport(Fixture()))
    #expect(result.messages.filter { $0.text == "edited" }.isEmpty)
    #expect(result.messages.filter { $0.id == "general/1704200000.000100" }.count == 1)
  }

  @Test func corpusCountsInteractionsOfTheFixture() throws {
    let path = try Self.writeExport(Fixture())
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    // Replies: U2→U1, U3→U1 (broadcast), U2→U3 (lost root), U3→U2 (file comment); U1→B9 is a bot interaction.
    // Mentions: U1→U2, U1→U3, U3→U2, U2→U1, U3→U1. Reactions: U2→U1, U3→U1, U2→U1.
    #expect(corpus.interactionCounts == [.reply: 4, .mention: 5, .reaction: 3, .message: 0])
    #expect(corpus.diagnostics.count(of: "bot_interaction") == 1)
    #expect(corpus.inputs.map(\.format) == ["slack"])
    #expect(corpus.inputs.first?.recordsRead == 14)
    #expect(corpus.inputs.first?.recordsUsed == 9)
    #expect(corpus.inputs.first?.reconciles == true)
  }

  @Test func zippedExportReadsTheSameWithArchiveLocations() throws {
    let fixture = try Fixture()
    _ = try Self.writeExport(fixture)
    let archive = try fixture.zip("export")
    let zipped = try readAll(archive)
    let folder = try readAll(fixture.path("export"))
    #expect(zipped.messages.map(\.id) == folder.messages.map(\.id))
    #expect(zipped.skippedCounts == folder.skippedCounts)
    let dayFile = archive + "!export/general/2024-01-02.json"
    #expect(zipped.messages.first?.location == SourceLocation(path: dayFile, entry: 1))
  }

  @Test func invalidJSONInADayFileNamesTheFile() throws {
    let fixture = try Fixture()
    try fixture.write("export/users.json", "[]")
    let day = try fixture.write("export/general/2024-01-02.json", "[{\"ts\": }")
    guard case .invalidJSON(let path, _, _, _) = importError({ () throws(ImportError) in
      try readAll(fixture.path("export"))
    }) else {
      Issue.record("expected invalidJSON")
      return
    }
    #expect(path == day)
  }

  /// The member filter (`SlackMessageParser.usedMembers`) keeps what the parser reads: a mention nested deeper
  /// than its `blockFilterDepth` levels of `elements`, padded author ids (trimmed), and skipped members with
  /// escapes and non-ASCII text; text mention ids are letters and digits, ASCII or not.
  @Test func filteredMembersKeepDeepBlockMentionsAndTrimmedAuthors() throws {
    let fixture = try Fixture()
    try fixture.write("export/users.json", "[]")
    let depth = SlackMessageParser.blockFilterDepth + 3
    let deep = String(repeating: "{\"type\":\"rich_text\",\"elements\":[", count: depth)
      + "{\"type\":\"user\",\"user_id\":\"U7\"}" + String(repeating: "]}", count: depth)
    try fixture.write("export/general/2024-01-02.json", """
      [{"type":"message","user":" U1 ","text":"<@\\u00c91> <@U-2> <@U3>","ts":"1704200000.000100",
        "user_profile":{"real_name":"Ann \\\"Lee\\\" café"},"blocks":[\(deep)]},
       {"type":"message","user":"U2","ts":"1704200100.000200","thread_ts":"1704200000.000100",
        "parent_user_id":"U1\\t","client_msg_id":"x"}]
      """)
    let result = try readAll(fixture.path("export"))
    #expect(message(result, "general/1704200000.000100")?.author == "U1")
    #expect(message(result, "general/1704200000.000100")?.mentions == ["É1", "U3", "U7"])
    #expect(message(result, "general/1704200100.000200")?.replyToAuthor == "U1")
  }

  private func fixturePath(_ result: ReadResult) -> String {
    String(result.people.first?.location?.path.dropLast("/users.json".count) ?? "")
  }
}
