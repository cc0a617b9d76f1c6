/// Resolves `@name` in Stack Exchange comments to the people they address (FORMATS.md §12: "`@name` in a comment →
/// the earlier commenter").
///
/// Definitions, after the site's own notification rule as far as the dump shows it:
/// - A token is `@` followed by the longest run of letters, digits, `_`, `.` and `-`, with trailing `.` and `-`
///   dropped (the end of a sentence); tokens shorter than 3 characters are ignored.
/// - Candidates are the people a comment can address: the earlier commenters on the same post, most recent
///   first, then the post's owner. A candidate's key is their display name with whitespace removed, lowercased.
/// - A token names the first candidate whose key starts with the token, lowercased. A token naming nobody is
///   not a mention (no guess among all users). Each person is mentioned once per comment.
///
/// - Complexity: O(text length + candidates) per token; memory O(comments + posts) for the candidate lists.
struct StackExchangeCommentMentions {
  /// The key of each person's display name (`Users.xml` and deleted users' names), computed once.
  private var keys: [String: String] = [:]
  /// The owner of each read post, by post id (`<site>/post/<Id>`).
  private var owners: [String: String] = [:]
  /// (key, person) of each post's commenters so far, by post id.
  private var commenters: [String: [(key: String, person: String)]] = [:]

  mutating func name(_ person: String, _ displayName: String?) {
    if let displayName { keys[person] = Self.key(displayName) }
  }

  mutating func post(_ id: String, owner: String) {
    owners[id] = owner
  }

  /// The people `text` mentions, then records `author` as a commenter on `post`.
  mutating func comment(on post: String, author: String, text: String?) -> [String] {
    var mentioned: [String] = []
    if let text, text.utf8.contains(0x40) {
      var candidates = commenters[post, default: []].reversed().map { ($0.key, $0.person) }
      if let owner = owners[post], let key = keys[owner] { candidates.append((key, owner)) }
      for token in Self.tokens(text) {
        let match = candidates.first { $0.0.hasPrefix(token) }?.1
        if let match, !mentioned.contains(match) { mentioned.append(match) }
      }
    }
    if let key = keys[author] { commenters[post, default: []].append((key, author)) }
    return mentioned
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
