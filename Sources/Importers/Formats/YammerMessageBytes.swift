import ConversationModel
import Foundation

extension YammerMessageParser {
  /// The direct path: adds the row `table` holds as spans to `builder` by its bytes
  /// (`CorpusBuilder.addMessage(_:)`), the same message `spanRecord(table:)` gives with every person id after
  /// `personPrefix`, and returns true; returns false, adding nothing, for a row `spanRecord` does not take or
  /// whose mentions need the `Character` search (`mentionRanges`), which the caller reads by the record path.
  ///
  /// Definition: the same rules as `message(id:sender:time:…)`, read from the fields' bytes: no `String` for the
  /// id, sender, reply target or body; the channel's bytes are its `group_name`, or the name `Groups.csv` gives
  /// `group_id` (a `String` only then), or `group_id`, or `All Company`. `ranges` is scratch space for the
  /// mentions' ranges, kept by the caller so that its capacity is reused.
  /// - Complexity: O(row length).
  func addSpanRow(
    table: HeaderTable, personPrefix: UnsafeRawBufferPointer, ranges: inout [Range<Int>],
    to builder: inout CorpusBuilder
  ) -> Bool {
    guard let location = table.spanRowLocation, !table.spanIsBlank(columns.id),
      table.spanIsBlank(columns.deletedAt), !table.spanIsBlank(columns.sender),
      let time = table.withSpanValue(columns.createdAt, TimestampParser.date(fromBytes:))
    else { return false }
    let hasGroupID = !table.spanIsBlank(columns.groupID)
    let isPrivate =
      table.withSpanValue(columns.inPrivate) { Self.lowercased($0, equals: "true") } == true
      || (!hasGroupID && !table.spanIsBlank(columns.participants))
    let isFromBot = table.withSpanValue(columns.senderType) { Self.lowercased($0, equals: "user") }.map { !$0 } ?? false
    return withChannel(table: table, isPrivate: isPrivate, hasGroupID: hasGroupID) { channel in
      table.withSpanBytes(columns.id) { id in
        table.withSpanBytes(columns.sender) { sender in
          table.withSpanBytes(columns.repliedTo) { replyTo in
            table.withSpanRawBytes(columns.body) { body in
              ranges.removeAll(keepingCapacity: true)
              guard let id, let sender, Self.mentionRanges(in: body.assumingMemoryBound(to: UInt8.self), into: &ranges)
              else { return false }
              withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer.self, capacity: ranges.count) { mentions in
                for (offset, range) in ranges.enumerated() {
                  mentions[offset] = UnsafeRawBufferPointer(rebasing: body[range])
                }
                builder.addMessage(
                  MessageBytes(
                    id: id, author: sender, time: time, channel: channel, replyTo: replyTo,
                    mentions: UnsafeBufferPointer(mentions), personPrefix: personPrefix, isFromBot: isFromBot,
                    isPrivate: isPrivate, location: location))
              }
              return true
            }
          }
        }
      }
    }
  }

  /// Gives `body` the bytes of the row's channel (see `addSpanRow`), `nil` for a private message.
  private func withChannel(
    table: HeaderTable, isPrivate: Bool, hasGroupID: Bool, _ body: (UnsafeRawBufferPointer?) -> Bool
  ) -> Bool {
    guard !isPrivate else { return body(nil) }
    if !table.spanIsBlank(columns.groupName) { return table.withSpanBytes(columns.groupName, body) }
    if hasGroupID, let groupID = table.spanValue(columns.groupID) {
      var name = groupNames[groupID] ?? groupID
      return name.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
    var name = Self.allCompany
    return name.withUTF8 { body(UnsafeRawBufferPointer($0)) }
  }
}
