import ConversationModel

/// Mailboxes already parsed, found again by the exact bytes they were parsed from: an archive repeats the same
/// `From` values and `To`/`Cc` items on message after message, so each distinct one is parsed (and its address,
/// lower-cased, and name made `String`s) once.
///
/// Definition: `entry(_:parse:)` gives `parse(bytes)` (read through `mailbox` and `address`), computed on the
/// first call with these bytes and remembered; later calls with equal bytes return the remembered value (the
/// parsers are pure, so the result is the same). Each entry also keeps whether the caller has recorded its
/// person (`markRecorded`): a mailbox gives its `PersonRecord` on first sight or never
/// (`MboxMessageParser.person`), so a recorded one needs no look-up.
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
  /// For each key (by ordinal): the index of its mailbox in `mailboxes`, or -1 when the bytes give none.
  private var mailboxOfKey: [Int] = []
  private var mailboxes: [MailAddress] = []
  /// Whether `markRecorded` was called, by mailbox index.
  private var recorded: [Bool] = []

  /// The entry of the mailbox `parse` reads from `bytes`, parsing them when they are new; `nil` when they give no
  /// mailbox. Choice: an entry rather than the `MailAddress`, so that a caller needing only the address copies
  /// (and retains) nothing else.
  mutating func entry(
    _ bytes: ArraySlice<UInt8>, parse: (ArraySlice<UInt8>) -> MailAddress?
  ) -> Entry? {
    if let ordinal = bytes.withUnsafeBytes({ keys.ordinal(of: $0) }) {
      let index = mailboxOfKey[ordinal]
      return index < 0 ? nil : .kept(index)
    }
    let parsed = parse(bytes)
    guard keys.count < Self.capacity else { return parsed.map(Entry.unkept) }
    bytes.withUnsafeBytes { _ = keys.insert($0) }
    guard let parsed else {
      mailboxOfKey.append(-1)
      return nil
    }
    mailboxOfKey.append(mailboxes.count)
    mailboxes.append(parsed)
    recorded.append(false)
    return .kept(mailboxes.count - 1)
  }

  /// A mailbox found by `entry(_:parse:)`: remembered, or parsed without being kept (the memo was full).
  enum Entry {
    case kept(Int)
    case unkept(MailAddress)
  }

  /// The mailbox of `entry`.
  func mailbox(_ entry: Entry) -> MailAddress {
    switch entry {
    case .kept(let index): mailboxes[index]
    case .unkept(let mailbox): mailbox
    }
  }

  /// The address of `entry`'s mailbox.
  func address(_ entry: Entry) -> String {
    switch entry {
    case .kept(let index): mailboxes[index].address
    case .unkept(let mailbox): mailbox.address
    }
  }

  /// True when `entry`'s mailbox has an undecoded charset note or was not recorded yet: `person` must see it.
  func needsPerson(_ entry: Entry) -> Bool {
    guard case .kept(let index) = entry else { return true }
    return !recorded[index] || mailboxes[index].undecodedCharset != nil
  }

  /// True when `markRecorded(entry)` was called.
  func isRecorded(_ entry: Entry) -> Bool {
    guard case .kept(let index) = entry else { return false }
    return recorded[index]
  }

  /// Remembers that the person of `entry`'s mailbox was recorded.
  mutating func markRecorded(_ entry: Entry) {
    if case .kept(let index) = entry { recorded[index] = true }
  }
}
