import Foundation
import Testing

@testable import Importers

/// The streaming line source under the mbox reader: terminators, line numbers, skipping to `From ` lines, and
/// lines that stay valid when the caller keeps them, whatever the chunk size.
@Suite struct MboxLineSourceTests {
  /// Chunk sizes that put boundaries inside `\r\n`, inside `From ` and inside long lines; 1 MiB is one chunk.
  private static let chunkSizes = [1, 2, 7, ByteStream.defaultChunkSize]

  private func source(_ text: String, chunkSize: Int) -> StreamLineSource {
    StreamLineSource(ByteStream(bytes: Array(text.utf8), path: "t", chunkSize: chunkSize))
  }

  private func texts(_ source: inout StreamLineSource) throws -> [String] {
    var result: [String] = []
    while let line = try source.nextLine() { result.append("\(line.number):" + MailBytes.string(line.bytes)) }
    return result
  }

  @Test(arguments: chunkSizes) func linesWithoutTerminatorsAndNumbered(chunkSize: Int) throws {
    var lines = source("a\r\n\nb\nlast", chunkSize: chunkSize)
    #expect(try texts(&lines) == ["1:a", "2:", "3:b", "4:last"])
    #expect(lines.endedWithoutTerminator)
    var terminated = source("a\n", chunkSize: chunkSize)
    #expect(try texts(&terminated) == ["1:a"])
    #expect(!terminated.endedWithoutTerminator)
  }

  @Test(arguments: chunkSizes) func nextFromLineSkipsBodyLinesAndCountsThem(chunkSize: Int) throws {
    let body = "From a\nx\n>From b\nFromage\n" + String(repeating: "long body line ", count: 40) + "\nFrom c\ny"
    var lines = source(body, chunkSize: chunkSize)
    let describe = { (line: MboxLine?) in line.map { "\($0.number):" + MailBytes.string($0.bytes) } }
    #expect(describe(try lines.nextFromLine()) == "1:From a")
    #expect(describe(try lines.nextFromLine()) == "6:From c")
    #expect(try lines.nextFromLine() == nil)
    #expect(lines.endedWithoutTerminator)
    // After the last `From ` line, the short unterminated line counts once too.
    var tail = source("From a\nFro", chunkSize: chunkSize)
    #expect(describe(try tail.nextFromLine()) == "1:From a")
    #expect(try tail.nextFromLine() == nil && tail.endedWithoutTerminator)
    #expect(try tail.nextLine() == nil)
  }

  @Test(arguments: chunkSizes) func aKeptLineIsNotOverwrittenByTheNext(chunkSize: Int) throws {
    var lines = source("first line\nsecond\n", chunkSize: chunkSize)
    let first = try lines.nextLine()
    let second = try lines.nextLine()
    #expect(first.map { MailBytes.string($0.bytes) } == "first line")
    #expect(second.map { MailBytes.string($0.bytes) } == "second")
  }

  @Test func headerNamesAndContinuations() {
    let line = { (text: String) in MboxLine(bytes: Array(text.utf8)[...], number: 1) }
    #expect(line("Message-ID: <a@b>").headerNameLength == 10)
    #expect(line("X_Spam: yes").headerNameLength == 6)
    #expect(line("<https://example.org>: see").headerNameLength == nil)
    #expect(line("Note that: x").headerNameLength == nil)
    #expect(line(": empty name").headerNameLength == nil)
    #expect(line("\tcontinued").isContinuation)
    #expect(line("From x").isFromLine && !line(">From x").isFromLine && !line("From").isFromLine)
  }
}
