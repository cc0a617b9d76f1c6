import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The borrowing line API of `StreamLineSource` (`peekLine`, `withNextLine`, `skipLine`) against its copying
/// `nextLine`.
@Suite struct LineBorrowingTests {
  private static let chunkSizes = [1, 2, 7, 64 * 1024]
  private static let text = "a\r\n\n\r\nFrom b\n" + String(repeating: "long line ", count: 30) + "\n\u{E9}\r\r\nlast"

  private func source(_ text: String, chunkSize: Int) -> StreamLineSource {
    StreamLineSource(ByteStream(bytes: Array(text.utf8), path: "t", chunkSize: chunkSize))
  }

  /// Every line as `number:bytes` by the copying `nextLine`, the definition.
  private func copied(_ text: String, chunkSize: Int) throws -> (lines: [String], unterminated: Bool) {
    var lines = source(text, chunkSize: chunkSize)
    var result: [String] = []
    while let line = try lines.nextLine() { result.append("\(line.number):" + MailBytes.string(line.bytes)) }
    return (result, lines.endedWithoutTerminator)
  }

  private static func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) -> String {
    "\(number):" + MailBytes.string(Array(bytes)[...])
  }

  @Test(arguments: chunkSizes) func borrowedLinesAgreeWithCopiedLines(chunkSize: Int) throws {
    for text in [Self.text, Self.text + "\n", "", "\n", "x", "\r\n"] {
      let expected = try copied(text, chunkSize: chunkSize)
      var lines = source(text, chunkSize: chunkSize)
      var result: [String] = []
      // Each line peeked twice (the same line both times), then taken by alternately `skipLine` and `withNextLine`.
      while let peeked = try lines.peekLine(Self.describe) {
        #expect(try lines.peekLine(Self.describe) == peeked)
        if result.count.isMultiple(of: 2) {
          try lines.skipLine()
          result.append(peeked)
        } else if let taken = try lines.withNextLine(Self.describe) {
          result.append(taken)
        }
      }
      #expect(result == expected.lines, "\(text.debugDescription)")
      #expect(lines.endedWithoutTerminator == expected.unterminated)
    }
  }

  @Test(arguments: chunkSizes) func peekingDoesNotDisturbFromLineSkipping(chunkSize: Int) throws {
    var lines = source("From a\nbody\nFrom b\nx", chunkSize: chunkSize)
    #expect(try lines.peekLine(Self.describe) == "1:From a")
    #expect(try lines.nextFromLine().map { "\($0.number):" + MailBytes.string($0.bytes) } == "1:From a")
    #expect(try lines.nextFromLine().map { "\($0.number):" + MailBytes.string($0.bytes) } == "3:From b")
    #expect(try lines.peekLine(Self.describe) == "4:x")
  }
}
