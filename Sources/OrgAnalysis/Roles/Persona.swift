/// How a person takes part, from the balance of what they give and what they receive (docs/roles.md).
///
/// Gives: posts (messages starting a thread or standing alone), replies (and person-to-person messages),
/// reactions. Receives: replies, mentions, reactions. The rules are tried in this order, the first that holds
/// wins, so every person who is not a bot gets exactly one persona (`PersonaThresholds` holds the numbers):
/// 1. `observer`: gives nothing (may still be mentioned or answered). Only people the export lists without any
///    activity of their own can be observers, so their count needs the export's full user directory.
/// 2. `broadcaster`: at least `broadcasterMinimumPosts` posts, replies and reactions at most
///    `broadcasterMaximumAnswerShare` of what they give, and fewer than `broadcasterMaximumRepliesPerPost`
///    replies received per post: announcements that few answer.
/// 3. `catalyst`: at least one post, posts at least `catalystMinimumPostShare` of posts + replies, and at least
///    `catalystMinimumRepliesPerPost` replies received per post: they start conversations others join.
/// 4. `responder`: replies and reactions at least `responderMinimumAnswerShare` of what they give, and they
///    receive less than `responderMaximumReceivedPerGiven` times what they give: they mostly answer others.
/// 5. `engager`: everyone else who gives something: a give-and-take of posting, answering and being answered.
public enum Persona: String, Sendable, CaseIterable, Equatable {
  case engager, catalyst, responder, broadcaster, observer
}

/// The adjustable numbers of the persona rules (`Persona`); the defaults are documented in docs/roles.md.
public struct PersonaThresholds: Sendable, Equatable {
  public var broadcasterMinimumPosts = 1
  public var broadcasterMaximumAnswerShare = 0.2
  public var broadcasterMaximumRepliesPerPost = 0.5
  public var catalystMinimumPostShare = 0.5
  public var catalystMinimumRepliesPerPost = 1.0
  public var responderMinimumAnswerShare = 0.75
  public var responderMaximumReceivedPerGiven = 1.0

  public init() {}

  /// Every threshold with its JSON key, in documentation order.
  public var named: [(key: String, value: Double)] {
    [
      ("broadcaster_minimum_posts", Double(broadcasterMinimumPosts)),
      ("broadcaster_maximum_answer_share", broadcasterMaximumAnswerShare),
      ("broadcaster_maximum_replies_per_post", broadcasterMaximumRepliesPerPost),
      ("catalyst_minimum_post_share", catalystMinimumPostShare),
      ("catalyst_minimum_replies_per_post", catalystMinimumRepliesPerPost),
      ("responder_minimum_answer_share", responderMinimumAnswerShare),
      ("responder_maximum_received_per_given", responderMaximumReceivedPerGiven),
    ]
  }

  /// The persona of someone who gave `posts`, `replies` and `reactions`, and received `repliesReceived` replies
  /// and `received` interactions in all (replies, mentions, reactions).
  /// - Complexity: O(1).
  public func persona(posts: Int, replies: Int, reactions: Int, repliesReceived: Int, received: Int) -> Persona {
    let given = posts + replies + reactions
    guard given > 0 else { return .observer }
    let answerShare = Double(replies + reactions) / Double(given)
    let repliesPerPost = posts > 0 ? Double(repliesReceived) / Double(posts) : 0
    if posts >= max(broadcasterMinimumPosts, 1), answerShare <= broadcasterMaximumAnswerShare,
      repliesPerPost < broadcasterMaximumRepliesPerPost
    {
      return .broadcaster
    }
    if posts > 0, Double(posts) / Double(posts + replies) >= catalystMinimumPostShare,
      repliesPerPost >= catalystMinimumRepliesPerPost
    {
      return .catalyst
    }
    if answerShare >= responderMinimumAnswerShare,
      Double(received) < responderMaximumReceivedPerGiven * Double(given)
    {
      return .responder
    }
    return .engager
  }
}
