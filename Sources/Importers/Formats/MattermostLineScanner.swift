/// What a Mattermost line holds, taken from its bytes by `MattermostLineScanner`.
enum MattermostScannedLine: Sendable {
  case user(MattermostUserFields)
  /// A `post` (`isPrivate` false) or `direct_post` line.
  case post(MattermostPostLine, isPrivate: Bool)
  /// A line of a type that carries no talk (`MattermostLines.directoryTypes`).
  case directory
}

/// Takes the members Mattermost uses straight from a line's bytes: member names compared as bytes, a `String`
/// made only for a value that is kept, no `JSONValue` tree.
///
/// Definition: the same fields as `MattermostPostLine(_:)` and `MattermostUserFields(_:)` give on the line's
/// parsed object (first occurrence of a repeated member), for the same lines `MattermostLines.parse` accepts.
/// Every line that would not become records plainly is refused (`nil`) and left to the general path, which
/// reports it: invalid JSON, no object, a `type` that is not a string, comes after the type's member or is not
/// known, a missing or non-object `user`/`post`/`direct_post` member, and a reply that is not an object.
///
/// Choice: the walk is `JSONValueParser`'s (`walkObject`, `walkArray`), so a refused line costs a second parse
/// only when it is malformed or unusual, and an accepted one was checked byte for byte as the parser checks it.
///
/// - Complexity: O(line length).
enum MattermostLineScanner {
  /// Members of a line's object, in filter order.
  private enum LineMember: Int {
    case type, user, post, directPost
  }

  /// Members of a post's object; a reply's are the first five.
  private enum PostMember: Int {
    case user, createAt, message, props, reactions, team, channel, channelMembers, replies
  }

  private static let lineMembers = JSONMemberFilter(["type", "user", "post", "direct_post"])
  private static let postMembers = JSONMemberFilter(
    ["user", "create_at", "message", "props", "reactions", "team", "channel", "channel_members", "replies"])
  private static let replyMembers = JSONMemberFilter(["user", "create_at", "message", "props", "reactions"])
  private static let propsMembers = JSONMemberFilter(["from_bot", "from_webhook"])
  private static let reactionMembers = JSONMemberFilter(["user"])
  private static let userMembers = JSONMemberFilter(
    ["username", "first_name", "last_name", "nickname", "email", "position"])

  /// The line's content, or `nil` for a line the general path must read; person ids without a namespace.
  static func scan(_ line: UnsafeBufferPointer<UInt8>) -> MattermostScannedLine? {
    var ids = MattermostPersonIDs()
    return scan(line, ids: &ids)
  }

  /// The line's content, person ids from `ids`, or `nil` for a line the general path must read.
  static func scan(_ line: UnsafeBufferPointer<UInt8>, ids: inout MattermostPersonIDs) -> MattermostScannedLine? {
    var parser = JSONValueParser(line, maximumDepth: JSONElementReader.defaultMaximumDepth)
    do throws(JSONParseFailure) {
      return try scanLine(&parser, ids: &ids)
    } catch {
      return nil
    }
  }

  private static func scanLine(
    _ parser: inout JSONValueParser, ids: inout MattermostPersonIDs
  ) throws(JSONParseFailure) -> MattermostScannedLine {
    var type: String?
    var seen = 0
    var result: MattermostScannedLine?
    let isObject = try parser.walkObject(depth: 0, filter: lineMembers) { parser, position throws(JSONParseFailure) in
      guard seen & 1 << position == 0, let member = LineMember(rawValue: position) else {
        return try parser.skipValue(depth: 1)
      }
      seen |= 1 << position
      if member == .type {
        guard parser.valueStart() == UInt8(ascii: "\"") else { throw parser.fail("type is not a string") }
        type = try parser.parseString()
        return
      }
      guard let type else { throw parser.fail("type after its member") }
      switch (member, type) {
      case (.user, "user"): result = .user(try user(&parser))
      case (.post, "post"): result = .post(try post(&parser, ids: &ids), isPrivate: false)
      case (.directPost, "direct_post"): result = .post(try post(&parser, ids: &ids), isPrivate: true)
      default: try parser.skipValue(depth: 1)
      }
    }
    guard isObject, parser.isAtEnd(), let type else { throw parser.fail("not a plain line") }
    if let result { return result }
    guard MattermostLines.directoryTypes.contains(type) else { throw parser.fail("no content member") }
    return .directory
  }

  private static func user(_ parser: inout JSONValueParser) throws(JSONParseFailure) -> MattermostUserFields {
    var fields = MattermostUserFields()
    var seen = 0
    let isObject = try parser.walkObject(depth: 1, filter: userMembers) { parser, position throws(JSONParseFailure) in
      guard seen & 1 << position == 0 else { return try parser.skipValue(depth: 2) }
      seen |= 1 << position
      let value = try parser.stringValue(depth: 2)
      switch position {
      case 0: fields.username = value
      case 1: fields.firstName = value
      case 2: fields.lastName = value
      case 3: fields.nickname = value
      case 4: fields.email = value
      default: fields.position = value
      }
    }
    guard isObject else { throw parser.fail("user is not an object") }
    return fields
  }

  private static func post(
    _ parser: inout JSONValueParser, ids: inout MattermostPersonIDs
  ) throws(JSONParseFailure) -> MattermostPostLine {
    var line = MattermostPostLine()
    var post = MattermostPostFields()
    guard try fields(&parser, depth: 1, filter: postMembers, into: &post, line: &line, ids: &ids) else {
      throw parser.fail("post is not an object")
    }
    line.post = post
    return line
  }

  /// The fields of the post or reply object at `index` (held at `depth`); a post's own members go to `line`.
  /// False when the value is not an object.
  private static func fields(
    _ parser: inout JSONValueParser, depth: Int, filter: JSONMemberFilter, into fields: inout MattermostPostFields,
    line: inout MattermostPostLine, ids: inout MattermostPersonIDs
  ) throws(JSONParseFailure) -> Bool {
    var seen = 0
    let inner = depth + 1
    return try parser.walkObject(depth: depth, filter: filter) { parser, position throws(JSONParseFailure) in
      guard seen & 1 << position == 0, let member = PostMember(rawValue: position) else {
        return try parser.skipValue(depth: inner)
      }
      seen |= 1 << position
      switch member {
      case .user: fields.author = try ids.id(&parser, depth: inner)
      case .createAt: fields.createAt = try parser.parseValue(depth: inner)
      case .message: fields.message = try parser.stringValue(depth: inner)
      case .props: fields.isFromBot = try isFromBot(&parser, depth: inner)
      case .reactions: fields.reactions = try reactions(&parser, depth: inner, ids: &ids)
      case .team: line.team = try parser.stringValue(depth: inner)
      case .channel: line.channel = try parser.stringValue(depth: inner)
      case .channelMembers:
        _ = try parser.walkArray(depth: inner) { parser throws(JSONParseFailure) in
          if let member = try parser.stringValue(depth: inner + 1) { line.channelMembers.append(member) }
        }
      case .replies: line.replies = try replies(&parser, depth: inner, ids: &ids)
      }
    }
  }

  private static func isFromBot(_ parser: inout JSONValueParser, depth: Int) throws(JSONParseFailure) -> Bool {
    var seen = 0
    var isTrue = false
    _ = try parser.walkObject(depth: depth, filter: propsMembers) { parser, position throws(JSONParseFailure) in
      guard seen & 1 << position == 0 else { return try parser.skipValue(depth: depth + 1) }
      seen |= 1 << position
      if MattermostPostFields.isTrue(try parser.parseValue(depth: depth + 1)) { isTrue = true }
    }
    return isTrue
  }

  private static func reactions(
    _ parser: inout JSONValueParser, depth: Int, ids: inout MattermostPersonIDs
  ) throws(JSONParseFailure) -> [String] {
    var users: [String] = []
    _ = try parser.walkArray(depth: depth) { parser throws(JSONParseFailure) in
      var isFirst = true
      _ = try parser.walkObject(depth: depth + 1, filter: reactionMembers) { parser, _ throws(JSONParseFailure) in
        guard isFirst else { return try parser.skipValue(depth: depth + 2) }
        isFirst = false
        if let user = try ids.id(&parser, depth: depth + 2) { users.append(user) }
      }
    }
    return users
  }

  private static func replies(
    _ parser: inout JSONValueParser, depth: Int, ids: inout MattermostPersonIDs
  ) throws(JSONParseFailure) -> [MattermostPostFields?] {
    var replies: [MattermostPostFields?] = []
    var unused = MattermostPostLine()
    _ = try parser.walkArray(depth: depth) { parser throws(JSONParseFailure) in
      var reply = MattermostPostFields()
      guard try fields(&parser, depth: depth + 1, filter: replyMembers, into: &reply, line: &unused, ids: &ids) else {
        throw parser.fail("reply is not an object")
      }
      replies.append(reply)
    }
    return replies
  }
}
