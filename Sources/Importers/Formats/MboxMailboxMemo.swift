import ConversationModel

/// Mailboxes already parsed, found again by the exact bytes they were parsed from: an archive repeats the same
/// `From` values and `To`/`Cc` items on message after message, so each distinct one is parsed (and its address,
/// lower-cased, and name made `String`s) once.
///
/// Definition: `mailbox(_:parse:)` gives `parse(bytes)`, computed on the first call with these bytes and
/// remembered; later calls with equal bytes return the remembered value (the parsers are pure, so the result is
/// the same). Each entry also keeps whether the caller has recorded its person (`markRecorded`): a mailbox gives
/// its `PersonRecord` on first sight or never (`MboxMessageParser.person`), so a recorded one needs no look-up.
///
/// Choices: keys live in a `ByteKeyTable` (one byte arena, a seeded 8-bytes-a-step hash), not a `[String: …]`:
/// the bytes are hashed as read, without making a `String` first. At most `capacity` entries are kept; past it,
/// new bytes are parsed every time, so memory stays bounded whatever the input (one entry per distinct header
/// value, about people × spellings in a real archive).
///
/// - Complexity: O(bytes) per look-up expected, plus the parse on a miss; memory O(distinct keys' bytes).
struct MboxMailboxMemo {
  /// The most entries kept.
  static let capacity = 1 << 20

  private var keys = ByteKeyTable()
  private var mailboxes: [MailAddress?] = []
  private var recorded: [Bool] = []

  /// The mailbox `parse` reads from `bytes`, and its entry (`nil` once the memo is full).
  mutating func mailbox(
    _ bytes: ArraySlice<UInt8>, parse: (ArraySlice<UInt8>) -> MailAddress?
  ) -> (mailbox: MailAddress?, entry: Int?) {
    if let ordinal = bytes.withUnsafeBytes({ keys.ordinal(of: $0) }) { return (mailboxes[ordinal], ordinal) }
    let parsed = parse(bytes)
    guard keys.count < Self.capacity else { return (parsed, nil) }
    let ordinal = bytes.withUnsafeBytes { keys.insert($0).ordinal }
    mailboxes.append(parsed)
    recorded.append(false)
    return (parsed, ordinal)
  }

  /// True when `markRecorded(entry)` was called.
  func isRecorded(_ entry: Int?) -> Bool { entry.map { recorded[$0] } ?? false }

  /// Remembers that the person of `entry`'s mailbox was recorded.
  mutating func markRecorded(_ entry: Int?) {
    if let entry { recorded[entry] = true }
  }
}
