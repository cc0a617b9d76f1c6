import ConversationModel
import Foundation

/// Turns the header block of one e-mail into records: the author's and recipients' people, the message, and one
/// `message` interaction per recipient.
///
/// Definition (FORMATS.md §11):
/// - id: `Message-ID` (`MailMessageIDs.first`); a message without one gets `path:line` and a
///   `missing_message_id` note, so nothing can answer it.
/// - author: the first `From` mailbox (`MailAddresses`); none → the message is skipped (`missing_author`).
/// - time: `Date` (`MailDate`); a missing or unparseable date is a warning (`missing_date`, `invalid_date`) and
///   the message is kept without a time: its reply links still count, only time windows leave it out.
/// - parent: `In-Reply-To`'s first id, else `References`' last id. The corpus resolves it after every file is
///   read; a parent not in the archive is its `reply_target_missing` note (the parent's author is unknown).
/// - channel: the `List-Id` id when present.
/// - recipients: every distinct `To`/`Cc` address is a `message` interaction author → recipient (DESIGN.md),
///   except list addresses, which are skipped records (`list_recipient`) so that a mailing list never becomes a
///   hub person. A list address is the `List-Post` mailto address, `local@domain` for a `List-Id` of
///   `<local.domain>` (the Mailman convention), or an address that was either of these on an earlier message of
///   the input. Pipermail archives have no `To`/`Cc` at all. A message whose id was already read (the same mail
///   in two folders) yields its message record only: the corpus counts it as a duplicate.
/// - people: a `PersonRecord` (id and e-mail = address, name = display name) the first time an address is seen,
///   and again the first time it comes with a name; the corpus merges people across sources by e-mail.
/// - header bytes that are not UTF-8 are read as windows-1252 with an `invalid_utf8_header` note.
///
/// Choice: a `From` value or `To`/`Cc` item seen before is not parsed again (`MboxMailboxMemo`), and one whose
/// person was recorded skips the people look-up.
///
/// - Complexity: O(header size) per message; memory O(distinct addresses and header values + messages).
struct MboxMessageParser {
  /// Every address given a `PersonRecord`, and whether one of its records had a name.
  private var people: [String: Bool] = [:]
  /// `From` values and single `To`/`Cc` items already parsed (`MboxMailboxMemo`).
  private var authors = MboxMailboxMemo()
  private var recipients = MboxMailboxMemo()
  /// This message's distinct recipients and their memo entries, reused from message to message.
  private var distinctRecipients: [(address: String, entry: MboxMailboxMemo.Entry)] = []
  private var listAddresses: Set<String> = []
  /// Message ids read so far, by their UTF-8 bytes: a repeated message (the corpus keeps the first) gives no
  /// recipient interactions.
  private var seenIDs = ByteKeyTable()
  /// The `List-Post` and `List-Id` values already read (an archive repeats the same few on every message).
  private var seenListHeaders: Set<[UInt8]> = []

  /// The records of `raw`, read from `path`, in order: people, then the message (or its skip), then recipients.
  mutating func records(
    _ raw: MboxRawMessage, path: String, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    let location = SourceLocation(path: path, line: raw.line)
    var text = HeaderText(headers: raw.headers)
    if raw.isTruncated {
      diagnostics.emit(
        Diagnostic(.warning, kind: "truncated_message",
                   message: "the file ends inside this message's header block; the complete fields are used",
                   location: location))
    }
    defer { text.reportInvalidUTF8(location: location, diagnostics: &diagnostics) }
    let from = text[.from]
    guard let authorEntry = from.flatMap({ authors.entry($0[...], parse: MailAddresses.firstMailbox) }) else {
      diagnostics.emit(
        Diagnostic(.warning, kind: "missing_author", message: "message has no From address; skipped",
                   location: location, value: from.map(MailBytes.string)))
      return [.skipped(reason: "missing_author", location: location)]
    }
    let author = authors.address(authorEntry)
    var records: [ImportRecord] = []
    records.reserveCapacity(8)
    if authors.needsPerson(authorEntry) {
      person(authors.mailbox(authorEntry), recorded: authors.isRecorded(authorEntry), location: location,
             into: &records, diagnostics: &diagnostics)
      authors.markRecorded(authorEntry)
    }
    let id = messageID(text[.messageID], location: location, diagnostics: &diagnostics)
    let time = date(text[.date], location: location, diagnostics: &diagnostics)
    let parent = text[.inReplyTo].flatMap(MailMessageIDs.first) ?? text[.references].flatMap(MailMessageIDs.last)
    let listIDBytes = text[.listID]
    let listID = listIDBytes.flatMap(MailMessageIDs.first)
    records.append(
      .message(MessageRecord(id: id, author: author, time: time, channel: listID, replyTo: parent,
                             location: location)))
    var idKey = id
    guard idKey.withUTF8({ seenIDs.insert(UnsafeRawBufferPointer($0)).inserted }) else { return records }
    noteListAddresses(listPost: text[.listPost], listIDBytes: listIDBytes, listID: listID)
    let to = text[.to]
    let cc = text[.cc]
    guard to != nil || cc != nil else { return records }
    collectRecipients(to, cc)
    for (recipient, entry) in distinctRecipients {
      if !listAddresses.isEmpty && listAddresses.contains(recipient) {
        diagnostics.emit(
          Diagnostic(.note, kind: "list_recipient", message: "recipient is the mailing list's address; no interaction",
                     location: location, value: recipient))
        records.append(.skipped(reason: "list_recipient", location: location))
        continue
      }
      if recipients.needsPerson(entry) {
        person(recipients.mailbox(entry), recorded: recipients.isRecorded(entry), location: location,
               into: &records, diagnostics: &diagnostics)
        recipients.markRecorded(entry)
      }
      records.append(
        .interaction(InteractionRecord(source: author, target: recipient, time: time, kind: .message,
                                       location: location)))
    }
    return records
  }

  /// Fills `distinctRecipients` with the mailboxes of `to` then `cc`, without repeated addresses, each at its
  /// first place. Choice: a linear scan for the few recipients of most messages (a set's allocation and hashing
  /// cost more there), a set beyond 16.
  private mutating func collectRecipients(_ to: [UInt8]?, _ cc: [UInt8]?) {
    distinctRecipients.removeAll(keepingCapacity: true)
    var seen: Set<String> = []
    if let to { collectRecipients(of: to, seen: &seen) }
    if let cc { collectRecipients(of: cc, seen: &seen) }
  }

  private mutating func collectRecipients(of header: [UInt8], seen: inout Set<String>) {
    for item in MailAddresses.items(header[...]) {
      guard let entry = recipients.entry(item, parse: MailAddresses.mailbox(item:)) else { continue }
      let address = recipients.address(entry)
      if distinctRecipients.count < 16 {
        guard !distinctRecipients.contains(where: { $0.address == address }) else { continue }
      } else {
        if seen.isEmpty { seen = Set(distinctRecipients.map(\.address)) }
        guard seen.insert(address).inserted else { continue }
      }
      distinctRecipients.append((address, entry))
    }
  }

  /// Records `mailbox`'s person when its address is new, or was only seen without a name and now has one.
  /// `recorded`: this very mailbox was passed here before, so it can add nothing (only its note is repeated).
  private mutating func person(
    _ mailbox: MailAddress, recorded: Bool, location: SourceLocation, into records: inout [ImportRecord],
    diagnostics: inout DiagnosticLog
  ) {
    if let charset = mailbox.undecodedCharset {
      diagnostics.emit(
        Diagnostic(.note, kind: "unknown_charset", message: "encoded name in an unknown charset; kept as written",
                   location: location, value: charset))
    }
    guard !recorded else { return }
    let hadName = people[mailbox.address]
    guard hadName == nil || (hadName == false && mailbox.name != nil) else { return }
    people[mailbox.address] = mailbox.name != nil
    records.append(
      .person(PersonRecord(id: mailbox.address, name: mailbox.name, email: mailbox.address, location: location)))
  }

  private func messageID(_ bytes: [UInt8]?, location: SourceLocation, diagnostics: inout DiagnosticLog) -> String {
    if let id = bytes.flatMap(MailMessageIDs.first) { return id }
    diagnostics.emit(
      Diagnostic(.note, kind: "missing_message_id",
                 message: "message has no Message-ID; given '\(location)' as its id, so no reply can name it",
                 location: location, value: bytes.map(MailBytes.string)))
    return location.description
  }

  private func date(_ bytes: [UInt8]?, location: SourceLocation, diagnostics: inout DiagnosticLog) -> Date? {
    guard let bytes else {
      diagnostics.emit(
        Diagnostic(.warning, kind: "missing_date", message: "message has no Date; kept without a time",
                   location: location))
      return nil
    }
    if let date = MailDate.parse(bytes) { return date }
    diagnostics.emit(
      Diagnostic(.warning, kind: "invalid_date", message: "Date is not an RFC 5322 date; message kept without a time",
                 location: location, value: MailBytes.string(MailBytes.trimmed(bytes[...]))))
    return nil
  }

  private mutating func noteListAddresses(listPost: [UInt8]?, listIDBytes: [UInt8]?, listID: String?) {
    guard listPost != nil || listIDBytes != nil,
      seenListHeaders.insert((listPost ?? []) + [0] + (listIDBytes ?? [])).inserted
    else { return }
    if let listPost {
      for item in MailMessageIDs.all(listPost) where item.lowercased().hasPrefix("mailto:") {
        let address = item.dropFirst(7).prefix { $0 != "?" }.lowercased()
        if address.contains("@") { listAddresses.insert(address) }
      }
    }
    if let listID, let dot = listID.firstIndex(of: ".") {
      listAddresses.insert((listID[..<dot] + "@" + listID[listID.index(after: dot)...]).lowercased())
    }
  }
}

/// Header fields as UTF-8 bytes: as read when they are UTF-8, else read as windows-1252 (remembered for one note
/// per message).
private struct HeaderText {
  let headers: MailHeaderBlock
  private var invalidFields: [String] = []

  init(headers: MailHeaderBlock) {
    self.headers = headers
  }

  subscript(field: MailHeaderBlock.Field) -> [UInt8]? {
    mutating get {
      guard let bytes = headers.bytes(field) else { return nil }
      if bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil { return bytes }
      if !invalidFields.contains(field.name) { invalidFields.append(field.name) }
      return Array((MailCharset.decode(bytes, charset: "windows-1252") ?? MailBytes.string(bytes)).utf8)
    }
  }

  func reportInvalidUTF8(location: SourceLocation, diagnostics: inout DiagnosticLog) {
    guard !invalidFields.isEmpty else { return }
    diagnostics.emit(
      Diagnostic(.note, kind: "invalid_utf8_header", message: "header bytes are not UTF-8; read as windows-1252",
                 location: location, value: invalidFields.joined(separator: ", ")))
  }
}
