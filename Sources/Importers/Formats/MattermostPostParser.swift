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

  static let broadcasts: Set<String> = ["all", "channel", "here"]

  func records(_ object: [String: Any], type: String, line: Int, diagnostics: inout DiagnosticLog)
    -> [ImportRecord]
  {
    let location = SourceLocation(path: path, line: line)
    guard let post = object[type] as? [String: Any] else {
      diagnostics.emit(Diagnostic(.warning, kind: "malformed_post", message: "line has no '\(type)' object; skipped",
                                  location: location, value: type))
      return [.skipped(reason: "malformed_post", location: location)]
    }
    let isPrivate = type == "direct_post"
    let channel = isPrivate ? Self.directChannel(post) : Self.channel(post)
    let rootID = "L\(line)"
    var records = [message(post, id: rootID, root: nil, channel: channel, isPrivate: isPrivate, location: location,
                           diagnostics: &diagnostics)]
    for (offset, reply) in (post["replies"] as? [Any] ?? []).enumerated() {
      let replyLocation = SourceLocation(path: path, line: line, entry: offset + 1)
      guard let reply = reply as? [String: Any] else {
        diagnostics.emit(Diagnostic(.warning, kind: "malformed_post", message: "reply is not a JSON object; skipped",
                                    location: replyLocation))
        records.append(.skipped(reason: "malformed_post", location: replyLocation))
        continue
      }
      records.append(message(reply, id: "\(rootID).\(offset + 1)", root: rootID, channel: channel,
                             isPrivate: isPrivate, location: replyLocation, diagnostics: &diagnostics))
    }
    return records
  }

  private func message(
    _ post: [String: Any], id: String, root: String?, channel: String?, isPrivate: Bool, location: SourceLocation,
    diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    guard let author = (post["user"] as? String).nonEmpty?.lowercased() else {
      diagnostics.emit(Diagnostic(.warning, kind: "missing_author", message: "post has no user; skipped",
                                  location: location))
      return .skipped(reason: "missing_author", location: location)
    }
    guard let milliseconds = Self.number(post["create_at"]) else {
      diagnostics.emit(Diagnostic(.warning, kind: "invalid_timestamp",
                                  message: "create_at is missing or not milliseconds; post skipped",
                                  location: location, value: post["create_at"].map { "\($0)" }))
      return .skipped(reason: "invalid_timestamp", location: location)
    }
    let text = post["message"] as? String
    let props = post["props"] as? [String: Any] ?? [:]
    let isFromBot = ["from_bot", "from_webhook"].contains { Self.isTrue(props[$0]) }
    let reactions = (post["reactions"] as? [Any] ?? []).compactMap {
      (($0 as? [String: Any])?["user"] as? String).nonEmpty?.lowercased()
    }
    return .message(
      MessageRecord(
        id: id, author: author, time: Date(timeIntervalSince1970: milliseconds / 1000), channel: channel,
        replyTo: root, threadRoot: root ?? id,
        mentions: mentions(in: text ?? "", location: location, diagnostics: &diagnostics),
        reactions: reactions, text: text, isFromBot: isFromBot, isPrivate: isPrivate, location: location))
  }

  /// The usernames `@name` in `text` names, each once, broadcasts left out.
  private func mentions(in text: String, location: SourceLocation, diagnostics: inout DiagnosticLog) -> [String] {
    var names: [String] = []
    for candidate in Self.mentionTokens(in: text) {
      var name = candidate
      if !knownUsers.isEmpty, !knownUsers.contains(name) {
        while name.last == "." || name.last == "-" || name.last == "_" { name.removeLast() }
      }
      guard !name.isEmpty, !Self.broadcasts.contains(name), !names.contains(name) else { continue }
      guard knownUsers.isEmpty || knownUsers.contains(name) else {
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
  static func mentionTokens(in text: String) -> [String] {
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

  private static func channel(_ post: [String: Any]) -> String? {
    guard let channel = (post["channel"] as? String).nonEmpty else { return nil }
    return (post["team"] as? String).nonEmpty.map { "\($0)/\(channel)" } ?? channel
  }

  private static func directChannel(_ post: [String: Any]) -> String {
    let members = (post["channel_members"] as? [Any] ?? []).compactMap { $0 as? String }.sorted()
    return "direct:" + members.joined(separator: ",")
  }

  private static func number(_ value: Any?) -> Double? {
    if let string = value as? String { return Double(string) }
    return (value as? NSNumber)?.doubleValue
  }

  private static func isTrue(_ value: Any?) -> Bool {
    (value as? Bool) == true || (value as? String)?.lowercased() == "true"
  }
}
