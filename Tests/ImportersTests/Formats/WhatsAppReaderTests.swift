import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The WhatsApp reader on hand-written chats in the Android and iOS shapes of FORMATS.md §7.
@Suite struct WhatsAppReaderTests {
  /// Android, United States locale: month first, 12-hour clock with U+202F before PM on some lines.
  static let android = """
    12/31/23, 9:41\u{202F}PM - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
    12/31/23, 9:41\u{202F}PM - Ana created group "Team"
    12/31/23, 9:42 PM - Ana added Bob
    12/31/23, 9:43 PM - Ana: Hi all, @Bob can you check
    the second line: it continues

    and a third after a blank line
    12/31/23, 9:44 PM - Bob: <Media omitted>
    12/31/23, 9:45 PM - Bob: sure @Ana, not @Bobby or @Carl
    1/1/24, 12:02 AM - Carl joined using this group's invite link
    1/1/24, 12:05 PM - Bob: This message was deleted
    1/1/24, 10:03 PM - Bob left

    """
  /// iOS, European locale: day first, 24-hour clock with seconds, U+200E marks, non-ASCII names.
  static let iOS = """
    \u{200E}[31/12/2023, 21:41:05] Team: \u{200E}Messages and calls are end-to-end encrypted.
    [31/12/2023, 21:41:10] Zoë Ångström: Hej @Łukasz Nowak!
    [31/12/2023, 21:42:00] \u{202A}+48 600 100 200\u{202C}: \u{200E}image omitted
    [31/12/2023, 21:43:00] \u{202A}+48 600 100 200\u{202C}: Dzięki @Zoë Ångström, @Zoë
    [01/01/2024, 08:00:00] Team: \u{200E}Zoë Ångström left

    """

  private func read(_ text: String, name: String = "WhatsApp Chat with Team.txt") throws -> ReadResult {
    let fixture = try Fixture()
    return try readAll(try fixture.write(name, text))
  }

  @Test func androidLinesGiveMessagesWithMultilineText() throws {
    let result = try read(Self.android)
    #expect(result.messages.map(\.author) == ["Ana", "Bob"])
    #expect(result.messages.first?.text == "Hi all, @Bob can you check\nthe second line: it continues\n\n"
      + "and a third after a blank line")
    #expect(result.messages.map(\.id) == ["Team/4", "Team/9"])
    #expect(result.messages.allSatisfy { $0.channel == "Team" && $0.replyTo == nil && $0.replyToAuthor == nil })
    // 12/31/23 9:43 PM read month first (31 cannot be a month): 2023-12-31T21:43:00Z.
    #expect(result.messages.first?.time == Date(timeIntervalSince1970: 1_704_058_980))
    #expect(result.diagnostics.totalCount == 0)
  }

  @Test func androidSystemLinesAreSkippedWithReasons() throws {
    let result = try read(Self.android)
    #expect(result.skippedCounts == [
      "encryption_notice": 1, "system_line": 1, "member_joined": 2, "media_omitted": 1, "deleted_message": 1,
      "member_left": 1,
    ])
    #expect(result.skipped.map { $0.location?.line ?? 0 } == [1, 2, 3, 8, 10, 11, 12])
  }

  @Test func twelveHourClockMidnightAndNoon() throws {
    let text = "1/13/24, 12:02 AM - Ann: a\n1/13/24, 12:05 PM - Ann: b\n1/13/24, 1:00 p.m. - Ann: c\n"
    let times = try read(text).messages.compactMap { $0.time?.timeIntervalSince1970 }
    // 2024-01-13T00:00:00Z is 1705104000.
    let midnight: Double = 1_705_104_000
    let expected: [Double] = [midnight + 120, midnight + 43_500, midnight + 46_800]
    #expect(times == expected)
  }

  @Test func iOSLinesWithMarksAndNonASCIINames() throws {
    let result = try read(Self.iOS, name: "chat/_chat.txt")
    #expect(result.messages.map(\.author) == ["Zoë Ångström", "+48 600 100 200"])
    #expect(result.messages.map(\.channel) == ["chat", "chat"])
    // 31/12/2023 21:41:10, day first.
    #expect(result.messages.first?.time == Date(timeIntervalSince1970: 1_704_058_870))
    #expect(result.skippedCounts == ["encryption_notice": 1, "media_omitted": 1, "member_left": 1])
  }

  @Test func mentionsOnlyMatchParticipantNamesExactly() throws {
    let android = try read(Self.android).messages
    #expect(android.map(\.mentions) == [["Bob"], ["Ana"]])
    let iOS = try read(Self.iOS).messages
    #expect(iOS.map(\.mentions) == [[], ["Zoë Ångström"]])
    let longest = try read("[01/02/2024, 10:00] Ann: hi\n[13/02/2024, 10:01] Ann Lee: @Ann Lee and @Ann\n")
    // "@Ann Lee" is Ann Lee (the longest name), not Ann; the self-mention is the corpus's to count.
    #expect(longest.messages.last?.mentions == ["Ann Lee", "Ann"])
    #expect(longest.messages.first?.mentions == [])
  }

  @Test func dateOrderFromChronologyIsANote() throws {
    // Day first would put 01/02 (1 Feb) before 03/01 (3 Jan): month first keeps time order.
    let result = try read("01/02/24, 10:00 - A: x\n03/01/24, 10:00 - B: y\n")
    #expect(result.messages.compactMap(\.time) == [
      Date(timeIntervalSince1970: 1_704_189_600), Date(timeIntervalSince1970: 1_709_287_200),
    ])
    let note = result.diagnostics.kinds.first { $0.kind == "ambiguous_date_order" }
    #expect(note?.severity == .note)
    #expect(note?.examples.first?.value == "month/day")
  }

  @Test func undecidableDateOrderIsAWarningAndFollowsTheClock() throws {
    let twentyFour = try read("05/06/24, 10:00 - A: x\n05/06/24, 10:01 - B: y\n")
    let warning = twentyFour.diagnostics.kinds.first { $0.kind == "ambiguous_date_order" }
    #expect(warning?.severity == .warning)
    #expect(warning?.examples.first?.value == "day/month")
    #expect(twentyFour.messages.first?.time == Date(timeIntervalSince1970: 1_717_581_600))  // 2024-06-05T10:00Z
    let twelve = try read("05/06/24, 10:00 AM - A: x\n")
    #expect(twelve.diagnostics.kinds.first { $0.kind == "ambiguous_date_order" }?.examples.first?.value == "month/day")
  }

  @Test func conflictingDateOrderSkipsImpossibleLines() throws {
    let result = try read("13/01/24, 10:00 - A: x\n14/01/24, 10:00 - A: y\n01/15/24, 10:00 - B: z\n")
    #expect(result.messages.map(\.author) == ["A", "A"])
    #expect(result.skippedCounts == ["invalid_timestamp": 1])
    #expect(result.diagnostics.count(of: "date_order_conflict") == 1)
  }

  @Test func orphanLinesCRLFAndInvalidUTF8() throws {
    let fixture = try Fixture()
    var bytes = Array("exported by a tool\r\n[01/02/2024, 10:00:00] A: ok\r\n[13/02/2024, 10:01:00] B: bad ".utf8)
    bytes += [0xFF, 0x0D, 0x0A]
    let path = fixture.path("chat.txt")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try readAll(path, options: ImportOptions(format: .whatsapp))
    #expect(result.skippedCounts == ["orphan_line": 1])
    #expect(result.messages.map(\.text) == ["ok", "bad \u{FFFD}"])
    #expect(result.diagnostics.count(of: "invalid_utf8") == 1)
    #expect(result.diagnostics.kinds.first { $0.kind == "orphan_line" }?.examples.first?.location?.line == 1)
  }

  @Test func iOSZipIsDetectedAndNamedAfterTheChat() throws {
    let fixture = try Fixture()
    try fixture.write("WhatsApp Chat - Family/_chat.txt", Self.iOS)
    try fixture.write("WhatsApp Chat - Family/00000012-PHOTO.jpg", "not read")
    let result = try readAll(try fixture.zip("WhatsApp Chat - Family"))
    #expect(result.messages.map(\.channel) == ["Family", "Family"])
  }

  @Test func plainTextFileIsDetectedByItsFirstLine() throws {
    let fixture = try Fixture()
    let path = try fixture.write("export.txt", Self.android)
    let input = try InputSource.open(path)
    let format = try FormatDetector.detect(input, data: try input.data(of: "export.txt"), options: ImportOptions())
    #expect(format == .whatsapp)
    let notChat = try fixture.write("notes.txt", "12/31/23 was a Sunday\n")
    let other = try InputSource.open(notChat)
    #expect(importError { () throws(ImportError) in
      try FormatDetector.detect(other, data: try other.data(of: "notes.txt"), options: ImportOptions())
    } != nil)
  }

  @Test func dottedYearFirstAndEnDashHeaders() throws {
    let dotted = try read("31.12.23, 21:41 - Ana: a\n01.01.24, 09:05 \u{2013} Bob: b\n")
    #expect(dotted.messages.map(\.author) == ["Ana", "Bob"])
    // 2023-12-31T21:41Z and 2024-01-01T09:05Z.
    #expect(dotted.messages.compactMap(\.time) == [
      Date(timeIntervalSince1970: 1_704_058_860), Date(timeIntervalSince1970: 1_704_099_900),
    ])
    let iso = try read("2024-02-29 23:59 - Ana: leap\n")
    #expect(iso.messages.first?.time == Date(timeIntervalSince1970: 1_709_251_140))
    #expect(iso.diagnostics.totalCount == 0)
  }

  @Test func linesThatOnlyLookLikeHeadersContinueTheMessage() throws {
    let result = try read(
      "[01/02/2024, 10:00:00] Ana: list\n1/2 done\n12/31/23 was a Sunday\n[01/02/2024, 25:00] x: y\n")
    #expect(result.messages.count == 1)
    #expect(result.messages.first?.text == "list\n1/2 done\n12/31/23 was a Sunday\n[01/02/2024, 25:00] x: y")
  }

  @Test func formatsListingSaysThereAreNoReplyPointers() {
    #expect(!ExportFormat.whatsapp.capabilities.contains(.replies))
    #expect(ExportFormat.whatsapp.capabilities == [.mentions])
    #expect(ExportFormat.whatsapp.summary.contains("no reply pointers"))
    #expect(ExportFormat(rawValue: "whatsapp") == .whatsapp)
    #expect(ExportFormat(rawValue: "stackexchange") == .stackexchange)
  }

  @Test func corpusHasMentionsAndNoReplies() throws {
    let fixture = try Fixture()
    let corpus = try CorpusLoader.load([try fixture.write("t.txt", Self.android)], options: ImportOptions())
    #expect(corpus.inputs.first?.format == "whatsapp")
    #expect(corpus.inputs.first?.reconciles == true)
    #expect(corpus.inputs.first?.recordsRead == 9)
    #expect(corpus.interactionCounts[.reply] ?? 0 == 0)
    #expect(corpus.interactionCounts[.mention] == 2)
  }
}
