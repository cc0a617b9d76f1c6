import ConversationModel
import Foundation

extension DiscordCSVRow {
  /// The direct path: adds the row `table` holds as spans to `builder`, the author's person record first when
  /// not yet announced, then the message by its bytes (`CorpusBuilder.addMessage(_:)`), the same records as
  /// `spanRecords` gives, and returns true; returns false, changing nothing, for a row `spanRecords` does not take
  /// or whose mentions need the `Character` search (`mentionRanges`), which the caller reads by the record path.
  ///
  /// Definition: no `String` is made for `Content` nor for a known author; the message's id, `channel/line`, is
  /// assembled on the stack. `ranges` is scratch space for the mentions' ranges, kept by the caller.
  /// - Complexity: O(row length).
  func addSpanRow(
    table: HeaderTable, announced: inout Set<String>, authors: inout [UInt64: String], ranges: inout [Range<Int>],
    to builder: inout CorpusBuilder
  ) -> Bool {
    guard let location = table.spanRowLocation, let time = table.withSpanValue(columns.date, Self.date(bytes:))
    else { return false }
    return table.withSpanBytes(columns.authorID) { author in
      table.withSpanRawBytes(columns.content) { content in
        ranges.removeAll(keepingCapacity: true)
        guard let author, Self.mentionRanges(in: content.assumingMemoryBound(to: UInt8.self), into: &ranges) else {
          return false
        }
        let number = Self.snowflake(author)
        if number.flatMap({ authors[$0] }) == nil {
          let id = String(decoding: author, as: UTF8.self)
          if announced.insert(id).inserted {
            builder.add(.person(PersonRecord(id: id, name: table.spanValue(columns.author), location: location)))
          }
          if let number { authors[number] = id }
        }
        withMessageID(line: table.tokenizer.recordLine) { id, channel in
          withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer.self, capacity: ranges.count) { mentions in
            for (offset, range) in ranges.enumerated() {
              mentions[offset] = UnsafeRawBufferPointer(rebasing: content[range])
            }
            builder.addMessage(
              MessageBytes(
                id: id, author: author, time: time, channel: channel, mentions: UnsafeBufferPointer(mentions),
                location: location, hasPositionalID: true))
          }
        }
        return true
      }
    }
  }

  /// Gives `body` the bytes of the id `"\(channel)/\(line)"` (`line` is at least 0) and of the channel's name.
  private func withMessageID(line: Int, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Void) {
    var name = channel
    name.withUTF8 { name in
      var digits = 1
      var power = 10
      while power <= line, digits < 19 {
        digits += 1
        power &*= 10
      }
      withUnsafeTemporaryAllocation(byteCount: name.count + 1 + digits, alignment: 1) { buffer in
        UnsafeMutableRawBufferPointer(rebasing: buffer[..<name.count]).copyMemory(from: UnsafeRawBufferPointer(name))
        buffer[name.count] = UInt8(ascii: "/")
        var rest = Swift.max(0, line)
        for end in stride(from: buffer.count - 1, to: name.count, by: -1) {
          buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        }
        body(UnsafeRawBufferPointer(buffer), UnsafeRawBufferPointer(name))
      }
    }
  }
}
