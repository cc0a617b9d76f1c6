import Foundation

/// A message after interning: people are `PersonIndex` values, the answered message a `Corpus.messages` index.
///
/// The corpus stores messages by column (`MessageList`) and rebuilds this value on access.
public struct Message: Sendable, Hashable {
  public var author: PersonIndex
  public var time: Date?
  public var channel: String?
  /// Index into `Corpus.messages` of the message this one answers, when it is in the corpus.
  public var parent: Int?
  /// The answered person when only their id was known (Slack `parent_user_id` with the root missing).
  public var parentAuthor: PersonIndex?
  /// True when the message had a reply target, found or not.
  public var isReply: Bool
  /// Slices of the corpus's one array of mentions and reactions: reading a message copies neither.
  public var mentions: ArraySlice<PersonIndex>
  public var reactions: ArraySlice<PersonIndex>
  public var isFromBot: Bool
  /// Sent in a private conversation (`MessageRecord.isPrivate`).
  public var isPrivate: Bool = false
  /// True when `parent` was inferred by `CorpusBuilder.replyInferenceWindow`, not read from the export.
  public var isInferredReply: Bool = false

  public init(
    author: PersonIndex, time: Date?, channel: String?, parent: Int?, parentAuthor: PersonIndex?, isReply: Bool,
    mentions: ArraySlice<PersonIndex>, reactions: ArraySlice<PersonIndex>, isFromBot: Bool, isPrivate: Bool = false,
    isInferredReply: Bool = false
  ) {
    self.author = author
    self.time = time
    self.channel = channel
    self.parent = parent
    self.parentAuthor = parentAuthor
    self.isReply = isReply
    self.mentions = mentions
    self.reactions = reactions
    self.isFromBot = isFromBot
    self.isPrivate = isPrivate
    self.isInferredReply = isInferredReply
  }
}
