/// The lines of a Mattermost bulk export (JSONL, FORMATS.md §4): one JSON object per line, `{"type": X, X: {…}}`.
///
/// `parse(_:)` is the one place a line becomes a value: the streaming JSON reader's parser (`JSONValueParser`),
/// so a line's bytes become a `JSONValue` without Foundation's `Any` tree.
///
/// - Complexity: O(line length) per line.
enum MattermostLines {
  /// Why a line is not a usable object; `column` is 1-based within the line when the parser says.
  struct Failure: Error, Sendable, Hashable {
    var column: Int?
    var detail: String
  }

  /// Types of the bulk format that carry no talk: read past without being counted as content records.
  static let directoryTypes: Set<String> = ["version", "scheme", "emoji", "team", "channel", "direct_channel", "role"]
  /// Types that carry talk.
  static let contentTypes: Set<String> = ["post", "direct_post"]

  /// Every member of a line the reader uses, down to the nested ones (`post.replies[].reactions[].user`, ...): the
  /// others are checked but not built (`JSONMemberFilter`). Lines of other types keep only `type`.
  static let usedMembers: JSONMemberFilter = {
    let props = JSONMemberFilter(["from_bot", "from_webhook"])
    let reactions = JSONMemberFilter(["user"])
    let reply = JSONMemberFilter(["user", "create_at", "message"], nested: ["props": props, "reactions": reactions])
    let post = JSONMemberFilter(
      ["team", "channel", "channel_members", "user", "create_at", "message"],
      nested: ["props": props, "reactions": reactions, "replies": reply])
    let user = JSONMemberFilter(["username", "first_name", "last_name", "nickname", "email", "position"])
    return JSONMemberFilter(["type"], nested: ["user": user, "post": post, "direct_post": post])
  }()

  /// The JSON object on one line (without its line break), parsed by the streaming reader's `JSONValueParser`;
  /// with `members`, only those members are built.
  static func parse(_ line: ArraySlice<UInt8>, members: JSONMemberFilter? = nil) -> Result<JSONValue, Failure> {
    line.withUnsafeBufferPointer { parse($0, members: members) }
  }

  /// `parse(_:members:)` of bytes lent by the line source.
  static func parse(_ line: UnsafeBufferPointer<UInt8>, members: JSONMemberFilter? = nil)
    -> Result<JSONValue, Failure>
  {
    var parser = JSONValueParser(line, maximumDepth: JSONElementReader.defaultMaximumDepth, members: members)
    let result: Result<JSONValue, JSONParseFailure>
    do throws(JSONParseFailure) {
      result = .success(try parser.parseDocument())
    } catch {
      result = .failure(error)
    }
    switch result {
    case .failure(let failure): return .failure(Failure(column: failure.offset + 1, detail: failure.detail))
    case .success(let value):
      guard case .object = value else { return .failure(Failure(column: 1, detail: "expected a JSON object")) }
      return .success(value)
    }
  }

  /// True when the first non-blank line of `bytes` (the head of a file) is an object whose `type` is a Mattermost
  /// line type.
  static func isMattermost(firstLineOf bytes: some Collection<UInt8>) -> Bool {
    let head = Array(bytes.prefix(64 * 1024))
    guard let start = head.firstIndex(where: { !isBlank($0) }), head[start] == UInt8(ascii: "{") else {
      return false
    }
    let end = head[start...].firstIndex(of: UInt8(ascii: "\n")) ?? head.endIndex
    guard case .success(let object) = parse(head[start..<end]), let type = object["type"]?.string else {
      return false
    }
    return directoryTypes.contains(type) || contentTypes.contains(type) || type == "user"
  }

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
