import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Hand-written mbox files in the shapes real archives have (Pipermail, mboxrd, Thunderbird), through the reader
/// and the corpus.
@Suite struct MboxReaderTests {
  /// A message: separator, the given header lines, a blank line, the body.
  private func mail(_ headers: [String], sender: String = "a@example.org", body: String = "Hello.\n") -> String {
    "From \(sender)  Fri May 22 13:38:22 2015\n" + headers.map { $0 + "\n" }.joined() + "\n" + body + "\n"
  }

  private func write(_ text: String, as name: String = "list.mbox") throws -> String {
    try Fixture().write(name, text)
  }

  @Test func foldedAndCaseInsensitiveHeaders() throws {
    let path = try write(
      mail(["FROM: Ann Example", "\t<Ann@Example.org>", "date: Fri, 22 May 2015 06:38:22 -0500", "MESSAGE-id:",
            " <root@example.org>"])
        + mail(["From: bob@example.org", "Message-Id: <r1@example.org>", "references: <x@example.org>",
                "  <root@example.org>", "Date: Fri, 22 May 2015 07:00:00 +0000"]))
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["root@example.org", "r1@example.org"])
    #expect(result.messages.map(\.author) == ["ann@example.org", "bob@example.org"])
    #expect(result.messages[1].replyTo == "root@example.org")
    #expect(result.people.first == PersonRecord(
      id: "ann@example.org", name: "Ann Example", email: "ann@example.org",
      location: SourceLocation(path: path, line: 1)))
    #expect(result.messages[0].time == Date(timeIntervalSince1970: 1_432_294_702))
  }

  @Test func inReplyToWinsOverReferencesAndBareIdsAreRead() throws {
    let path = try write(
      mail(["From: a@example.org", "Message-ID: <m1@x>", "In-Reply-To: <p1@x> (Ann's message of Friday)",
            "References: <p0@x> <p9@x>"])
        + mail(["From: a@example.org", "Message-ID: <m2@x>", "In-Reply-To: iIeogPYcntXDii"]))
    #expect(try readAll(path).messages.map(\.replyTo) == ["p1@x", "iIeogPYcntXDii"])
  }

  @Test func encodedWordNames() throws {
    let path = try write(
      mail(["From: =?UTF-8?Q?Helmut_Sch=c3=bctz?= <h@example.org>", "Message-ID: <1@x>"])
        + mail(["From: =?utf-8?B?R8OhYm9yIENzw6FyZGk=?= <g@example.org>", "Message-ID: <2@x>"])
        + mail(["From: =?ISO-8859-1?Q?Fran=E7ois?= =?ISO-8859-1?Q?_Pi=E8ce?= <f@example.org>", "Message-ID: <3@x>"])
        + mail(["From: \"=?iso-8859-15?q?Caf=A4?=\" <c@example.org>", "Message-ID: <4@x>"])
        + mail(["From: w@example.org (=?windows-1252?Q?=93Quoted=94_Name?=)", "Message-ID: <5@x>"])
        + mail(["From: =?x-unknown?Q?Abc?= <u@example.org>", "Message-ID: <6@x>"]))
    let result = try readAll(path)
    #expect(result.people.map(\.name) == [
      "Helmut Schütz", "Gábor Csárdi", "François Pièce", "Caf€", "\u{201C}Quoted\u{201D} Name",
      "=?x-unknown?Q?Abc?=",
    ])
    #expect(result.diagnostics.count(of: "unknown_charset") == 1)
  }

  @Test func rawNonASCIINameInUTF8() throws {
    let path = try write(mail(["From: José Müller-Łukasz <jm@example.org>", "Message-ID: <1@x>"]))
    #expect(try readAll(path).people.map(\.name) == ["José Müller-Łukasz"])
  }

  @Test func pipermailAddresses() throws {
    let path = try write(
      mail(["From: edd at debian.org (Dirk Eddelbuettel)", "Message-ID: <1@x>"])
        + mail(["From: edd @end|ng |rom deb|@n@org (Dirk Eddelbuettel)", "Message-ID: <2@x>"])
        + mail(["From: wo||g@ng @end|ng |rom m@@@tr|cht@n| (Viechtbauer, Wolfgang (SP))", "Message-ID: <3@x>"])
        + mail(["From: Edd at Debian.org", "Message-ID: <4@x>"]))
    let result = try readAll(path)
    #expect(result.messages.map(\.author) == [
      "edd@debian.org", "edd@deb|@n@org", "wo||g@ng@m@@@tr|cht@n|", "edd@debian.org",
    ])
    #expect(result.people.map(\.name) == ["Dirk Eddelbuettel", "Dirk Eddelbuettel", "Viechtbauer, Wolfgang (SP)"])
  }

  @Test func escapedAndUnescapedFromLinesInBodies() throws {
    let body = "Hi,\n>From the manual: quoted.\nFrom the manual, unescaped.\n\nFrom here:\n\n"
      + "From Writing R Extensions\n"
    let path = try write(
      mail(["From: a@example.org", "Message-ID: <1@x>"], body: body)
        + mail(["From: b@example.org", "Message-ID: <2@x>", "In-Reply-To: <1@x>"]))
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["1@x", "2@x"])
    #expect(result.diagnostics.count(of: "unescaped_from_line") == 3)
    #expect(result.skipped.isEmpty)
  }

  @Test func missingMessageIDGetsAPositionalIdAndANote() throws {
    let path = try write(mail(["From: a@example.org"]) + mail(["From: b@example.org"]))
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["\(path):1", "\(path):6"])
    #expect(result.diagnostics.count(of: "missing_message_id") == 2)
  }

  @Test func missingAuthorIsSkippedWithItsPosition() throws {
    let path = try write(mail(["From: Undisclosed", "Message-ID: <1@x>"]) + mail(["Message-ID: <2@x>"]))
    let result = try readAll(path)
    #expect(result.messages.isEmpty)
    #expect(result.skipped.map(\.location)
      == [SourceLocation(path: path, line: 1), SourceLocation(path: path, line: 7)])
    #expect(result.skippedCounts == ["missing_author": 2])
  }

  @Test func repliesToMissingParentsAreReportedByTheCorpus() throws {
    let path = try write(
      mail(["From: a@example.org", "Message-ID: <1@x>"])
        + mail(["From: b@example.org", "Message-ID: <2@x>", "In-Reply-To: <1@x>"])
        + mail(["From: c@example.org", "Message-ID: <3@x>", "In-Reply-To: <gone@x>"])
        + mail(["From: a@example.org", "Message-ID: <4@x>", "References: <gone@x> <3@x>"]))
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    #expect(corpus.interactionCounts.filter { $0.value > 0 } == [.reply: 2])
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
    #expect(corpus.messages.map(\.isReply) == [false, true, true, true])
    #expect(corpus.messages.map(\.parent) == [nil, 0, nil, 2])
  }

  @Test func invalidUTF8InHeadersIsReadAsWindows1252() throws {
    let fixture = try Fixture()
    let path = fixture.path("latin.mbox")
    var bytes = Array("From x  Fri May 22 13:38:22 2015\nFrom: Ren".utf8) + [0xE9, 0x20, 0x80]
    bytes += Array(" <r@example.org>\nMessage-ID: <1@x>\n\nBody\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try readAll(path)
    #expect(result.people.map(\.name) == ["René €"])
    #expect(result.diagnostics.count(of: "invalid_utf8_header") == 1)
  }

  @Test func truncatedFileKeepsTheCompleteFields() throws {
    let text = mail(["From: a@example.org", "Message-ID: <1@x>"])
      + "From b  Fri May 22 13:38:22 2015\nFrom: b@example.org\nDate: Fri, 22 May 2015 07:00:00 +0000\nMessage-ID: <2@"
    let path = try write(text)
    let result = try readAll(path)
    #expect(result.messages.map(\.id) == ["1@x", "\(path):7"])
    #expect(result.messages.last?.time == Date(timeIntervalSince1970: 1_432_278_000))
    #expect(result.diagnostics.count(of: "truncated_message") == 1)
  }

  @Test func crlfLineEndings() throws {
    let text = mail(["From: a@example.org", "Message-ID: <1@x>"]) + mail(["From: b@example.org", "In-Reply-To: <1@x>"])
    let path = try write(text.replacingOccurrences(of: "\n", with: "\r\n"))
    let result = try readAll(path)
    #expect(result.messages.map(\.author) == ["a@example.org", "b@example.org"])
    #expect(result.messages.last?.replyTo == "1@x")
  }

  @Test func unparseableDateKeepsTheMessageWithoutTime() throws {
    let path = try write(
      mail(["From: a@example.org", "Message-ID: <1@x>", "Date: yesterday at noon"])
        + mail(["From: a@example.org", "Message-ID: <2@x>"]))
    let result = try readAll(path)
    #expect(result.messages.map(\.time) == [nil, nil])
    #expect(result.diagnostics.count(of: "invalid_date") == 1)
    #expect(result.diagnostics.count(of: "missing_date") == 1)
  }

  @Test func recipientsBecomeMessageInteractionsButNotTheListAddress() throws {
    let path = try write(
      mail(["From: Ann <ann@example.org>", "Message-ID: <1@x>", "To: r-devel@r-project.org, \"Doe, Bob\" <bob@x.org>",
            "Cc: bob@x.org, Carol <carol@x.org>, ann@example.org", "List-Id: Discussion <r-devel.r-project.org>"])
        + mail(["From: bob@x.org", "Message-ID: <2@x>", "To: R-Devel@r-project.org",
                "List-Post: <mailto:other-list@example.org>"])
        + mail(["From: bob@x.org", "Message-ID: <3@x>", "To: other-list@example.org, undisclosed-recipients:;"]))
    let result = try readAll(path)
    #expect(result.interactions.map(\.target) == ["bob@x.org", "carol@x.org", "ann@example.org"])
    #expect(result.interactions.allSatisfy { $0.kind == .message && $0.source == "ann@example.org" })
    #expect(result.skippedCounts == ["list_recipient": 3])
    #expect(result.people.first { $0.id == "bob@x.org" }?.name == "Doe, Bob")
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.recordsRead == 3 + 3 + 3)
    #expect(input.reconciles)
    #expect(corpus.interactionCounts.filter { $0.value > 0 } == [.message: 2])
    #expect(corpus.diagnostics.count(of: "self_interaction") == 1)
  }

  /// Repeated `From` values and `To` items are parsed once (`MboxMailboxMemo`) yet give the same records: a person
  /// on first sight and again when a name first comes, a note on every message with an unknown charset.
  @Test func repeatedMailboxesGiveTheirPersonOnceAndTheirNotesEachTime() throws {
    let path = try write(
      mail(["From: a@example.org", "Message-ID: <1@x>", "To: b@example.org"])
        + mail(["From: a@example.org", "Message-ID: <2@x>", "To: b@example.org, b@example.org"])
        + mail(["From: Ann <a@example.org>", "Message-ID: <3@x>", "To: Bob <b@example.org>"])
        + mail(["From: Ann <a@example.org>", "Message-ID: <4@x>", "To: b@example.org"])
        + mail(["From: =?x-unknown?Q?U?= <u@example.org>", "Message-ID: <5@x>"])
        + mail(["From: =?x-unknown?Q?U?= <u@example.org>", "Message-ID: <6@x>"]))
    let result = try readAll(path)
    #expect(result.people.map(\.id) == ["a@example.org", "b@example.org", "a@example.org", "b@example.org",
                                        "u@example.org"])
    #expect(result.people.map(\.name) == [nil, nil, "Ann", "Bob", "=?x-unknown?Q?U?="])
    #expect(result.interactions.map(\.target) == Array(repeating: "b@example.org", count: 4))
    #expect(result.diagnostics.count(of: "unknown_charset") == 2)
  }

  @Test func folderReadsEveryMboxFileAndNotesTheRest() throws {
    let fixture = try Fixture()
    try fixture.write("archive/2015q2.txt", mail(["From: a@example.org", "Message-ID: <1@x>"]))
    try fixture.write("archive/2015q3.txt", mail(["From: b@example.org", "Message-ID: <2@x>", "In-Reply-To: <1@x>"]))
    try fixture.write("archive/README", "Quarterly archives.\n")
    let corpus = try CorpusLoader.load([fixture.path("archive")], options: ImportOptions())
    #expect(corpus.inputs.map(\.format) == ["mbox"])
    #expect(corpus.interactionCounts.filter { $0.value > 0 } == [.reply: 1])
    #expect(corpus.diagnostics.count(of: "not_mbox_file") == 1)
    #expect(try readAll(fixture.path("archive")).messages.map(\.location?.path)
      == [fixture.path("archive/2015q2.txt"), fixture.path("archive/2015q3.txt")])
    let zipped = try fixture.zip("archive")
    let fromZip = try readAll(zipped)
    #expect(fromZip.messages.map(\.id) == ["1@x", "2@x"])
    #expect(fromZip.messages.first?.location?.path == zipped + "!archive/2015q2.txt")
  }

  @Test func detectionAndFromMbox() throws {
    let fixture = try Fixture()
    let mbox = try fixture.write("mail.txt", mail(["From: a@example.org"]))
    #expect(try FormatReader.open(mbox, options: ImportOptions()).format == .mbox)
    let prose = try fixture.write("prose.txt", "From the start,\nit was prose.\n")
    let forced = ImportOptions(format: .mbox)
    #expect(importError { () throws(ImportError) in try FormatReader.open(prose, options: forced) }
      == .formatMismatch(path: prose, format: "mbox",
                         expected: "an mbox file (a first line 'From ...' followed by header lines) "
                           + "or a folder of them"))
    #expect(ExportFormat.mbox.capabilities == [.replies, .directInteractions])
  }
}
