import ConversationModel
import Foundation
import Testing

@testable import Importers

/// `MattermostLineScanner` against the definition, the `JSONValue` parse of each line (`scansLines` false): the
/// same records and diagnostics, positions included, for plain, unusual and malformed lines.
@Suite struct MattermostLineScannerTests {
  static let users = [
    #"{"type":"user","user":{"username":"alee","first_name":"Ana","last_name":"Lee"}}"#,
    #"{"type":"user","user":{"username":"bkim","nickname":"Bo"}}"#,
  ]

  /// One line each, read after `users`; hand-written for each case named beside it.
  static let cases: [String] = [
    // Escapes in member names and values, unicode escapes with a surrogate pair.
    #"{"ty\u0070e":"post","po\u0073t":{"us\u0065r":"AL\u0045E","message":"say \"@bkim\" \u00e9 \ud83d\ude80 @alee\n","#
      + #""create_at":1714550400000}}"#,
    #"{"type":"user","user":{"user\u006eame":"Esc","first_name":"\u00c7a\u011fla","position":"A\tB"}}"#,
    // Unknown members at every level, with nested containers and literals.
    #"{"type":"post","extra":{"a":[1,{"b":null}],"c":true},"post":{"x":[[],{}],"user":"alee","create_at":1,"#
      + #""props":{"other":{"from_bot":true},"from_webhook":"TRUE"},"reactions":[{"emoji":"+1","user":"bkim"}],"#
      + #""replies":[{"user":"bkim","create_at":2,"message":"ok","team":"ignored","replies":[{"user":"alee"}]}]}}"#,
    // Nested replies: a reply's own replies are not read; a reply that is not an object is skipped.
    #"{"type":"post","post":{"user":"alee","create_at":1,"replies":[{"user":"bkim","create_at":2},3,"#
      + #"{"user":"","create_at":4},{"user":"bkim"},[{"user":"alee","create_at":5}]]}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":1,"replies":null,"reactions":{"user":"bkim"}}}"#,
    // Repeated members: the first one counts.
    #"{"type":"post","type":"user","post":{"user":"alee","user":"bkim","create_at":1,"create_at":"x"},"post":{}}"#,
    #"{"type":"post","post":{"user":7,"user":"bkim","create_at":1}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":1,"props":{"from_bot":false,"from_bot":true}}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":1,"reactions":[{"user":1,"user":"bkim"},7,null,"#
      + #"{"user":" alee "},{"user":""}]}}"#,
    // The type after its member, a type that is not a string, no type, unknown and directory types.
    #"{"post":{"user":"alee","create_at":1},"type":"post"}"#,
    #"{"type":1,"post":{}}"#,
    #"{"post":{"user":"alee","create_at":1}}"#,
    #"{"type":"bookmark","bookmark":{}}"#,
    #"{"type":"channel","channel":{"team":"eng","name":"infra"},"user":5}"#,
    // Timestamps as strings, null, objects, fractions, exponents; missing.
    #"{"type":"post","post":{"user":"alee","create_at":"1714550400000"}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":null}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":{"ms":1}}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":-1.5e3}}"#,
    #"{"type":"post","post":{"user":"alee","message":"no time"}}"#,
    // Channels: team and channel kinds, direct members with non-strings.
    #"{"type":"post","post":{"team":"","channel":" infra ","user":"alee","create_at":1}}"#,
    #"{"type":"post","post":{"team":5,"channel":null,"user":"alee","create_at":1}}"#,
    #"{"type":"direct_post","direct_post":{"channel_members":["bkim",1,"alee",null],"user":"bkim","create_at":1}}"#,
    #"{"type":"direct_post","direct_post":{"channel_members":"bkim","user":"bkim","create_at":1,"props":[]}}"#,
    // Members missing or of the wrong kind.
    #"{"type":"post","post":[1]}"#,
    #"{"type":"post"}"#,
    #"{"type":"user","user":"alee"}"#,
    #"{"type":"user","user":{"username":"  ","email":"x@y"}}"#,
    #"{"type":"user","user":{"username":"Cfox","first_name":3,"nickname":"Cf","email":" c@x ","position":null}}"#,
    // Malformed lines, with positions.
    #"{"type":"post","post":{"user":"alee","create_at":1}} x"#,
    #"{"type":"post","post":{"user":"alee","create_at":01}}"#,
    #"{"type":"post","post":{"user":"alee","message":"bad \q","create_at":1}}"#,
    #"{"type":"post","post":{"user":"alee","message":"lone \ud800","create_at":1}}"#,
    "{\"type\":\"post\",\"post\":{\"user\":\"alee\",\"message\":\"tab\traw\",\"create_at\":1}}",
    #"{"type":"post","post":{"user":"alee","create_at":1,"replies":[{"user":"bkim",}]}}"#,
    #"{"type":"post","post":{"user":"alee","create_at":1}"#,
    #"{"type":"post","post":{"user":"alee","create_at":1,"x":"#
      + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}}",
    #"[1,2]"#,
    #"{}"#,
    #"  {"type" : "post" , "post" : { "user" : "alee" , "create_at" : 1 } }  "#,
    "",
  ]

  private func read(_ text: [UInt8], scans: Bool, chunkSize: Int = ByteStream.defaultChunkSize) throws -> ReadResult {
    var reader = MattermostReader(
      stream: ByteStream(bytes: text, path: "export.jsonl", chunkSize: chunkSize), path: "export.jsonl")
    reader.scansLines = scans
    var result = ReadResult()
    while let record = try reader.next(diagnostics: &result.diagnostics) { result.records.append(record) }
    return result
  }

  private func expectSame(_ lines: [String], chunkSize: Int = ByteStream.defaultChunkSize) throws {
    try expectSame(Array((lines.joined(separator: "\n") + "\n").utf8), chunkSize: chunkSize)
  }

  private func expectSame(_ text: [UInt8], chunkSize: Int = ByteStream.defaultChunkSize) throws {
    let scanned = try read(text, scans: true, chunkSize: chunkSize)
    let parsed = try read(text, scans: false)
    #expect(scanned.records == parsed.records)
    #expect(scanned.diagnostics == parsed.diagnostics)
  }

  @Test(arguments: cases) func eachLineGivesTheParsedLinesRecords(line: String) throws {
    try expectSame(Self.users + [line])
  }

  @Test func linesWithoutListedUsersGiveTheSameRecords() throws {
    try expectSame(Self.cases)
  }

  @Test(arguments: [1, 7, 64 * 1024]) func theReaderFixtureGivesTheSameRecords(chunkSize: Int) throws {
    try expectSame(MattermostReaderTests.lines, chunkSize: chunkSize)
    try expectSame(Self.users + Self.cases, chunkSize: chunkSize)
  }

  @Test func invalidUTF8InAValueOrAnUnusedMemberIsTheParsersFailure() throws {
    let head = Array(#"{"type":"post","post":{"user":"alee","create_at":1,"message":"a"#.utf8)
    for bad: [UInt8] in [[0xC3], [0xFF], [0xED, 0xA0, 0x80]] {
      let value = head + bad + Array(#""}}"#.utf8)
      let member = Array(#"{"type":"post","post":{"user":"alee","create_at":1,"x"#.utf8) + bad
        + Array(#"":1}}"#.utf8)
      for line in [value, member] {
        try expectSame(Array((Self.users.joined(separator: "\n") + "\n").utf8) + line + [0x0A])
        #expect(line.withUnsafeBufferPointer(MattermostLineScanner.scan) == nil)
      }
    }
  }

  @Test func plainLinesAreScannedAndUnusualOnesLeftToTheParser() {
    func scans(_ line: String) -> Bool {
      Array(line.utf8).withUnsafeBufferPointer { MattermostLineScanner.scan($0) } != nil
    }
    #expect(scans(Self.cases[0]))
    #expect(scans(Self.cases[2]))
    #expect(scans(#"{"type":"version","version":1}"#))
    #expect(MattermostReaderTests.lines.filter(scans).count == 10)
    #expect(!scans(#"{"post":{"user":"alee","create_at":1},"type":"post"}"#))
    #expect(!scans(#"{"type":"post","post":{"user":"alee","replies":[1]}}"#))
    #expect(!scans(#"{"type":"bookmark","bookmark":{}}"#))
    #expect(!scans(""))
  }

  @Test func scannedFieldsAreTheMembersValues() throws {
    let line = Array(Self.cases[2].utf8)
    guard case .post(let post, let isPrivate) = line.withUnsafeBufferPointer(MattermostLineScanner.scan) else {
      Issue.record("the line was not scanned")
      return
    }
    #expect(!isPrivate)
    #expect(post.post.author == "alee")
    #expect(post.post.createAt == .number(1))
    #expect(post.post.isFromBot)
    #expect(post.post.reactions == ["bkim"])
    #expect(post.replies.count == 1)
    #expect(post.replies.first??.message == "ok")
    #expect(post.team == nil)
  }
}
