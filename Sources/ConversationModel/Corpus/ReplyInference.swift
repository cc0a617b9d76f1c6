import Foundation

/// Gives messages without a reply pointer an inferred one: the previous message by another person in the same
/// channel of the same input, when it was sent at most `window` seconds earlier (`--infer-replies`).
///
/// Definition: messages of one (input, channel) are ordered by time, ties kept in input order; a message with
/// a time and no reply target (`isReply` false) answers the nearest earlier message whose author differs,
/// if `time - earlier.time <= window` (the boundary is included). Its own earlier messages are passed over, so
/// a burst of several messages still answers the last other speaker. Messages without a channel share one
/// channel per input; messages without a time are never inferred and never answered. Channels are compared
/// per input, since two exports may both have a `general`. Inferred messages keep `isReply` false and get
/// `isInferredReply`, so their interactions are marked `Interaction.isInferred`.
///
/// Choices: a message the export already marks as a reply (even one whose target is missing) is left alone;
/// an inferred target may be a bot's message (the interaction is then counted as a bot interaction, as usual).
///
/// - Complexity: O(m log m) for m messages (the sort), memory O(m).
struct ReplyInference {
  /// Seconds.
  let window: Double

  func infer(_ messages: inout MessageList, inputOfMessage: [Int]) {
    var channels: [ChannelKey: [Int]] = [:]
    for index in messages.indices where messages.time(of: index) != nil {
      channels[ChannelKey(input: inputOfMessage[index], channel: messages.channel(of: index)), default: []]
        .append(index)
    }
    for (_, members) in channels {
      let ordered = members.sorted { lhs, rhs in
        let (left, right) = (messages.time(of: lhs) ?? .distantPast, messages.time(of: rhs) ?? .distantPast)
        return left == right ? lhs < rhs : left < right
      }
      infer(in: ordered, &messages)
    }
  }

  /// One channel's messages, in time order.
  private func infer(in ordered: [Int], _ messages: inout MessageList) {
    // The latest message seen so far, and the latest one by someone other than its author.
    var last: Int?
    var lastOther: Int?
    for index in ordered {
      let author = messages.author(of: index)
      let candidate = last.flatMap { messages.author(of: $0) == author ? lastOther : $0 }
      if !messages.isReply(index), messages.parent(of: index) == nil, let candidate,
        let time = messages.time(of: index), let earlier = messages.time(of: candidate),
        time.timeIntervalSince(earlier) <= window
      {
        messages.setParent(candidate, of: index)
        messages.markInferred(index)
      }
      if let last, messages.author(of: last) != author { lastOther = last }
      last = index
    }
  }

  private struct ChannelKey: Hashable {
    var input: Int
    var channel: String?
  }
}
