import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The byte-level fast paths of the Mattermost and WhatsApp readers against the definitions they replace: the
/// member filter against whole lines, the byte scan for `@username` against the `Character` scan, the mark
/// stripping and the participant index against the plain `String` forms, and the records against chunking
/// (1, 2, 7 bytes and 64 KiB).
@Suite struct LineReaderFastPathTests {
  /// Every Mattermost fixture line read with the member filter gives the records of the line built whole.
  @Test func mattermostMemberFilterKeepsEveryRecord() throws {
    let extra = #"{"type":"post","post":{"team":"eng","channel":"infra","user":" alee ","message":"x @bkim","c"#
      + #"reate_at":"1714550400000","edit_at":0,"flagged_by":["alee"],"props":{"from_webhook":true,"x":[1]},"r"#
      + #"eplies":[{"user":"bkim","message":"y","create_at":1,"props":{"from_bot":"TRUE"},"reactions":[{"u"#
      + #"ser":"CFOX","emoji_name":"+1"}],"attachments":[{"a":{"b":[]}}]},7],"reactions":[{"user":"bkim"}]}}"#
    let parser = MattermostPostParser(path: "export.jsonl", knownUsers: ["alee", "bkim", "cfox"])
    for (offset, line) in (MattermostReaderTests.lines + [extra]).enumerated() {
      let bytes = ArraySlice(Array(line.utf8))
      let whole = MattermostLines.parse(bytes)
      let filtered = MattermostLines.parse(bytes, members: MattermostLines.usedMembers)
      guard case .success(let wholeValue) = whole, case .success(let filteredValue) = filtered else {
        #expect(whole.failure == filtered.failure, "line \(offset + 1)")
        continue
      }
      #expect(wholeValue["type"] == filteredValue["type"])
      guard let type = wholeValue["type"]?.string, MattermostLines.contentTypes.contains(type) else { continue }
      var wholeLog = DiagnosticLog()
      var filteredLog = DiagnosticLog()
      let expected = parser.records(wholeValue, type: type, line: offset + 1, diagnostics: &wholeLog)
      #expect(parser.records(filteredValue, type: type, line: offset + 1, diagnostics: &filteredLog) == expected)
      #expect(filteredLog == wholeLog)
    }
  }

  /// Texts where a non-ASCII character touches an `@` or a name go to the `Character` scan; the others must agree
  /// with it byte for byte.
  @Test(arguments: [
    "@Ann hi a@b.com (@bo_x) @@cy @", "caf\u{E9}@ann", "@bob\u{301} x", "\u{600}@ann", "@\u{301}ann", "\u{1F680}@x",
    "@ann\u{1F680}", "x\r\n@ann.b-c_d. @Z9", "@ann\u{200D}\u{1F680} @b", "@", "a@", "@a@b", "\u{E9} @ann \u{E9}",
  ])
  func mattermostMentionBytesAgreeWithCharacters(text: String) {
    #expect(MattermostPostParser.mentionTokens(in: text)
      == MattermostPostParser.mentionTokensByCharacter(in: text))
  }

  @Test func mattermostMentionAfterCombiningMarkIsCut() {
    // "b" + U+0301 is one character that is not ASCII: the name stops before it (the definition's reading).
    #expect(MattermostPostParser.mentionTokens(in: "@bob\u{301} and @Ann") == ["bo", "ann"])
    #expect(Optional(" \u{A0}alee\t").nonEmpty == "alee")
    #expect(Optional("alee").nonEmpty == "alee")
    #expect(Optional(" ").nonEmpty == nil)
  }

  /// The definition of `stripMarks`: bidirectional marks removed, then spaces trimmed as `Character`s.
  private func stripMarksByScalars(_ text: String) -> String {
    let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}"]
    let plain = String(String.UnicodeScalarView(text.unicodeScalars.filter { !WhatsAppText.isBidi($0) }))
    guard let start = plain.firstIndex(where: { !spaces.contains($0) }),
      let end = plain.lastIndex(where: { !spaces.contains($0) })
    else { return "" }
    return String(plain[start...end])
  }

  @Test(arguments: [
    "Ana", " Ana", "Ana ", "\u{202A}+48 600 100 200\u{202C}", "\u{200E}image omitted", "\u{2713} done", "a\u{A0}",
    "\u{202F}x\u{202F}", "x \u{301}", " \u{301}x", "", " ", "\u{2066}Zo\u{EB}\u{2069}", "\u{1F680} ok \u{1F680}",
  ])
  func whatsAppStripMarksAgreesWithScalarFilter(text: String) {
    #expect(WhatsAppText.stripMarks(Substring(text)) == stripMarksByScalars(text))
  }

  @Test func whatsAppParticipantIndexAgreesWithScanningEveryName() {
    let senders: Set<String> = ["Ann", "Ann Lee", "Zo\u{EB}", "\u{C5}sa", "Bob", "", "+48 600"]
    let participants = WhatsAppParticipants(senders)
    let texts = [
      "@Ann Lee and @Ann", "@Zoe\u{308} (decomposed)", "@A\u{30A}sa hi", "@Bobby @Bob!", "@ @+48 600 @", "no mention",
      "@\u{301}Ann", "mail a@b.c", "@Ann\u{301}", "caf\u{E9}@Bob", "@Bob \u{E9}@Ann", "\r\n@Bob\r\n", "@@Bob",
    ]
    for text in texts {
      #expect(participants.mentions(in: text) == whatsAppMentionsByScan(text, participants.names), "\(text)")
      #expect(participants.mentionsByCharacter(in: text) == whatsAppMentionsByScan(text, participants.names), "\(text)")
    }
    #expect(participants.mentions(in: "@Zoe\u{308} hi") == ["Zo\u{EB}"])
  }

  static let chat = """
    \u{200E}[31/12/2023, 21:41:05] Team: \u{200E}Messages and calls are end-to-end encrypted.
    [31/12/2023, 21:41:10] Zo\u{EB} \u{C5}ngstr\u{F6}m: \u{2713} @\u{141}ukasz Nowak caf\u{E9} \u{1F680}
    second line @Zo\u{EB} \u{C5}ngstr\u{F6}m

    [31/12/2023, 21:42:00] \u{202A}+48 600 100 200\u{202C}: \u{200E}image omitted
    [31/12/2023, 21:43:00] \u{141}ukasz Nowak: This message was deleted
    [31/12/2023, 21:44:00] \u{141}ukasz Nowak: \u{202F}spaced\u{202F}
    [01/01/2024, 08:00:00] Team: \u{200E}Zo\u{EB} \u{C5}ngstr\u{F6}m left

    """

  private func chatRecords(chunkSize: Int) throws -> ReadResult {
    let stream = { ByteStream(bytes: Array(Self.chat.utf8), path: "chat.txt", chunkSize: chunkSize) }
    var chat = try WhatsAppChat(firstPass: stream(), stream: stream(), path: "chat.txt", channel: "Team")
    var result = ReadResult()
    while let record = try chat.next(diagnostics: &result.diagnostics) { result.records.append(record) }
    return result
  }

  @Test func whatsAppChatFixtureHasEveryCase() throws {
    let whole = try chatRecords(chunkSize: ByteStream.defaultChunkSize)
    #expect(whole.messages.map(\.mentions) == [["\u{141}ukasz Nowak", "Zo\u{EB} \u{C5}ngstr\u{F6}m"], []])
    #expect(whole.messages.last?.text == "\u{202F}spaced\u{202F}")
    #expect(whole.skipped.map(\.reason)
      == ["encryption_notice", "media_omitted", "deleted_message", "member_left"])
  }

  @Test(arguments: [1, 2, 7, 64 * 1024]) func whatsAppFastPathsDoNotDependOnChunks(chunkSize: Int) throws {
    let whole = try chatRecords(chunkSize: ByteStream.defaultChunkSize)
    let chunked = try chatRecords(chunkSize: chunkSize)
    #expect(chunked.records == whole.records)
    #expect(chunked.diagnostics == whole.diagnostics)
  }

  @Test(arguments: [1, 2, 7, 64 * 1024]) func mattermostFilteredLinesDoNotDependOnChunks(chunkSize: Int) throws {
    let whole = try MattermostReaderTests.records(separator: "\n", chunkSize: ByteStream.defaultChunkSize)
    #expect(whole.messages.map(\.mentions) == [["bkim"], ["alee"], ["alee"], [], []])
    let chunked = try MattermostReaderTests.records(separator: "\n", chunkSize: chunkSize)
    #expect(chunked.records == whole.records)
    #expect(chunked.diagnostics == whole.diagnostics)
  }
}

extension Result {
  /// The error of a failure, `nil` for a success.
  fileprivate var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
