import Foundation

extension PersonaThresholds {
  /// The defaults changed by `KEY=VALUE,...` (the keys of `named`, e.g. `catalyst_minimum_replies_per_post=2`);
  /// keys not given keep their default.
  /// - Throws: `RoleOptionError` for an unknown key or a value that is not a number ≥ 0 (a whole number for
  ///   `broadcaster_minimum_posts`).
  /// - Complexity: O(length of text).
  public init(parsing text: String) throws(RoleOptionError) {
    self.init()
    for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { throw .malformedThreshold(String(pair)) }
      let (key, text) = (parts[0], parts[1])
      guard let value = Double(text), value >= 0, value.isFinite else {
        throw .invalidThreshold(key: key, value: text)
      }
      switch key {
      case "broadcaster_minimum_posts":
        guard let posts = Int(text) else { throw .invalidThreshold(key: key, value: text) }
        broadcasterMinimumPosts = posts
      case "broadcaster_maximum_answer_share": broadcasterMaximumAnswerShare = value
      case "broadcaster_maximum_replies_per_post": broadcasterMaximumRepliesPerPost = value
      case "catalyst_minimum_post_share": catalystMinimumPostShare = value
      case "catalyst_minimum_replies_per_post": catalystMinimumRepliesPerPost = value
      case "responder_minimum_answer_share": responderMinimumAnswerShare = value
      case "responder_maximum_received_per_given": responderMaximumReceivedPerGiven = value
      default: throw .unknownThreshold(key)
      }
    }
  }
}
