import ConversationModel
import Foundation

/// Turns one `post` or `direct_post` line of a Mattermost bulk export into its records: the post, then each of
/// its nested `replies`, each exactly one `.message` or `.skipped` (FORMATS.md §4).
///
/// Definitions: posts have no ids, so the reader names them by position: `L<line>` for a post and
/// `L<line>.<k>` for its k-th reply. Threads are flat (DESIGN.md): every reply answers the post. The author is
/// `user` (a username, lower-cased: the person's id), the time `create_at` (milliseconds since 1970), the channel
/// `team/channel` (or `channel` without a team). A direct post is private: `isPrivate`, in the channel
/// `direct:<members sorted, comma-separated>`. Mentions are `@username` tokens of `message` (not inside an
/// e-mail address; `@all`, `@channel` and `@here` are broadcasts, not people); once the export has listed users,
/// a mention of nobody listed is a `unknown_mention` note and no interaction. Reactions are each `reactions[].user`.
/// A post whose `props` has `from_bot` or `from_webhook` true is a bot's.
///
/// Skip reasons: `malformed_post` (no object under the type's key), `missing_author`, `invalid_timestamp`.
///
/// - Complexity: O(line length).
struct MattermostPostParser {
  let path: String
  /// Usernames the export listed before its posts; empty when it listed none.
  let knownUsers: Set<String>

  /// `@all`, `@channel` and `@here`: compared as strings, no hash.
  static func isBroadcast(_ name: String) -> Bool { name == "all" || name == "channel" || name == "here" }

  /// The records of a parsed line's object, person ids without a namespace.
  func records(_ object: JSONValue, type: String, line: Int, diagnostics: inout DiagnosticLog)
    -> [ImportRecord]
  {
    var ids = MattermostPersonIDs()
    return records(object, type: type, line: line, diagnostics: &diagnostics, ids: &ids)
  }

  /// The records of a parsed line's object, person ids from `ids`.
  func records(
    _ object: JSONValue, type: String, line: Int, diagnostics: inout DiagnosticLog, ids: inout MattermostPersonIDs
  ) -> [ImportRecord] {
    guard let post = object[type], post.object != nil else {
      let location = SourceLocation(path: path, line: line)
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_post", message: "line has no '\(type)' object; skipped",
                                  location: location, value: type))
      return [.skipped(reason: "malformed_post", location: location)]
    }
    return records(MattermostPostLine(post, ids: &ids), isPrivate: type == "direct_post", line: line,
                   diagnostics: &diagnostics, ids: &ids)
  }

  /// The records of a post line's members (`MattermostPostLine`), however they were read; mentions' person ids
  /// from `ids`.
  func records(
    _ post: MattermostPostLine, isPrivate: Bool, line: Int, diagnostics: inout DiagnosticLog,
    ids: inout MattermostPersonIDs
  ) -> [ImportRecord] {
    let location = SourceLocation(path: path, line: line)
    let channel = isPrivate ? Self.directChannel(post.channelMembers) : Self.channel(team: post.team, post.channel)
    let rootID = "L\(line)"
    var records = [ImportRecord]()
    records.reserveCapacity(1 + post.replies.count)
    records.append(message(post.post, id: rootID, root: nil, channel: channel, isPrivate: isPrivate,
                           location: location, diagnostics: &diagnostics, ids: &ids))
    for (offset, reply) in post.replies.enumerated() {
      let replyLocation = SourceLocation(path: path, line: line, entry: offset + 1)
      guard let reply else {
        diagnostics.emit(Diagnostic(.warning, kind: "malformed_post", message: "reply is not a JSON object; skipped",
                                    location: replyLocation))
        records.append(.skipped(reason: "malformed_post", location: replyLocation))
        continue
      }
      records.append(message(reply, id: "\(rootID).\(offset + 1)", root: rootID, channel: channel,
                             isPrivate: isPrivate, location: replyLocation, diagnostics: &diagnostics, ids: &ids))
    }
    return records
  }

  private func message(
    _ post: MattermostPostFields, id: String, root: String?, channel: String?, isPrivate: Bool,
    location: SourceLocation, diagnostics: inout DiagnosticLog, ids: inout MattermostPersonIDs
  ) -> ImportRecord {
    guard let author = post.author else {
      diagnostics.emit(Diagnostic(.warning, kind: "missing_author", message: "post has no user; skipped",
                                  location: location))
      return .skipped(reason: "missing_author", location: location)
    }
    guard let milliseconds = Self.number(post.createAt) else {
      diagnostics.emit(Diagnostic(.warning, kind: "invalid_timestamp",
                                  message: "create_at is missing or not milliseconds; post skipped",
                                  location: location, value: post.createAt.map(Self.describe)))
      return .skipped(reason: "invalid_timestamp", location: location)
    }
    let text = post.message
    return .message(
      MessageRecord(
        id: id, author: author, time: Date(timeIntervalSince1970: milliseconds / 1000), channel: channel,
        replyTo: root, threadRoot: root ?? id,
        mentions: mentions(in: text ?? "", location: location, diagnostics: &diagnostics).compactMap { ids.id($0) },
        reactions: post.reactions, text: text, isFromBot: post.isFromBot, isPrivate: isPrivate, location: location))
  }

  /// The usernames `@name` in `text` names, each once, broadcasts left out.
  private func mentions(in text: String, location: SourceLocation, diagnostics: inout DiagnosticLog) -> [String] {
    var names: [String] = []
    for candidate in Self.mentionTokens(in: text) {
      var name = candidate
      // Each name is hashed once, again only when its trailing punctuation was cut.
      var isListed = knownUsers.isEmpty || knownUsers.contains(name)
      if !isListed {
        while name.last == "." || name.last == "-" || name.last == "_" { name.removeLast() }
        if name.utf8.count != candidate.utf8.count { isListed = knownUsers.contains(name) }
      }
      guard !name.isEmpty, !Self.isBroadcast(name), !names.contains(name) else { continue }
      guard isListed else {
        diagnostics.emit(Diagnostic(.note, kind: "unknown_mention",
                                    message: "mention of a user the export does not list", location: location,
                                    value: "@" + name))
        continue
      }
      names.append(name)
    }
    return names
  }

  /// Lower-cased `@name` tokens: `@` at the start or after a character that cannot be in a username, then
  /// letters, digits, `.`, `-` and `_`.
  ///
  /// Choice: scanned as UTF-8 bytes (name characters are ASCII). Where a non-ASCII byte touches an `@` or the
  /// end of a name, a grapheme cluster could join them (a combining mark after a name, a prepended mark before
  /// an `@`), so such a text is read by `mentionTokensByCharacter`, the definition, instead.
  static func mentionTokens(in text: String) -> [String] {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      var tokens: [String] = []
      var index = 0
      while index < bytes.count, let at = firstAt(bytes, from: index) {
        if at > 0 {
          let before = bytes[at - 1]
          if before >= 0x80 { return mentionTokensByCharacter(in: text) }
          if isNameByte(before) {
            index = at + 1
            continue
          }
        }
        var end = at + 1
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] >= 0x80 { return mentionTokensByCharacter(in: text) }
        if end > at + 1 {
          tokens.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 1)..<end]), as: UTF8.self)
            .lowercased())
        }
        index = end
      }
      return tokens
    }
  }

  /// The offset of the first `@` of `bytes` at or after `start` (`memchr`, which reads a word at a time).
  private static func firstAt(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "@")), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D, 0x5F: true
    default: false
    }
  }

  /// `mentionTokens(in:)` over `Character`s: the definition, for texts where bytes could split a cluster.
  static func mentionTokensByCharacter(in text: String) -> [String] {
    func isNameCharacter(_ character: Character) -> Bool {
      character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character))
    }
    var tokens: [String] = []
    var previous: Character?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "@", previous.map({ !isNameCharacter($0) }) ?? true {
        let name = text[text.index(after: index)...].prefix(while: isNameCharacter)
        if !name.isEmpty { tokens.append(name.lowercased()) }
        index = name.endIndex
        previous = name.last ?? character
        continue
      }
      previous = character
      index = text.index(after: index)
    }
    return tokens
  }

  private static func channel(team: String?, _ channel: String?) -> String? {
    guard let channel = channel.nonEmpty else { return nil }
    return team.nonEmpty.map { "\($0)/\(channel)" } ?? channel
  }

  private static func directChannel(_ members: [String]) -> String {
    "direct:" + members.sorted().joined(separator: ",")
  }

  private static func number(_ value: JSONValue?) -> Double? {
    if let string = value?.string { return Double(string) }
    return value?.number
  }

  /// A scalar as it was written, for diagnostics (`"abc"` as `abc`, numbers without a fraction as integers).
  private static func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): text
    case .number(let number): number.rounded() == number && abs(number) < 9.0e15 ? String(Int(number)) : "\(number)"
    case .bool(let flag): "\(flag)"
    case .null: "null"
    case .array: "[…]"
    case .object: "{…}"
    }
  }
}
