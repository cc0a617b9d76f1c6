import Foundation

/// One directed event between two distinct people, neither a bot.
public struct Interaction: Sendable, Hashable {
  public var source: PersonIndex
  public var target: PersonIndex
  public var kind: InteractionKind
  public var time: Date?
  public var weight: Double

  public init(source: PersonIndex, target: PersonIndex, kind: InteractionKind, time: Date?, weight: Double = 1) {
    self.source = source
    self.target = target
    self.kind = kind
    self.time = time
    self.weight = weight
  }
}
