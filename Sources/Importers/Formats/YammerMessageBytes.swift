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
  /// mentions' ranges, kept by the caller so that its capacity is reused. `table` is only read: `inout` so that
  /// the caller's table is passed by its address, where a borrowed argument was copied for every row.
  /// - Complexity: O(row length).
  func addSpanRow(
    table: inout HeaderTable, personPrefix: UnsafeRawBufferPointer, ranges: inout [Range<Int>],
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
    // The channel's name when it is not `group_name`'s bytes; `nil` for a private message or a group name.
    var otherChannel = isPrivate || !table.spanIsBlank(columns.groupName) ? nil : otherChannelName(table: table)
    // The closure reads the row only through its arguments: it does not capture `table` (`withSpanBytes`).
    return table.withSpanBytes(columns.id, columns.sender, columns.repliedTo, columns.groupName, raw: columns.body) {
      id, sender, replyTo, groupName, body in
      ranges.removeAll(keepingCapacity: true)
      guard let id, let sender, Self.mentionRanges(in: body.assumingMemoryBound(to: UInt8.self), into: &ranges)
      else { return false }
      func add(channel: UnsafeRawBufferPointer?) {
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
      }
      if isPrivate {
        add(channel: nil)
      } else if otherChannel == nil {
        add(channel: groupName)
      } else {
        otherChannel?.withUTF8 { add(channel: UnsafeRawBufferPointer($0)) }
      }
      return true
    }
  }

  /// The channel of a group message whose `group_name` is blank: the name `Groups.csv` gives `group_id`, or
  /// `group_id`, or `All Company` (see `addSpanRow`).
  private func otherChannelName(table: HeaderTable) -> String {
    guard let groupID = table.spanValue(columns.groupID) else { return Self.allCompany }
    return groupNames[groupID] ?? groupID
  }
}
