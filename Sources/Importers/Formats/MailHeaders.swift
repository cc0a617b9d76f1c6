/// The header fields of one message that the mbox reader uses, unfolded, as raw bytes.
///
/// Definition: RFC 5322 §2.2: a field is `name: value`; a line starting with a space or a tab continues the
/// field before it (unfolding drops only the line break). Names are matched case-insensitively. The first
/// `From`, `Date`, `Message-ID`, `In-Reply-To`, `References`, `List-Id` and `List-Post` count; every `To` and
/// `Cc` field is kept (joined by commas). Other fields are skipped without being copied.
///
/// - Complexity: O(header bytes) per message.
struct MailHeaderBlock {
  enum Field: Int, CaseIterable {
    case from, date, messageID, inReplyTo, references, to, cc, listID, listPost

    var name: String {
      switch self {
      case .from: "From"
      case .date: "Date"
      case .messageID: "Message-ID"
      case .inReplyTo: "In-Reply-To"
      case .references: "References"
      case .to: "To"
      case .cc: "Cc"
      case .listID: "List-Id"
      case .listPost: "List-Post"
      }
    }

    fileprivate var lowercasedBytes: [UInt8] { Array(name.lowercased().utf8) }
    fileprivate var isRepeatable: Bool { self == .to || self == .cc }
  }

  private static let names: [(field: Field, bytes: [UInt8])] = Field.allCases.map { ($0, $0.lowercasedBytes) }

  private var values: [[UInt8]?] = Array(repeating: nil, count: Field.allCases.count)
  /// The field the last header line added to, so that a continuation line extends it.
  private var current: Field?

  /// Adds a line that starts a field (`nameLength` bytes before the colon).
  mutating func addField(_ line: ArraySlice<UInt8>, nameLength: Int) {
    current = nil
    guard let field = Self.field(named: line.prefix(nameLength)) else { return }
    let value = line.dropFirst(nameLength + 1)
    if let existing = values[field.rawValue] {
      guard field.isRepeatable else { return }
      values[field.rawValue] = existing + [0x2C] + value
    } else {
      values[field.rawValue] = Array(value)
    }
    current = field
  }

  /// Adds a folded continuation line to the field before it.
  mutating func addContinuation(_ line: ArraySlice<UInt8>) {
    guard let current else { return }
    values[current.rawValue]?.append(contentsOf: line)
  }

  /// Forgets the last field line added (the incomplete last line of a truncated file).
  mutating func dropCurrent() {
    guard let current else { return }
    values[current.rawValue] = nil
    self.current = nil
  }

  func bytes(_ field: Field) -> [UInt8]? { values[field.rawValue] }

  private static func field(named name: ArraySlice<UInt8>) -> Field? {
    for candidate in names where candidate.bytes.count == name.count {
      if zip(candidate.bytes, name).allSatisfy({ $0 == ($1 | (($1 >= 0x41 && $1 <= 0x5A) ? 0x20 : 0)) }) {
        return candidate.field
      }
    }
    return nil
  }
}

/// Message ids in `Message-ID`, `In-Reply-To` and `References` values.
///
/// Definition: the text between `<` and `>` (trimmed); a value with no brackets at all (some clients write bare
/// ids) gives its words instead. An empty bracket pair is no id.
enum MailMessageIDs {
  /// The first id of `text` (`Message-ID`, `In-Reply-To`).
  static func first(_ text: String) -> String? { first(Array(text.utf8)) }

  /// `first(_:)` of UTF-8 bytes. Choice: only the first bracket pair (or word) becomes a `String`.
  static func first(_ text: [UInt8]) -> String? {
    if let pair = nextPair(text, from: 0) { return nonEmpty(MailBytes.string(MailBytes.trimmed(text[pair]))) }
    return MailBytes.words(text[...]).first.map(MailBytes.string)
  }

  /// The last id of `text` (`References`: the direct parent is last).
  static func last(_ text: String) -> String? { last(Array(text.utf8)) }

  /// `last(_:)` of UTF-8 bytes. Choice: only the last bracket pair (or word) becomes a `String`.
  static func last(_ text: [UInt8]) -> String? {
    var last: Range<Int>?
    while let pair = nextPair(text, from: last.map { $0.upperBound + 1 } ?? 0) { last = pair }
    if let last { return nonEmpty(MailBytes.string(MailBytes.trimmed(text[last]))) }
    return MailBytes.words(text[...]).last.map(MailBytes.string)
  }

  /// The inside of the first `<…>` at or after `start`.
  private static func nextPair(_ bytes: [UInt8], from start: Int) -> Range<Int>? {
    guard let open = bytes[start...].firstIndex(of: 0x3C), let close = bytes[(open + 1)...].firstIndex(of: 0x3E)
    else { return nil }
    return (open + 1)..<close
  }

  /// Every bracketed item of `text` (`List-Post: <mailto:list@example.org>`).
  static func all(_ text: [UInt8]) -> [String] {
    let found = ids(text)
    return found.bracketed ? found.ids : []
  }

  private static func ids(_ bytes: [UInt8]) -> (ids: [String], bracketed: Bool) {
    var result: [String] = []
    var index = 0
    while let open = bytes[index...].firstIndex(of: 0x3C), let close = bytes[(open + 1)...].firstIndex(of: 0x3E) {
      result.append(MailBytes.string(MailBytes.trimmed(bytes[(open + 1)..<close])))
      index = close + 1
    }
    if !result.isEmpty { return (result, true) }
    return (MailBytes.words(bytes[...]).map(MailBytes.string), false)
  }

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
