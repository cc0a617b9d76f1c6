import Foundation

/// A message as an importer reads it, before people are interned and replies are resolved.
///
/// Importers apply their platform's threading rule here: where threads are flat (Slack, Teams channels,
/// Mattermost) `replyTo` is the thread root; where replies nest it is the direct parent.
public struct MessageRecord: Sendable, Hashable {
  /// Unique within its input (Slack: `channel/ts`, since `ts` is unique per channel only).
  public var id: String
  public var author: String
  public var time: Date?
  public var channel: String?
  /// The id of the message this one answers.
  public var replyTo: String?
  /// The author of the answered message when the export names it even if that message is absent
  /// (Slack `parent_user_id`): a reply whose root is missing still answers this person.
  public var replyToAuthor: String?
  public var threadRoot: String?
  /// Distinct person ids mentioned in the message, in order of first mention.
  public var mentions: [String]
  /// One entry per reaction event: the id of the person who reacted (a person reacting with two emoji
  /// appears twice).
  public var reactions: [String]
  public var text: String?
  /// Sent by a bot or an integration (Slack `bot_message`), whatever the author's directory entry says.
  public var isFromBot: Bool
  /// Part of a private conversation (a Yammer private message, a Mattermost direct post) rather than of a
  /// channel or group: still talk, counted apart in the summary.
  public var isPrivate: Bool
  public var location: SourceLocation?
  /// The id is made from the message's place in its file because the export has none (WhatsApp,
  /// DiscordChatExporter CSV): no record can refer to it and it cannot repeat, so the corpus keeps no key for
  /// it (a key costs 50 to 80 bytes per message until the corpus is built).
  public var hasPositionalID: Bool

  public init(
    id: String, author: String, time: Date? = nil, channel: String? = nil, replyTo: String? = nil,
    replyToAuthor: String? = nil, threadRoot: String? = nil, mentions: [String] = [], reactions: [String] = [],
    text: String? = nil, isFromBot: Bool = false, isPrivate: Bool = false, location: SourceLocation? = nil,
    hasPositionalID: Bool = false
  ) {
    self.id = id
    self.author = author
    self.time = time
    self.channel = channel
    self.replyTo = replyTo
    self.replyToAuthor = replyToAuthor
    self.threadRoot = threadRoot
    self.mentions = mentions
    self.reactions = reactions
    self.text = text
    self.isFromBot = isFromBot
    self.isPrivate = isPrivate
    self.location = location
    self.hasPositionalID = hasPositionalID
  }
}
