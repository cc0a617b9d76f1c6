import ConversationModel
import Foundation

/// Turns one `zerver_message` row of a Zulip export into exactly one record, a `.message` or a `.skipped`.
///
/// Definitions (FORMATS.md §8): id `id`, author `sender` (user ids as text), time `date_sent` (seconds since
/// 1970; `pub_date` in exports from before Zulip 2.1). The conversation is `recipient`, looked up in
/// `zerver_recipient`: a stream message's channel is `<stream name> / <topic>` (`subject` is the topic), a
/// direct message to one person (type 1) is private in `direct:<the two ids, sorted>`, a direct-message group
/// (type 3) is private in `group:<id>`. Zulip has no reply pointer: replies come only from `--infer-replies`.
/// Mentions are read from `rendered_content` (`ZulipMentions`); reactions are the realm's `zerver_reaction` rows
/// for this message. A sender the directory marks `is_bot` makes a bot message.
///
/// Skip reasons: `malformed_message` (not an object), `missing_id`, `missing_sender`, `unknown_recipient` (a
/// recipient id `zerver_recipient` does not list), `invalid_timestamp`. Notes, message kept: `unknown_sender`
/// (a sender the directory does not list: a deleted account), `wildcard_mention` (one per `@**all**`-style
/// mention, which names nobody), `unknown_mention`.
///
/// - Complexity: O(size of the row).
struct ZulipMessageParser {
  /// Every member of a message object this parser reads; `ZulipReader` builds only these.
  static let usedMembers = JSONMemberFilter([
    "id", "sender", "recipient", "date_sent", "pub_date", "subject", "content", "rendered_content",
  ])

  var path: String
  let directory: ZulipDirectory

  func record(_ value: JSONValue, entry: Int, diagnostics: inout DiagnosticLog) -> ImportRecord {
    let location = SourceLocation(path: path, entry: entry)
    func skip(_ reason: String, _ message: String, _ offending: JSONValue?) -> ImportRecord {
      diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location,
                                  value: offending.map(SlackMessageParser.describe)))
      return .skipped(reason: reason, location: location)
    }
    guard case .object = value else { return skip("malformed_message", "message is not a JSON object; skipped", nil) }
    guard let id = value["id"]?.int else {
      return skip("missing_id", "message has no numeric 'id'; skipped", value["id"])
    }
    guard let sender = value["sender"]?.int else {
      return skip("missing_sender", "message \(id) has no numeric 'sender'; skipped", value["sender"])
    }
    guard let recipientID = value["recipient"]?.int, let recipient = directory.recipients[recipientID] else {
      return skip("unknown_recipient", "message \(id): recipient not in zerver_recipient; skipped", value["recipient"])
    }
    guard let seconds = (value["date_sent"] ?? value["pub_date"])?.number, seconds.isFinite else {
      return skip("invalid_timestamp", "message \(id): 'date_sent' is missing or not a number; skipped",
                  value["date_sent"])
    }
    if !directory.userIDs.contains(sender) {
      diagnostics.emit(Diagnostic(.note, kind: "unknown_sender", message: "sender not in zerver_userprofile; kept",
                                  location: location, value: String(sender)))
    }
    let (channel, isPrivate) = conversation(recipient, sender: sender, topic: value["subject"]?.string ?? "")
    let mentions = mentions(value, location: location, diagnostics: &diagnostics)
    return .message(MessageRecord(
      id: String(id), author: String(sender), time: Date(timeIntervalSince1970: seconds), channel: channel,
      mentions: mentions, reactions: directory.reactions[id] ?? [], text: value["content"]?.string,
      isFromBot: directory.bots.contains(sender), isPrivate: isPrivate, location: location))
  }

  private func conversation(_ recipient: ZulipDirectory.Recipient, sender: Int, topic: String)
    -> (channel: String, isPrivate: Bool)
  {
    switch recipient.type {
    case 2:
      let stream = directory.streams[recipient.typeID] ?? "stream \(recipient.typeID)"
      return ("\(stream) / \(topic)", false)
    case 1:
      return ("direct:" + [sender, recipient.typeID].sorted().map(String.init).joined(separator: ","), true)
    default:
      return ("group:\(recipient.typeID)", true)
    }
  }

  private func mentions(_ value: JSONValue, location: SourceLocation, diagnostics: inout DiagnosticLog) -> [String] {
    let found: (ids: [String], wildcards: Int)
    if let html = value["rendered_content"]?.string {
      found = ZulipMentions.fromHTML(html)
    } else {
      found = ZulipMentions.fromMarkdown(value["content"]?.string ?? "", idByName: directory.idByName)
    }
    for _ in 0..<found.wildcards {
      diagnostics.emit(Diagnostic(.note, kind: "wildcard_mention", message: "wildcard mention names nobody",
                                  location: location))
    }
    for id in found.ids where Int(id).map({ !directory.userIDs.contains($0) }) ?? true {
      diagnostics.emit(Diagnostic(
        .note, kind: "unknown_mention", message: "mention of a user not in the directory; kept", location: location,
        value: id))
    }
    return found.ids
  }
}
