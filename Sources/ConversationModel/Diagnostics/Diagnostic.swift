/// One problem found while reading or analysing an input, with where it is and what value caused it.
///
/// Recoverable problems (a malformed record, a reply to a message that is not in the export) are diagnostics:
/// the record is skipped or used as far as it can be, and the work goes on. Only an input that cannot be read
/// at all is a thrown error.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    private var order: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
  }

  public var severity: Severity
  /// A stable snake_case name of the kind of problem, used for counting (`invalid_timestamp`).
  public var kind: String
  public var message: String
  public var location: SourceLocation?
  /// The offending value, quoted in the description when present.
  public var value: String?

  public init(
    _ severity: Severity, kind: String, message: String, location: SourceLocation? = nil, value: String? = nil
  ) {
    self.severity = severity
    self.kind = kind
    self.message = message
    self.location = location
    self.value = value
  }

  /// Compiler style: `path:line:column: warning: message 'value'`.
  public var description: String {
    var text = location.map { "\($0): " } ?? ""
    text += "\(severity.rawValue): \(message)"
    if let value { text += " '\(value.prefix(120))'" }
    return text
  }
}
