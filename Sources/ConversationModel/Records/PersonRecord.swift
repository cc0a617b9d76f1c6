/// A person (or a bot) as an export's user directory describes them.
public struct PersonRecord: Sendable, Hashable {
  /// The platform's id: a Slack `U…`, a Yammer number, an e-mail address.
  public var id: String
  public var name: String?
  public var email: String?
  public var title: String?
  public var department: String?
  /// Bots and integrations write messages but are not people: they never become graph nodes.
  public var isBot: Bool
  public var location: SourceLocation?

  public init(
    id: String, name: String? = nil, email: String? = nil, title: String? = nil, department: String? = nil,
    isBot: Bool = false, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.title = title
    self.department = department
    self.isBot = isBot
    self.location = location
  }
}
