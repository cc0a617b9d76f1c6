import ConversationModel

/// Turns the simulated organisation and events into the files of a Slack workspace export.
///
/// Definition: `users.json`, `channels.json`, `integration_logs.json`, then per channel a folder entry and
/// one `YYYY-MM-DD.json` array per UTC day, messages in `ts` order.
/// Choices: `ts` is `"<epoch seconds>.<6-digit sequence>"` where the sequence numbers the channel's messages
/// in time order, so it is unique per channel; every reply answers its thread root (Slack threads are
/// flat); roots with replies carry `thread_ts == ts`, `reply_count`, `reply_users_count`, `reply_users` and
/// `latest_reply`; replies carry `thread_ts` and `parent_user_id`. Strings follow the real export's shapes
/// (`created` and `last_set` are strings of epoch seconds).
/// - Complexity: O(E log E) for E events.
struct SlackExport {
  let organisation: SampleOrganisation
  let channels: [SampleChannel]
  let events: [ChatEvent]
  /// The channel ids, in channel order.
  let channelIDs: [String]
  /// The epoch second at which every channel was created (30 days before the first month).
  let created: Int
  /// Each event's `ts`.
  let timestamps: [String]
  /// Each root's replies in `ts` order (empty for messages without replies).
  let replies: [[Int]]
  /// The seed from which each message's `client_msg_id` and `block_id` are derived.
  let idSeed: UInt64

  init(organisation: SampleOrganisation, channels: [SampleChannel], events: [ChatEvent], start: Int,
    random: SampleRandom) {
    self.organisation = organisation
    self.channels = channels
    self.events = events
    var random = random
    idSeed = random.next()
    created = start - 30 * 86_400
    var ids = IdentifierFactory()
    channelIDs = channels.map { _ in ids.next(prefix: "C", random: &random) }
    var stamps = [String](repeating: "", count: events.count)
    var threadReplies = [[Int]](repeating: [], count: events.count)
    for order in Self.channelOrders(events, channelCount: channels.count) {
      for (position, event) in order.enumerated() {
        stamps[event] = Self.timestamp(seconds: events[event].time, sequence: position + 1)
        if let root = events[event].root { threadReplies[root].append(event) }
      }
    }
    timestamps = stamps
    replies = threadReplies
  }

  /// Event indices per channel, sorted by time then creation order.
  static func channelOrders(_ events: [ChatEvent], channelCount: Int) -> [[Int]] {
    var orders = [[Int]](repeating: [], count: channelCount)
    for index in events.indices { orders[events[index].channel].append(index) }
    return orders.map { order in
      order.sorted { events[$0].time != events[$1].time ? events[$0].time < events[$1].time : $0 < $1 }
    }
  }

  /// `"%d.%06d"` of the seconds and the sequence number (taken modulo 1,000,000).
  static func timestamp(seconds: Int, sequence: Int) -> String {
    let fraction = String(sequence % 1_000_000)
    return "\(seconds)." + String(repeating: "0", count: 6 - fraction.count) + fraction
  }

  /// Every zip entry in order: (path, bytes, isDirectory).
  func entries() -> [(path: String, bytes: [UInt8], isDirectory: Bool)] {
    var result: [(path: String, bytes: [UInt8], isDirectory: Bool)] = [
      ("users.json", usersJSON().encoded(), false),
      ("channels.json", channelsJSON().encoded(), false),
      ("integration_logs.json", integrationLogsJSON().encoded(), false),
    ]
    let orders = Self.channelOrders(events, channelCount: channels.count)
    for (channel, order) in orders.enumerated() {
      result.append(("\(channels[channel].name)/", [], true))
      var start = 0
      while start < order.count {
        let day = events[order[start]].time / 86_400
        var end = start
        while end < order.count, events[order[end]].time / 86_400 == day { end += 1 }
        let messages = order[start..<end].map { messageJSON($0) }
        result.append(("\(channels[channel].name)/\(CivilDate.isoDate(days: day)).json",
          JSONText.array(messages).encoded(), false))
        start = end
      }
    }
    return result
  }

  /// The Slack id of an event's author, if it has a user.
  func userID(_ author: EventAuthor) -> String? {
    switch author {
    case .person(let index): organisation.people[index].slackID
    case .contractor: organisation.contractor.slackID
    case .botUser: organisation.botUser.slackID
    case .integration: nil
    }
  }
}
