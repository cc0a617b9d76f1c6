/// One row of an organisation chart, as read: every field but the id is optional.
public struct OrgEntry: Sendable, Hashable {
  public var id: String
  public var name: String?
  public var email: String?
  public var title: String?
  public var department: String?
  /// The manager's id; empty, missing or equal to `id` marks a root.
  public var manager: String?
  /// The explicit level as written (`"1"`, `"3.0"`); interpreted by the analysis, not the reader.
  public var level: String?
  public var location: SourceLocation?

  public init(
    id: String, name: String? = nil, email: String? = nil, title: String? = nil, department: String? = nil,
    manager: String? = nil, level: String? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.title = title
    self.department = department
    self.manager = manager
    self.level = level
    self.location = location
  }

  /// True when the manager is empty or names this person.
  public var isRoot: Bool {
    guard let manager = manager.nonEmpty else { return true }
    return manager == id
  }
}

/// The organisation chart: people with optional manager, title, department and level, in file order.
public struct OrgChart: Sendable, Hashable {
  public var entries: [OrgEntry]
  /// Where the chart came from, for messages.
  public var path: String

  public init(entries: [OrgEntry], path: String) {
    self.entries = entries
    self.path = path
  }
}
