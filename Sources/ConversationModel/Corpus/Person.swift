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
  package var nonEmpty: String? {
    guard let value = self?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
    return value
  }
}
