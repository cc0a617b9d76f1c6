import Foundation
import Testing

@testable import Importers

/// The in-memory line source under the mbox reader: terminators, line numbers, skipping to `From ` lines, and
/// lines that stay valid when the caller keeps them.
@Suite struct MboxLineSourceTests {
  private func texts(_ source: inout BufferLineSource) -> [String] {
    var result: [String] = []
    while let line = source.nextLine() { result.append("\(line.number):" + MailBytes.string(line.bytes)) }
    return result
  }

  @Test func linesWithoutTerminatorsAndNumbered() {
    var source = BufferLineSource(Data("a\r\n\nb\nlast".utf8))
    #expect(texts(&source) == ["1:a", "2:", "3:b", "4:last"])
    #expect(source.endedWithoutTerminator)
    var terminated = BufferLineSource(Data("a\n".utf8))
    #expect(texts(&terminated) == ["1:a"])
    #expect(!terminated.endedWithoutTerminator)
  }

  @Test func nextFromLineSkipsBodyLinesAndCountsThem() {
    var source = BufferLineSource(Data("From a\nx\n>From b\nFromage\nFrom c\ny".utf8))
    #expect(source.nextFromLine().map { "\($0.number):" + MailBytes.string($0.bytes) } == "1:From a")
    #expect(source.nextFromLine().map { "\($0.number):" + MailBytes.string($0.bytes) } == "5:From c")
    #expect(source.nextFromLine() == nil)
    #expect(source.endedWithoutTerminator)
  }

  @Test func aKeptLineIsNotOverwrittenByTheNext() {
    var source = BufferLineSource(Data("first line\nsecond\n".utf8))
    let first = source.nextLine()
    let second = source.nextLine()
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
