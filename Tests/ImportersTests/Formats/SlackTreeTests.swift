import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Slack API dumps beyond the standard export (FORMATS.md §1, end): pages, thread files, `users/<id>.json`,
/// plain `{id: name}` directories, deduplication by channel and `ts`.
@Suite struct SlackTreeTests {
  /// slack-haskell-jp's layout: `.users.json`, `<channel>/<page>.json`, `<channel>/<page>/<thread_ts>.json`.
  static func writeHaskellJPStyle(_ fixture: Fixture) throws -> String {
    try fixture.write("dump/README.md", "not JSON")
    try fixture.write("dump/docs/json/.users.json", #"{"U1": "Ann", "U2": "", "USLACKBOT": "slackbot"}"#)
    try fixture.write("dump/docs/json/.timestamps.json", #"{"C1": "3.000003"}"#)
    try fixture.write("dump/docs/json/C1/1.json", """
      [{"ts": "1.000001", "user": "U1", "text": "question <@U2>", "type": "message"},
       {"ts": "2.000002", "user": "U2", "text": "answer, also shown in the channel", "type": "message"}]
      """)
    try fixture.write("dump/docs/json/C1/2.json", """
      {"ok": true, "messages": [{"ts": "3.000003", "user": "U2", "text": "later", "type": "message"},
        {"ts": "4.000004", "user": "U1", "text": "bad", "type": "message",}], "has_more": false}
      """)
    try fixture.write("dump/docs/json/C1/1/1.000001.json", """
      [{"ts": "1.000001", "user": "U1", "text": "question <@U2>", "type": "message"},
       {"ts": "2.000002", "user": "U2", "text": "answer, also shown in the channel", "type": "message"},
       {"ts": "2.500000", "user": "U1", "text": "thanks", "type": "message"}]
      """)
    return fixture.path("dump")
  }

  @Test func apiDumpTreeIsDetectedAndReadWithThreadsFromThreadFiles() throws {
    let result = try readAll(Self.writeHaskellJPStyle(Fixture()))
    #expect(result.people.map(\.id) == ["U1", "U2", "USLACKBOT"])
    #expect(result.people.map(\.name) == ["Ann", nil, "slackbot"])
    #expect(result.people.map(\.isBot) == [false, false, true])
    let reply = result.messages.first { $0.id == "C1/2.000002" }
    #expect(reply?.replyTo == "C1/1.000001")
    #expect(reply?.replyToAuthor == "U1")
    #expect(result.messages.first { $0.id == "C1/1.000001" }?.threadRoot == "C1/1.000001")
    #expect(result.messages.first { $0.id == "C1/1.000001" }?.replyTo == nil)
    #expect(result.messages.first { $0.id == "C1/2.500000" }?.replyTo == "C1/1.000001")
  }

  @Test func duplicatesAreCountedOnceAndMalformedElementsSkippedWithPosition() throws {
    let path = try Self.writeHaskellJPStyle(Fixture())
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "slack")
    // 3 thread-file messages + 2 + 2 page messages; the root and the reply appear twice.
    #expect(input.recordsRead == 7)
    #expect(input.recordsUsed == 4)
    #expect(input.recordsSkipped == ["duplicate": 2, "invalid_json": 1])
    #expect(input.reconciles)
    // Replies: U2→U1; U1 thanking in their own thread is a self-interaction. Mentions: U1→U2.
    #expect(corpus.interactionCounts[.reply] == 1)
    #expect(corpus.interactionCounts[.mention] == 1)
    #expect(corpus.diagnostics.count(of: "self_interaction") == 1)
    let example = corpus.diagnostics.kinds.first { $0.kind == "invalid_json" }?.examples.first
    #expect(example?.location == SourceLocation(path: path + "/docs/json/C1/2.json", line: 2, column: 69, entry: 2))
  }

  @Test func usersInfoFilesAndChannelFilesInTheRoot() throws {
    let fixture = try Fixture()
    try fixture.write(
      "dump/users/U1.json", #"{"ok": true, "user": {"id": "U1", "real_name": "Ann", "profile": {"title": "CTO"}}}"#)
    try fixture.write("dump/users/U2.json", #"{"id": "U2", "name": "bob"}"#)
    try fixture.write("dump/C9.json", """
      {"channel_id": "C9", "messages": [{"type": "message", "user": "U2", "text": "hi <@U1>", "ts": "5.000001",
        "thread_ts": "4.000001", "parent_user_id": "U1"}]}
      """)
    let result = try readAll(fixture.path("dump"))
    #expect(result.people.map(\.id) == ["U1", "U2"])
    #expect(result.people.first?.title == "CTO")
    #expect(result.messages.map(\.id) == ["C9/5.000001"])
    #expect(result.messages.first?.replyToAuthor == "U1")
  }

  @Test func timestampNamesAndSniffing() {
    #expect(SlackTree.isTimestamp("1644881915.957309"))
    #expect(!SlackTree.isTimestamp("2016-01-04") && !SlackTree.isTimestamp("1.") && !SlackTree.isTimestamp("12"))
    #expect(SlackTree.hasTimestampMember(Array("[\n {\n  \"ts\" : \"1509361120.000261\"".utf8)))
    #expect(!SlackTree.hasTimestampMember(Array(#"[{"ts": 12}, {"other": "1.2"}]"#.utf8)))
  }
}
