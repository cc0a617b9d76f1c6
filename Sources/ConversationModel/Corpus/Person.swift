import Foundation

/// A dense index into `Corpus.people`.
public typealias PersonIndex = Int32

/// A person after interning: one entry per human (or bot) across every input, merged by e-mail where known.
public struct Person: Sendable, Hashable {
  public var id: String
  public var name: String?
  public var email: String?
  public var title: String?
  public var department: String?
  public var isBot: Bool

  public init(
    id: String, name: String? = nil, email: String? = nil, title: String? = nil, department: String? = nil,
    isBot: Bool = false
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.title = title
    self.department = department
    self.isBot = isBot
  }

  /// Fills fields this person lacks from another record of the same human; never overwrites.
  mutating func absorb(_ record: PersonRecord) {
    name = name ?? record.name.nonEmpty
    email = email ?? record.email.nonEmpty
    title = title ?? record.title.nonEmpty
    department = department ?? record.department.nonEmpty
    isBot = isBot || record.isBot
  }
}

extension Optional where Wrapped == String {
  /// `nil` for a missing or blank string, else the string trimmed of surrounding whitespace.
  ///
  /// Choice: a string whose first and last bytes are ASCII and not whitespace (not a space, nor `\t` to `\r`) has
  /// nothing to trim and is returned as it is, without Foundation's trim, which bridges to `NSString` (most ids,
  /// names, e-mails and titles; about a tenth of a Teams import and a sixth of a Slack one before, `perf`).
  package var nonEmpty: String? {
    guard let self else { return nil }
    let utf8 = self.utf8
    if let first = utf8.first, let last = utf8.last, Self.isPlainEnd(first), Self.isPlainEnd(last) { return self }
    let value = self.trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  /// An ASCII byte that Foundation's `whitespacesAndNewlines` does not contain.
  private static func isPlainEnd(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
}
