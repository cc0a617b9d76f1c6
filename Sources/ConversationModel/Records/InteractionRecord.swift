import Foundation

/// A person-to-person event read directly from an input (an e-mail log row, an interactions CSV row).
public struct InteractionRecord: Sendable, Hashable {
  public var source: String
  public var target: String
  public var time: Date?
  public var weight: Double
  public var kind: InteractionKind
  public var location: SourceLocation?

  public init(
    source: String, target: String, time: Date? = nil, weight: Double = 1, kind: InteractionKind = .message,
    location: SourceLocation? = nil
  ) {
    self.source = source
    self.target = target
    self.time = time
    self.weight = weight
    self.kind = kind
    self.location = location
  }
}
