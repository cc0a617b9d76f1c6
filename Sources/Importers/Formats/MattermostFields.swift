/// The members of a Mattermost post or reply that make its record, as the line gave them (FORMATS.md §4).
///
/// Definition: each is what `JSONValue` look-ups give on the post's object (first occurrence of a repeated
/// member): `author` the person id of `user` (`MattermostPersonIDs`) when it is a string not blank, `message` when
/// a string, `create_at` as it was written, `isFromBot` when `props.from_bot` or `props.from_webhook` is `true` or
/// `"true"` (any case), and `reactions` the person ids of the string `user`, when not blank, of each object of
/// `reactions`, in order, untrimmed. `MattermostPostParser` makes the record.
///
/// - Complexity: O(reactions).
struct MattermostPostFields: Sendable {
  var author: String?
  var createAt: JSONValue?
  var message: String?
  var isFromBot = false
  var reactions: [String] = []

  init() {}

  /// The fields of a parsed post or reply object, person ids from `ids`.
  init(_ post: JSONValue, ids: inout MattermostPersonIDs) {
    author = post["user"]?.string.flatMap { ids.id($0) }
    createAt = post["create_at"]
    message = post["message"]?.string
    let props = post["props"]
    isFromBot = ["from_bot", "from_webhook"].contains { Self.isTrue(props?[$0]) }
    for reaction in post["reactions"]?.array ?? [] {
      if let user = reaction["user"]?.string, let id = ids.id(user) { reactions.append(id) }
    }
  }

  /// A bot flag's value: `true`, or a string that lower-cases to `"true"`.
  static func isTrue(_ value: JSONValue?) -> Bool {
    value?.bool == true || value?.string?.lowercased() == "true"
  }
}

/// The members of a `post` or `direct_post` line's object: where it was said, the post and its replies.
///
/// Definition: `team` and `channel` when strings, the string elements of `channel_members`, and each element of
/// `replies`, `nil` for one that is not an object.
///
/// - Complexity: O(replies + members).
struct MattermostPostLine: Sendable {
  var team: String?
  var channel: String?
  var channelMembers: [String] = []
  var post = MattermostPostFields()
  var replies: [MattermostPostFields?] = []

  init() {}

  /// The members of a parsed post object, person ids from `ids`.
  init(_ post: JSONValue, ids: inout MattermostPersonIDs) {
    team = post["team"]?.string
    channel = post["channel"]?.string
    channelMembers = (post["channel_members"]?.array ?? []).compactMap(\.string)
    self.post = MattermostPostFields(post, ids: &ids)
    for reply in post["replies"]?.array ?? [] {
      replies.append(reply.object == nil ? nil : MattermostPostFields(reply, ids: &ids))
    }
  }
}

/// The members of a `user` line's object that make a person, each when it is a string.
///
/// - Complexity: O(1).
struct MattermostUserFields: Sendable {
  var username: String?
  var firstName: String?
  var lastName: String?
  var nickname: String?
  var email: String?
  var position: String?

  init() {}

  /// The fields of a parsed user object.
  init(_ user: JSONValue) {
    username = user["username"]?.string
    firstName = user["first_name"]?.string
    lastName = user["last_name"]?.string
    nickname = user["nickname"]?.string
    email = user["email"]?.string
    position = user["position"]?.string
  }
}
