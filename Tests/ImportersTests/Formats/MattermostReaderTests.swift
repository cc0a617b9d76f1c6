import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Mattermost bulk exports (FORMATS.md §4). No real Mattermost export exists in /work/shared/data, so every
/// fixture here is hand-written in the bulk format's shape: one `{"type": X, X: {…}}` object per line.
@Suite struct MattermostReaderTests {
  /// `lines` joined by `separator` (and ended by a line break), read by `MattermostReader` in chunks of `chunkSize`.
  static func records(separator: String, chunkSize: Int) throws -> ReadResult {
    let text = lines.joined(separator: separator) + "\n"
    var reader = MattermostReader(
      stream: ByteStream(bytes: Array(text.utf8), path: "export.jsonl", chunkSize: chunkSize), path: "export.jsonl")
    var result = ReadResult()
    while let record = try reader.next(diagnostics: &result.diagnostics) { result.records.append(record) }
    return result
  }

  static let lines: [String] = [
    #"{"type":"version","version":1}"#,
    #"{"type":"team","team":{"name":"eng","display_name":"Engineering"}}"#,
    #"{"type":"channel","channel":{"team":"eng","name":"infra","type":"O"}}"#,
    #"{"type":"user","user":{"username":"alee","email":"alee@corp.example","first_name":"Ana","last_n"#
      + #"ame":"Lee","position":"Staff Engineer"}}"#,
    #"{"type":"user","user":{"username":"bkim","email":"bkim@corp.example","nickname":"Bo","position""#
      + #":"Engineering Manager","delete_at":1700000000000}}"#,
    #"{"type":"user","user":{"username":"cfox","first_name":"Çağla","last_name":"Föx"}}"#,
    "",
    #"{"type":"post","post":{"team":"eng","channel":"infra","user":"alee","message":"deploy at 5? cc "#
      + #"@bkim @here mail me at x@alee.dev","create_at":1714550400000,"replies":[{"user":"bkim","message"#
      + #"":"@alee yes","create_at":1714550460000},{"user":"cfox","message":"ok, @alee.","create_at":1714"#
      + #"550470000},{"message":"no user","create_at":1714550480000}],"reactions":[{"user":"cfox","emoji_"#
      + #"name":"+1","create_at":1714550500000}]}}"#,
    #"{"type":"direct_channel","direct_channel":{"members":["alee","bkim"]}}"#,
    #"{"type":"direct_post","direct_post":{"channel_members":["bkim","alee"],"user":"bkim","message":"#
      + #""psst @nobody","create_at":1714551000000}}"#,
    #"{"type":"post","post":{"team":"eng","channel":"infra","user":"alee","message":"broken"#,
    #"{"type":"bookmark","bookmark":{}}"#,
    #"{"type":"post","post":{"team":"eng","channel":"infra","user":"bot1","message":"build green","cr"#
      + #"eate_at":1714552000000,"props":{"from_bot":"true"}}}"#,
    #"[1,2]"#,
  ]

  private func read(_ fixture: Fixture) throws -> (ReadResult, String) {
    let path = try fixture.write("export.jsonl", Self.lines.joined(separator: "\n") + "\n")
    return (try readAll(path), path)
  }

  @Test func usersBecomePeopleWithPositions() throws {
    let (result, path) = try read(try Fixture())
    #expect(result.people.map(\.id) == ["alee", "bkim", "cfox"])
    #expect(result.people.map(\.name) == ["Ana Lee", "Bo", "Çağla Föx"])
    #expect(result.people.map(\.title) == ["Staff Engineer", "Engineering Manager", nil])
    #expect(result.people[0].email == "alee@corp.example")
    #expect(result.people[0].location == SourceLocation(path: path, line: 4))
  }

  @Test func repliesAnswerTheRootAndMentionsAreKnownUsernames() throws {
    let (result, path) = try read(try Fixture())
    let messages = result.messages
    #expect(messages.map(\.id) == ["L8", "L8.1", "L8.2", "L10", "L13"])
    #expect(messages.map(\.replyTo) == [nil, "L8", "L8", nil, nil])
    #expect(messages[0].mentions == ["bkim"])
    #expect(messages[1].mentions == ["alee"])
    #expect(messages[2].mentions == ["alee"])
    #expect(messages[0].reactions == ["cfox"])
    #expect(messages[0].channel == "eng/infra")
    #expect(messages[0].time == Date(timeIntervalSince1970: 1_714_550_400))
    #expect(messages[2].location == SourceLocation(path: path, line: 8, entry: 2))
    #expect(messages[4].isFromBot)
  }

  @Test func directPostsArePrivate() throws {
    let (result, _) = try read(try Fixture())
    let direct = try #require(result.messages.first { $0.id == "L10" })
    #expect(direct.isPrivate)
    #expect(direct.channel == "direct:alee,bkim")
    #expect(direct.mentions.isEmpty)
    #expect(result.diagnostics.count(of: "unknown_mention") == 1)
    #expect(result.messages.filter(\.isPrivate).count == 1)
  }

  @Test func malformedLinesAndUnknownTypesAreSkippedWithPositions() throws {
    let (result, path) = try read(try Fixture())
    #expect(result.skipped.map(\.reason) == ["missing_author", "malformed_line", "unknown_type", "malformed_line"])
    #expect(result.skipped.map { $0.location?.line } == [8, 11, 12, 14])
    #expect(result.skipped[0].location == SourceLocation(path: path, line: 8, entry: 3))
    let malformed = try #require(result.diagnostics.kinds.first { $0.kind == "malformed_line" }?.examples.first)
    #expect(malformed.location?.path == path)
    // The line is cut short inside the string "broken": the error sits at that string's opening quote.
    #expect(malformed.location?.column == Self.lines[10].utf8.count - "broken".utf8.count)
    #expect(malformed.message.contains("unterminated string"))
    #expect(result.diagnostics.kinds.first { $0.kind == "unknown_type" }?.examples.first?.value == "bookmark")
  }

  @Test func countsReconcileInTheCorpus() throws {
    let fixture = try Fixture()
    let path = try fixture.write("export.jsonl", Self.lines.joined(separator: "\n"))
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "mattermost")
    #expect(input.recordsRead == 9)
    #expect(input.recordsUsed == 5)
    #expect(input.recordsSkipped == ["missing_author": 1, "malformed_line": 2, "unknown_type": 1])
    #expect(corpus.privateMessageCount == 1)
    // Replies bkim → alee, cfox → alee; mentions alee → bkim, bkim → alee, cfox → alee; reaction cfox → alee.
    #expect(corpus.interactionCounts == [.reply: 2, .mention: 3, .reaction: 1, .message: 0])
  }

  @Test func zipHoldingTheJSONLIsDetected() throws {
    let fixture = try Fixture()
    try fixture.write("bulk/export.jsonl", Self.lines.joined(separator: "\n"))
    try fixture.write("bulk/data/attachment.txt", "not read")
    let result = try readAll(try fixture.zip("bulk"))
    #expect(result.messages.count == 5)
  }

  @Test func mentionTokensSkipEmailAddresses() {
    #expect(MattermostPostParser.mentionTokens(in: "@Ann hi a@b.com (@bo_x) @@cy @") == ["ann", "bo_x", "cy"])
  }

  @Test func fromNamesTheFormatForAFileWithoutTheVersionLine() throws {
    let fixture = try Fixture()
    let path = try fixture.write("posts.txt", Self.lines[7] + "\n")
    #expect(try readAll(path).messages.count == 3)
    var options = ImportOptions()
    options.format = .mattermost
    #expect(try readAll(path, options: options).messages.count == 3)
  }
}
