import Foundation

/// A message after interning: people are `PersonIndex` values, the answered message a `Corpus.messages` index.
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
  public var mentions: [PersonIndex]
  public var reactions: [PersonIndex]
  public var isFromBot: Bool
  /// Sent in a private conversation (`MessageRecord.isPrivate`).
  public var isPrivate: Bool = false
  /// True when `parent` was inferred by `CorpusBuilder.replyInferenceWindow`, not read from the export.
  public var isInferredReply: Bool = false
}
