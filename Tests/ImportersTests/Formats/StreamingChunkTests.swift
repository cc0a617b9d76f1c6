import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The streamed readers give the same records, diagnostics and positions whatever the chunk size: 1-, 2- and
/// 7-byte chunks put boundaries inside `\r\n`, `From ` separators, folded headers, multi-byte characters and JSON
/// strings; one 1 MiB chunk is the whole fixture, as a file read whole was before.
@Suite struct StreamingChunkTests {
  private static let chunkSizes = [1, 2, 7]

  /// mbox: Pipermail-style addresses, a folded header, an encoded word, an unescaped `From ` body line, CRLF
  /// line ends, a message without author and a last message cut short inside its headers.
  static let mbox = """
    From ann at example.org  Fri May 22 13:38:22 2015\r
    From: ann at example.org (Ann Ex\u{00E4}mple)\r
    Date: Fri, 22 May 2015 06:38:22 -0500\r
    Message-ID: <root@example.org>\r
    \r
    Body with caf\u{00E9}.\r
    From here on, an unescaped line\r
    \r
    From bob@example.org  Fri May 22 14:00:00 2015
    From: =?UTF-8?Q?Bob_M=C3=BCller?= <bob@example.org>
    To: ann@example.org,
     carl@example.org
    Message-ID: <r1@example.org>
    In-Reply-To: <root@example.org>

    >From the archive
    From nobody  Fri May 22 15:00:00 2015
    Message-ID: <x@example.org>

    From carl@example.org  Fri May 22 16:00:00 2015
    From: carl@example.org
    Message-ID: <cut@exa
    """

  private func mboxRecords(chunkSize: Int) throws -> ReadResult {
    let stream = ByteStream(bytes: Array(Self.mbox.utf8), path: "list.mbox", chunkSize: chunkSize)
    var splitter = MboxSplitter(source: StreamLineSource(stream), path: "list.mbox")
    var parser = MboxMessageParser()
    var result = ReadResult()
    while let raw = try splitter.next(diagnostics: &result.diagnostics) {
      result.records += parser.records(raw, path: "list.mbox", diagnostics: &result.diagnostics)
    }
    return result
  }

  @Test func mboxFixtureHasEveryCase() throws {
    let whole = try mboxRecords(chunkSize: ByteStream.defaultChunkSize)
    // The cut-short Message-ID line is not used (MboxSplitter), so the last message gets a synthetic id.
    #expect(whole.messages.map(\.id) == ["root@example.org", "r1@example.org", "list.mbox:20"])
    #expect(whole.messages.map { $0.location?.line } == [1, 9, 20])
    #expect(whole.skipped.map(\.reason).contains("missing_author"))
    #expect(whole.diagnostics.count(of: "unescaped_from_line") == 1)
    #expect(whole.interactions.count == 2)
  }

  @Test(arguments: chunkSizes) func mboxRecordsDoNotDependOnChunks(chunkSize: Int) throws {
    let whole = try mboxRecords(chunkSize: ByteStream.defaultChunkSize)
    let chunked = try mboxRecords(chunkSize: chunkSize)
    #expect(chunked.records == whole.records)
    #expect(chunked.diagnostics == whole.diagnostics)
  }

  @Test(arguments: chunkSizes) func mattermostRecordsDoNotDependOnChunks(chunkSize: Int) throws {
    let whole = try MattermostReaderTests.records(separator: "\r\n", chunkSize: ByteStream.defaultChunkSize)
    #expect(whole.messages.count == 5)
    #expect(whole.skipped.map { $0.location?.line } == [8, 11, 12, 14])
    let chunked = try MattermostReaderTests.records(separator: "\r\n", chunkSize: chunkSize)
    #expect(chunked.records == whole.records)
    #expect(chunked.diagnostics == whole.diagnostics)
  }

  private func whatsAppRecords(_ text: String, chunkSize: Int) throws -> ReadResult {
    let stream = { ByteStream(bytes: Array(text.utf8), path: "chat.txt", chunkSize: chunkSize) }
    var chat = try WhatsAppChat(firstPass: stream(), stream: stream(), path: "chat.txt", channel: "Team")
    var result = ReadResult()
    while let record = try chat.next(diagnostics: &result.diagnostics) { result.records.append(record) }
    return result
  }

  /// The Android and iOS fixtures (multi-line messages, U+202F and U+200E marks, non-ASCII names) with CRLF.
  @Test(arguments: chunkSizes) func whatsAppRecordsDoNotDependOnChunks(chunkSize: Int) throws {
    for text in [WhatsAppReaderTests.android, WhatsAppReaderTests.iOS.replacing("\n", with: "\r\n")] {
      let whole = try whatsAppRecords(text, chunkSize: ByteStream.defaultChunkSize)
      #expect(!whole.messages.isEmpty)
      let chunked = try whatsAppRecords(text, chunkSize: chunkSize)
      #expect(chunked.records == whole.records)
      #expect(chunked.diagnostics == whole.diagnostics)
    }
  }

  /// A Yammer `Messages.csv` shape: quoted multi-line bodies, doubled quotes, CRLF, non-ASCII, an unterminated
  /// quote on the last row (malformed, with its position).
  static let yammerCSV = "id,replied_to_id,sender_id,body,created_at\r\n"
    + "1,,501,\"Agreed with [[user:502]], caf\u{00E9}\",2021-03-04 10:12:00 +0000\r\n"
    + "2,1,502,\"two\r\nlines and \"\"quotes\"\"\",2021-03-04 10:13:00 +0000\r\n"
    + "3,1,503,\"never closed,2021-03-04 10:14:00 +0000\r\n"

  private func headerTableRows(chunkSize: Int) throws -> [String] {
    var table = try HeaderTable(
      stream: ByteStream(bytes: Array(Self.yammerCSV.utf8), path: "Messages.csv", chunkSize: chunkSize),
      path: "Messages.csv", required: ["id", "sender_id", "created_at"])
    var diagnostics = DiagnosticLog()
    var rows: [String] = []
    while let row = try table.nextOrError(diagnostics: &diagnostics) {
      switch row {
      case .record(let record): rows.append("\(record.line):\(record.columns):\(record.fields)")
      case .skipped(let skipped): rows.append("\(skipped)")
      }
    }
    return rows + diagnostics.kinds.flatMap(\.examples).map { "\($0.kind) \($0.location.map { "\($0)" } ?? "")" }
  }

  /// `HeaderTable(stream:)`, under the Yammer and Discord CSV readers, against the same bytes read whole.
  @Test(arguments: chunkSizes) func headerTableRowsDoNotDependOnChunks(chunkSize: Int) throws {
    let data = Data(Self.yammerCSV.utf8)
    var whole = try HeaderTable(data: data, path: "Messages.csv", required: ["id", "sender_id", "created_at"])
    var diagnostics = DiagnosticLog()
    var count = 0
    while whole.next(diagnostics: &diagnostics) != nil { count += 1 }
    let streamed = try headerTableRows(chunkSize: chunkSize)
    #expect(count == 3)
    #expect(streamed == (try headerTableRows(chunkSize: ByteStream.defaultChunkSize)))
    #expect(streamed.contains { $0.hasPrefix("malformed_row Messages.csv:5") })
  }

  /// A data-dump table with the cases the row reader handles: BOM, declaration, DOCTYPE with an internal subset,
  /// comments and a processing instruction between rows, references, a raw newline and `>` inside values,
  /// `<row …></row>`, text between rows, a row with a broken quote, non-ASCII, and no end tag (truncated).
  static let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    + "<!DOCTYPE posts [<!ENTITY e \"<x>\">]>\n<posts>\n"
    + "  <row Id=\"1\" A=\"caf\u{00E9} &amp; &#x10FFFF; a &gt; b\" />\n"
    + "  <!-- a > comment -->\n  <?pi x?>\n"
    + "  <row Id=\"2\" A=\"two\nlines > here\"></row>\n"
    + "  stray text\n"
    + "  <row Id=\"3\" A=\"broken <quote\" />\n"
    + "  <row Id=\"4\" A='&e;' />\n"
    + "  <row Id=\"5\" A=\"last\"/>\n"

  private func xmlEvents(chunkSize: Int) throws -> [String] {
    var reader = XMLRowReader(
      stream: ByteStream(bytes: Array(Self.xml.utf8), path: "Posts.xml", chunkSize: chunkSize), path: "Posts.xml")
    var log = DiagnosticLog()
    var events: [String] = []
    while let event = try reader.next(diagnostics: &log) {
      switch event {
      case .row(let location): events.append("row \(location) \(reader.string("A") ?? "-")")
      case .malformed(let location): events.append("malformed \(location)")
      }
    }
    return events + log.kinds.flatMap(\.examples).map { "\($0.kind) \($0.location.map { "\($0)" } ?? "")" }
  }

  @Test func xmlFixtureHasEveryCase() throws {
    let events = try xmlEvents(chunkSize: ByteStream.defaultChunkSize)
    #expect(events.filter { $0.hasPrefix("row ") }.count == 3)
    #expect(events.filter { $0.hasPrefix("malformed ") }.count == 2)
    #expect(events.contains { $0.hasPrefix("xml_truncated") })
    #expect(events.contains { $0.hasPrefix("xml_unexpected_text Posts.xml:9") })
  }

  @Test(arguments: chunkSizes) func xmlRowsDoNotDependOnChunks(chunkSize: Int) throws {
    #expect(try xmlEvents(chunkSize: chunkSize) == (try xmlEvents(chunkSize: ByteStream.defaultChunkSize)))
  }
}
