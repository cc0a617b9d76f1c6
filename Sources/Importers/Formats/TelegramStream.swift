/// Streams the messages of a Telegram Desktop `result.json`, one chat export or a full-account export alike.
///
/// Definition: the file is walked member by member with the `JSONBuffer` under `JSONElementReader`. The root
/// object is a chat when it has a `messages` array; a full export's chats are the elements of `chats.list` and
/// `left_chats.list`. Each message element is framed and parsed alone; a chat's scalar members that come before
/// its `messages` (`name`, `type`, `id`) are kept as its `Chat` context, every other member is skipped unread.
/// The root's `personal_information` object (the exporter's own account, with `user_id` and `username`) is
/// parsed and kept, since it is the only directory a Telegram export has.
///
/// Choice: `JSONElementReader` yields the elements of one array at the root or one member down and drops the
/// members around it; a full export's messages sit four levels down and the chat name must be kept, so this
/// walker follows that one path itself rather than widening the shared reader's shapes. Memory stays bounded by
/// one message, not by a chat or the file.
///
/// Errors: a malformed message is `.malformed` with its line and column and reading goes on; what breaks the
/// framing (a truncated file, a root that is not an object, bytes between members that are not `,`) throws
/// `ImportError.invalidJSON` with the line and column.
///
/// - Complexity: O(file size) time; O(largest message + chunk size) memory.
struct TelegramStream {
  /// The chat messages belong to: its kept scalar members and its 1-based place in the file.
  struct Chat: Sendable, Hashable {
    var members = JSONObject()
    var index = 0
  }

  /// One message element read, the chat it belongs to and its 1-based index in that chat.
  struct Element {
    var item: JSONItem
    var chat: Chat
    var entry: Int
  }

  private enum Kind { case root, chats, list, chat, messages }

  private struct Level {
    var kind: Kind
    var first = true
    var members = JSONObject()
  }

  static let keptChatMembers: Set<String> = ["name", "type", "id"]
  static let maximumDepth = JSONElementReader.defaultMaximumDepth
  static let maximumElementBytes = JSONElementReader.defaultMaximumElementBytes

  let path: String
  /// The exporter's `personal_information`, once the walk has passed it.
  private(set) var personalInformation: JSONValue?
  private var buffer = JSONBuffer()
  private var stream: ByteStream
  private var levels: [Level] = []
  private var started = false
  private var chat = Chat()
  private var chatCount = 0
  private var entry = 0

  init(_ stream: ByteStream) {
    self.stream = stream
    self.path = stream.path
  }

  /// The next message element, `nil` after the last one.
  /// - Throws: `ImportError.invalidJSON` when the file cannot be framed any further; the stream's read errors.
  mutating func next() throws(ImportError) -> Element? {
    if !started {
      started = true
      guard let byte = try peek() else { throw truncated("before any value (the file is empty)") }
      guard byte == UInt8(ascii: "{") else { throw syntax("expected '{' at the start of the file", at: position) }
      buffer.position += 1
      levels = [Level(kind: .root)]
    }
    while let level = levels.last {
      let isArray = level.kind == .list || level.kind == .messages
      let close = UInt8(ascii: isArray ? "]" : "}")
      guard let byte = try peek() else { throw truncated(isArray ? "inside an array" : "inside an object") }
      if byte == close {
        buffer.position += 1
        levels.removeLast()
        continue
      }
      if !level.first {
        guard byte == UInt8(ascii: ",") else {
          throw syntax("expected ',' or '\(Character(Unicode.Scalar(close)))'", at: position)
        }
        buffer.position += 1
      }
      levels[levels.count - 1].first = false
      if level.kind == .messages { return try message() }
      if level.kind == .list { try chatElement() } else { try member(of: level.kind) }
    }
    if try peek() != nil { throw syntax("unexpected content after the JSON value", at: position) }
    return nil
  }

  private mutating func message() throws(ImportError) -> Element {
    guard try peek() != nil else { throw truncated("inside an array") }
    entry += 1
    if let value = buffer.parseInPlace(
      maximumDepth: Self.maximumDepth, limit: Self.maximumElementBytes, members: TelegramMessageParser.usedMembers)
    {
      return Element(item: .value(value), chat: chat, entry: entry)
    }
    let frame = try framed(retain: true)
    return Element(item: item(frame, members: TelegramMessageParser.usedMembers), chat: chat, entry: entry)
  }

  /// One element of a `list` array: a chat object is entered, anything else skipped.
  private mutating func chatElement() throws(ImportError) {
    guard let byte = try peek() else { throw truncated("inside an array") }
    chatCount += 1
    if byte == UInt8(ascii: "{") {
      buffer.position += 1
      levels.append(Level(kind: .chat))
    } else {
      _ = try framed(retain: false)
    }
  }

  /// One member of the root, a `chats` object or a chat: descends, keeps, or skips its value.
  private mutating func member(of kind: Kind) throws(ImportError) {
    guard try peek() == UInt8(ascii: "\"") else { throw syntax("expected a member name in quotes", at: position) }
    let keyStart = position
    let keyFrame = try framed(retain: true)
    guard case .success(.string(let name)) = buffer.parse(keyFrame, maximumDepth: Self.maximumDepth) else {
      throw syntax("invalid member name", at: keyStart)
    }
    guard try peek() == UInt8(ascii: ":") else { throw syntax("expected ':' after a member name", at: position) }
    buffer.position += 1
    guard let byte = try peek() else { throw truncated("inside an object") }
    let isObject = byte == UInt8(ascii: "{")
    let isArray = byte == UInt8(ascii: "[")
    switch (kind, name) {
    case (.root, "messages") where isArray, (.chat, "messages") where isArray:
      let members = levels[levels.count - 1].members
      chat = Chat(members: members, index: kind == .root ? 1 : chatCount)
      entry = 0
      enter(.messages)
    case (.root, "chats") where isObject, (.root, "left_chats") where isObject:
      enter(.chats)
    case (.chats, "list") where isArray:
      enter(.list)
    case (.root, "personal_information") where isObject:
      let frame = try framed(retain: true)  // framed first: it refills the buffer `item` then reads
      if case .value(let value) = item(frame) { personalInformation = value }
    case (.root, _) where !isObject && !isArray, (.chat, _) where !isObject && !isArray:
      let frame = try framed(retain: Self.keptChatMembers.contains(name))
      if Self.keptChatMembers.contains(name), case .value(let value) = item(frame) {
        levels[levels.count - 1].members.keys.append(name)
        levels[levels.count - 1].members.values.append(value)
      }
    default:
      _ = try framed(retain: false)
    }
  }

  private mutating func enter(_ kind: Kind) {
    buffer.position += 1
    levels.append(Level(kind: kind))
  }

  private func item(_ frame: JSONFrame, members: JSONMemberFilter? = nil) -> JSONItem {
    if let problem = frame.problem {
      return .malformed(line: frame.startLine, column: frame.startColumn, detail: problem)
    }
    switch buffer.parse(frame, maximumDepth: Self.maximumDepth, members: members) {
    case .success(let value): return .value(value)
    case .failure(let failure):
      let (line, column) = buffer.lineAndColumn(of: frame.start + failure.offset)
      return .malformed(line: line, column: column, detail: failure.detail)
    }
  }

  private mutating func framed(retain: Bool) throws(ImportError) -> JSONFrame {
    do throws(JSONFrameError) {
      return try buffer.frameValue(
        from: &stream, maximumDepth: Self.maximumDepth, limit: retain ? Self.maximumElementBytes : 0)
    } catch {
      switch error {
      case .truncated: throw truncated("inside a value")
      case .mismatch(let offset): throw syntax("mismatched bracket", at: offset)
      case .read(let failure): throw failure
      }
    }
  }

  private var position: Int { buffer.position }

  private mutating func peek() throws(ImportError) -> UInt8? {
    try buffer.peekNonSpace(from: &stream)
  }

  private func syntax(_ detail: String, at offset: Int) -> ImportError {
    let (line, column) = buffer.lineAndColumn(of: offset)
    let found = buffer.describe(offset)
    return .invalidJSON(path: path, line: line, column: column, detail: "\(detail), found \(found)")
  }

  private func truncated(_ place: String) -> ImportError {
    let (line, column) = buffer.lineAndColumn(of: buffer.count)
    return .invalidJSON(path: path, line: line, column: column, detail: "the file ends \(place) (truncated?)")
  }
}
