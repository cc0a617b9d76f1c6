/// Who wrote a synthetic message.
enum EventAuthor: Sendable, Equatable {
  /// A person of the org chart, by index.
  case person(Int)
  /// The Slack user who is not in the org chart.
  case contractor
  /// The `is_bot` user.
  case botUser
  /// The integration that posts `bot_message` messages without a user.
  case integration
}

/// The Slack `subtype` of a synthetic message, if any.
enum EventSubtype: String, Sendable {
  case channelJoin = "channel_join"
  case threadBroadcast = "thread_broadcast"
  case botMessage = "bot_message"
}

/// One reaction emoji and the people who reacted with it (person indices, distinct).
struct ReactionDraft: Sendable {
  var name: String
  var reactors: [Int]
}

/// One message of the simulation, before it gets its Slack `ts` and JSON form.
struct ChatEvent: Sendable {
  var channel: Int
  /// UTC epoch seconds.
  var time: Int
  var author: EventAuthor
  var text: String
  var subtype: EventSubtype?
  /// The index of the thread root this event replies to.
  var root: Int?
  /// People mentioned with `<@U…>` in the text, in order.
  var mentions: [Int] = []
  /// True when the mentions are also written as rich-text `blocks`.
  var mentionsInBlocks = false
  var reactions: [ReactionDraft] = []
}

/// A channel of the synthetic workspace.
struct SampleChannel: Sendable {
  var name: String
  var purpose: String
  /// The department whose channel this is; nil for channels everyone is in.
  var department: Int?
  var isGeneral: Bool

  /// The channels: `general`, `random`, `projects`, then one per department in department order.
  static func channels(for organisation: SampleOrganisation) -> [SampleChannel] {
    var channels = [
      SampleChannel(name: "general", purpose: "Company-wide announcements and questions.", department: nil,
        isGeneral: true),
      SampleChannel(name: "random", purpose: "Anything that is not work.", department: nil, isGeneral: false),
      SampleChannel(name: "projects", purpose: "Cross-team project coordination.", department: nil,
        isGeneral: false),
    ]
    for (index, department) in organisation.departments.enumerated() {
      channels.append(
        SampleChannel(name: department.channel, purpose: "The \(department.name) team.", department: index,
          isGeneral: false))
    }
    return channels
  }

  /// The channel index of a department's channel.
  static func index(ofDepartment department: Int) -> Int { 3 + department }

  /// True when the person can read and write here: everyone in shared channels, the department and the CEO
  /// in a department channel.
  func admits(_ person: SyntheticPerson) -> Bool {
    guard let department else { return true }
    return person.department == department || person.level == .executive
  }
}
