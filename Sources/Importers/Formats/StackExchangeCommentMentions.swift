/// The people of one Stack Exchange site as its rows name them, and the `@name`s of its comments resolved to
/// them (FORMATS.md §12: "`@name` in a comment → the earlier commenter").
///
/// Definitions, after the site's own notification rule as far as the dump shows it:
/// - A token is `@` followed by the longest run of letters, digits, `_`, `.` and `-`, with trailing `.` and `-`
///   dropped (the end of a sentence); tokens shorter than 3 characters are ignored.
/// - Candidates are the people a comment can address: the earlier commenters on the same post, most recent
///   first, then the post's owner. A candidate's key is their display name with whitespace removed, lowercased.
/// - A token names the first candidate whose key starts with the token, lowercased. A token naming nobody is
///   not a mention (no guess among all users). Each person is mentioned once per comment.
///
/// Choices (issue 5: memory bounded by people and interactions, small per row): each person is an ordinal
/// (its person id and key, kept once; a `Users.xml` row's key is its own, even when another row has the same
/// `AccountId`); users and posts are found by their row id in `StackExchangeIDTable`s (4 bytes a dense id); the
/// commenters of a post are a chain through the comments, 8 bytes a comment, walked back from the post's last one.
///
/// - Complexity: O(text length + candidates) per token; memory O(users + posts + comments), about 40 bytes a
///   user, 8 a post and 8 a comment.
struct StackExchangeCommentMentions {
  /// The person id of each ordinal.
  private var personIDs: [String] = []
  /// The key of each ordinal's display name, nil without one.
  private var keys: [String?] = []
  /// The ordinal of each `Users.xml` row, by its `Id`.
  private var users = StackExchangeIDTable()
  /// The ordinal of each deleted user, by display name.
  private var deletedUsers: [String: Int32] = [:]
  /// The owner's ordinal of each read post, by its `Id`.
  private var owners = StackExchangeIDTable()
  /// The index in `commenters` of each post's last comment by a person with a key, by the post's `Id`.
  private var lastComments = StackExchangeIDTable()
  /// The ordinal of each such comment's author, and the index of the one before it on the same post (−1: none).
  private var commenters: [(person: Int32, earlier: Int32)] = []

  /// Adds the person of a `Users.xml` row (`id` its `Id`).
  mutating func user(_ id: String, person: String, displayName: String?) {
    users.set(id, add(person, displayName))
  }

  /// The ordinal and person id of the `Users.xml` row with `id`, or nil.
  func user(_ id: String) -> (ordinal: Int32, person: String)? {
    users[id].map { ($0, personIDs[Int($0)]) }
  }

  /// The ordinal of the deleted user `name` with person id `person`, and whether it is new.
  mutating func deletedUser(_ name: String, person: String) -> (ordinal: Int32, inserted: Bool) {
    if let ordinal = deletedUsers[name] { return (ordinal, false) }
    let ordinal = add(person, name)
    deletedUsers[name] = ordinal
    return (ordinal, true)
  }

  /// Records the owner (an ordinal, nil for a user `Users.xml` does not list) of the post with `id`.
  mutating func post(_ id: String, owner: Int32?) {
    if let owner { owners.set(id, owner) }
  }

  /// The people `text` mentions, then records `author` (an ordinal, nil for an unlisted user) as a commenter on
  /// the post with `id`.
  mutating func comment(on post: String, author: Int32?, text: String?) -> [String] {
    var mentioned: [String] = []
    if let text, text.utf8.contains(0x40) {
      for token in Self.tokens(text) {
        if let match = candidate(on: post, matching: token), !mentioned.contains(match) { mentioned.append(match) }
      }
    }
    if let author, keys[Int(author)] != nil {
      commenters.append((author, lastComments[post] ?? -1))
      lastComments.set(post, Int32(commenters.count - 1))
    }
    return mentioned
  }

  /// The person id of the first candidate on `post` whose key starts with `token`.
  private func candidate(on post: String, matching token: String) -> String? {
    var index = lastComments[post] ?? -1
    while index >= 0 {
      let (person, earlier) = commenters[Int(index)]
      if keys[Int(person)]?.hasPrefix(token) == true { return personIDs[Int(person)] }
      index = earlier
    }
    guard let owner = owners[post], keys[Int(owner)]?.hasPrefix(token) == true else { return nil }
    return personIDs[Int(owner)]
  }

  private mutating func add(_ person: String, _ displayName: String?) -> Int32 {
    personIDs.append(person)
    keys.append(displayName.map(Self.key))
    return Int32(personIDs.count - 1)
  }

  static func key(_ name: String) -> String {
    String(name.filter { !$0.isWhitespace }).lowercased()
  }

  /// The lowercased tokens after each `@`, at least 3 characters long.
  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var rest = Substring(text)
    while let at = rest.firstIndex(of: "@") {
      rest = rest[rest.index(after: at)...]
      var token = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
      while let last = token.last, last == "." || last == "-" { token = token.dropLast() }
      if token.count >= 3 { result.append(token.lowercased()) }
    }
    return result
  }
}
