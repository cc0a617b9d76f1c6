import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The span paths of the Yammer and DiscordChatExporter CSV readers (`YammerMessageParser.spanRecord`,
/// `DiscordCSVRow.spanRecords`: a row read from the tokenizer's field spans, no `CSVRecord`) against their
/// checked paths (every row a `CSVRecord`): the same records, diagnostics and positions, with chunk boundaries of
/// 1, 2 and 7 bytes inside quotes, multi-byte characters and `\r\n`, and one 64 KiB chunk.
@Suite struct CSVSpanPathTests {
  /// A byte-order mark, CRLF line ends, padded and blank values, non-ASCII blanks around an id (U+00A0, which
  /// Foundation trims), quoted fields across lines, a deleted row, rows without id, sender or a valid time, a short
  /// row, a blank line and an unclosed quote.
  static let yammer = "\u{FEFF}" + """
    id,replied_to_id,thread_id,group_id,group_name,participants,in_private_conversation,sender_id,\
    sender_type,body,created_at,deleted_at\r
    9000,,9000,77,Eng Announcements,,false,501,user,Release is out,2021-03-04 10:00:00 +0000,\r
    " 9001 ",9000,9000,77,,,FALSE, 502 ,User,"Agreed, with [[user:501]] and ""[[user:503]]""
    over two lines",2021-03-04 10:12:00 +0000,  \r
    9003,9000,9000,77,Eng Announcements,,false,502,user,oops,2021-03-04 10:21:00 +0000,2021-03-04 10:22:00 +0000
    \u{00A0}9004\u{00A0},9003,9000,78,,,false,501,bot,caf\u{00E9} 👋,2021-03-04 10:23:00 +0000,

    9005,,9005,,,"user:501,user:502",TRUE,501,user,private note,2021-03-05 08:00:00 +0000,
    9006,,9006,,,,,502,,,2021-03-06 09:00:00 +0000
    ,,,77,,,false,501,user,no id,2021-03-06 09:00:00 +0000,
    9008,,9008,77,,,false,  ,user,no sender,2021-03-06 09:00:00 +0000,
    9009,,9009,77,,,false,501,user,bad time,yesterday,
    9010,,9010,77,,,false,501
    9011,,9011,77,,,false,501,user,"unclosed,2021-03-06 09:00:00 +0000,
    9012,9000,9000,,,,false,503,user,[[user:7]] last,2021-03-07 09:00:00 +0000,
    """

  /// Both DiscordChatExporter forms: `;` with the older dates and a trailing delimiter, `,` with ISO dates.
  static let discord = [
    "AuthorID;Author;Date;Content;Attachments;Reactions;\n2200;kai#0001;05-Jan-24 10:00 AM;\"build broke?; "
      + "<@2201> <@!2201>\";;👀 (2);\n2201;ria#0002;05-Jan-24 12:01 PM;works now;;;\n2201;ria#0002;not a date;"
      + "lost;;;\n;ghost;05-Jan-24 12:02 PM;no author;;;\n\n2200; kai ;05-Jan-24 12:03 PM;\"two\r\nlines\";;;\n",
    "AuthorID,Author,Date,Content,Attachments,Reactions\r\n2200,kai,2024-01-05T10:00:00.000+01:00,hi <@2201>,,\r\n"
      + "2201,\"r, ia\",2024-01-05T10:01:00.000+01:00,\"\"\"quoted\"\", caf\u{00E9}\",x.png,👍 (1)\r\n"
      + "2201,ria,2024-01-05T10:02:00.000+01:00\r\n2202,\"open,2024-01-05T10:03:00.000+01:00,x,,\r\n"
      + "2200,kai,2024-01-05T10:04:00.000+01:00,bye,,",
    // Author ids the span path looks up by number: leading zeros, blanks, 19 and 20 digits, letters, zero.
    "AuthorID,Author,Date,Content,Attachments,Reactions\n7,a,2024-01-05T10:00:00Z,x,,\n007,b,2024-01-05T10:01:00Z,x,,\n"
      + " 7 ,c,2024-01-05T10:02:00Z,x,,\n7,d,2024-01-05T10:03:00Z,x,,\n"
      + "12345678901234567890,e,2024-01-05T10:04:00Z,x,,\n12345678901234567890,f,2024-01-05T10:05:00Z,x,,\n"
      + "1234567890123456789,g,2024-01-05T10:06:00Z,x,,\n"
      + "1234567890123456789,h,2024-01-05T10:07:00Z,x,,\nx7,i,2024-01-05T10:08:00Z,x,,\n0,j,2024-01-05T10:09:00Z,x,,\n"
      + "00,k,2024-01-05T10:10:00Z,x,,\n0,l,2024-01-05T10:11:00Z,x,,\n",
  ]

  private struct Read: Equatable {
    var records: [ImportRecord] = []
    var diagnostics = DiagnosticLog()
    /// Rows the span path read itself (not handed to the checked path).
    var spanRows = 0
  }

  private static func stream(_ text: String, _ path: String, _ chunkSize: Int) -> ByteStream {
    ByteStream(bytes: Array(text.utf8), path: path, chunkSize: chunkSize)
  }

  private static func yammer(chunkSize: Int, spans: Bool) throws -> Read {
    var read = Read()
    var table = try HeaderTable(
      stream: stream(yammer, "Messages.csv", chunkSize), path: "Messages.csv",
      required: ["id", "sender_id", "created_at"])
    let parser = YammerMessageParser(groupNames: ["78": "Ünïcode Café"], columns: .init(table))
    while true {
      if spans {
        guard let row = try table.nextSpansOrError(diagnostics: &read.diagnostics) else { return read }
        switch row {
        case .skipped(let skipped): read.records.append(skipped)
        case .spans:
          if let record = parser.spanRecord(table: table) {
            read.spanRows += 1
            read.records.append(record)
          } else {
            read.records.append(
              parser.record(table.tokenizer.currentRecord(), table: table, diagnostics: &read.diagnostics))
          }
        }
      } else {
        guard let row = try table.nextOrError(diagnostics: &read.diagnostics) else { return read }
        switch row {
        case .skipped(let skipped): read.records.append(skipped)
        case .record(let record):
          read.records.append(parser.record(record, table: table, diagnostics: &read.diagnostics))
        }
      }
    }
  }

  private static func discord(_ text: String, chunkSize: Int, spans: Bool) throws -> Read {
    var read = Read()
    var announced: Set<String> = []
    var authors: [UInt64: String] = [:]
    var table = try HeaderTable(
      stream: stream(text, "general.csv", chunkSize), path: "general.csv", required: ["authorid", "date"],
      delimiter: nil)
    let row = DiscordCSVRow(channel: "general", columns: .init(table))
    while true {
      if spans {
        guard let next = try table.nextSpansOrError(diagnostics: &read.diagnostics) else { return read }
        switch next {
        case .skipped(let skipped): read.records.append(skipped)
        case .spans:
          if let records = row.spanRecords(table: table, announced: &announced, authors: &authors) {
            read.spanRows += 1
            read.records += (records.person.map { [ImportRecord.person($0)] } ?? []) + [records.message]
          } else {
            read.records += row.records(
              table.tokenizer.currentRecord(), table: table, announced: &announced, diagnostics: &read.diagnostics)
          }
        }
      } else {
        guard let next = try table.nextOrError(diagnostics: &read.diagnostics) else { return read }
        switch next {
        case .skipped(let skipped): read.records.append(skipped)
        case .record(let record):
          read.records += row.records(record, table: table, announced: &announced, diagnostics: &read.diagnostics)
        }
      }
    }
  }

  @Test(arguments: [1, 2, 7, 1 << 16])
  func yammerSpanPathMatchesCheckedPath(chunkSize: Int) throws {
    let spans = try Self.yammer(chunkSize: chunkSize, spans: true)
    let checked = try Self.yammer(chunkSize: chunkSize, spans: false)
    #expect(spans.records == checked.records)
    #expect(spans.diagnostics == checked.diagnostics)
    // 9000, 9001, 9004, 9005, 9006, 9012 are messages; 9003 (deleted), the rows without id or sender, the bad
    // time and the short row 9010 (no created_at) go to the checked path; the unclosed quote is malformed.
    #expect(spans.spanRows == 6)
    #expect(checked.records.count { if case .message = $0 { true } else { false } } == 6)
  }

  @Test func yammerSpanRecordsKeepTrimmedValuesAndPositions() throws {
    let read = try Self.yammer(chunkSize: 7, spans: true)
    let messages = read.records.compactMap { if case .message(let message) = $0 { message } else { nil } }
    #expect(messages.map(\.id) == ["9000", "9001", "9004", "9005", "9006", "9012"])
    #expect(messages[1].author == "502")
    #expect(messages[1].mentions == ["501", "503"])
    #expect(messages[1].isFromBot == false)
    #expect(messages[2].isFromBot == true)
    #expect(messages[2].channel == "Ünïcode Café")
    #expect(messages[3].isPrivate == true)
    #expect(messages[4].channel == YammerMessageParser.allCompany)
    // Line 3 holds 9001, whose body runs onto line 4; the blank line 7 counts.
    #expect(messages.map { $0.location?.line ?? 0 } == [2, 3, 6, 8, 9, 15])
    #expect(messages.allSatisfy { $0.location?.column == 1 })
  }

  @Test(arguments: [1, 2, 7, 1 << 16])
  func discordSpanPathMatchesCheckedPath(chunkSize: Int) throws {
    // Rows by the span path: the first text's two good rows and its last (two others are skipped); the second's
    // four well-quoted rows (the unclosed quote makes its line malformed, and reading resumes on the next).
    // The third text's twelve rows all; its people are the seven distinct digit strings, first names kept.
    for (text, spanRows) in zip(Self.discord, [3, 4, 12]) {
      let spans = try Self.discord(text, chunkSize: chunkSize, spans: true)
      let checked = try Self.discord(text, chunkSize: chunkSize, spans: false)
      #expect(spans.records == checked.records)
      #expect(spans.diagnostics == checked.diagnostics)
      #expect(spans.spanRows == spanRows)
    }
    let people = try Self.discord(Self.discord[2], chunkSize: chunkSize, spans: true).records.compactMap {
      record -> String? in
      if case .person(let person) = record { return "\(person.id)=\(person.name ?? "")" }
      return nil
    }
    #expect(people == ["7=a", "007=b", "12345678901234567890=e", "1234567890123456789=g", "x7=i", "0=j", "00=k"])
  }

  /// Bodies where the byte search of `[[user:N]]` must give way to the `Character` search, or agree with it: a
  /// combining mark after a token's colon or brackets, ids in other scripts' digits or padded with no-break
  /// spaces, nested and unterminated tokens, non-ASCII text elsewhere.
  @Test func yammerMentionsByBytesMatchCharacters() {
    let bodies = [
      "[[user:1]] [[tag:9]] [[user:22]][[user:1]] [[user:x]] [[user:", "caf\u{00E9} [[user:5]] 東京 [[user:6]]👋",
      "[[user:\u{0301}7]] [[user:8]]", "[[user:9]\u{0301}] [[user:10]]", "e\u{0301}[[user:11]]",
      "[[user:\u{0663}]] [[user:12]]", "[[user:\u{00A0}13\u{00A0}]]", "[[user:[[user:14]]]] [[user: 15\t]]",
      "no tokens at all, caf\u{00E9}", "[[user:16]]\u{200D}x", "",
    ]
    for body in bodies {
      #expect(YammerMessageParser.mentions(in: body) == YammerMessageParser.characterMentions(in: body), "\(body)")
    }
    #expect(YammerMessageParser.mentions(in: bodies[1]) == ["5", "6"])
  }

  /// The same for `<@id>` and `<@!id>`: combining marks after `@`, `!`, a digit or `>`, other scripts' digits.
  @Test func discordMentionsByBytesMatchCharacters() {
    let texts = [
      "build broke?; <@2201> <@!2201> <@2202", "caf\u{00E9} <@7> 東京 <@!8>👋 <@>", "<@\u{0301}9> <@10>",
      "<@!\u{0301}11> <@12>", "<@13\u{0301}> <@14>", "<@15>\u{0301} <@16>", "e\u{0301}<@17>",
      "<@\u{0663}> <@<@18>> <@!!19>", "@name only, caf\u{00E9}", "", "<", "<@",
    ]
    for text in texts {
      #expect(DiscordCSVRow.mentions(in: text) == DiscordCSVRow.characterMentions(in: text), "\(text)")
    }
    #expect(DiscordCSVRow.mentions(in: texts[1]) == ["7", "8"])
  }

  /// The byte comparison behind the span path's `in_private_conversation` and `sender_type` flags against
  /// `String.lowercased()`, on ASCII and non-ASCII spellings (the Kelvin sign K lower-cases to ASCII `k`).
  @Test(arguments: ["true", "TRUE", "True", "tRuE", "true ", "tru", "truex", "TRUÉ", "@RUE", "user", "USER", "User",
                    "\u{212A}", "uſer", "bot", ""])
  func lowercasedComparisonMatchesString(text: String) {
    for word in ["true", "user", "k"] {
      let byBytes = Array(text.utf8).withUnsafeBytes { YammerMessageParser.lowercased($0, equals: word) }
      #expect(byBytes == (text.lowercased() == word), "\(text.debugDescription) vs \(word)")
    }
  }

  /// A field's value from its bytes against Foundation's trimming, on ends that are not ASCII: kept letters
  /// (`é`, CJK, an emoji) and trimmed blanks (U+00A0, U+2028, U+3000, U+0085), and invalid UTF-8.
  @Test(arguments: ["café", "Émile", " café ", "\u{00A0}x\u{00A0}", "x\u{2028}", "東京\u{3000}", "\u{0085}é",
                    "🚀", "\u{00A0}", "a", " "])
  func valueOfBytesTrimsAsFoundation(text: String) {
    let expected = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let value = Array(text.utf8).withUnsafeBytes { CSVRecord.value(of: $0) }
    #expect(value == (expected.isEmpty ? nil : expected), "\(text.debugDescription)")
    #expect(CSVRecord(fields: [text], line: 1, columns: [1]).value(at: 0) == value)
  }

  @Test func valueOfInvalidUTF8IsTheRepairedField() {
    let bytes: [UInt8] = [0xC3, 0x61, 0x62, 0xE2]
    let repaired = String(decoding: bytes, as: UTF8.self)
    let expected = repaired.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(bytes.withUnsafeBytes { CSVRecord.value(of: $0) } == expected)
  }
}
