import Foundation

/// One directed event between two distinct people, neither a bot.
public struct Interaction: Sendable, Hashable {
  public var source: PersonIndex
  public var target: PersonIndex
  public var kind: InteractionKind
  public var time: Date?
  public var weight: Double
  /// A reply whose target was inferred (previous speaker in the channel within the window), not read.
  public var isInferred: Bool

  public init(
    source: PersonIndex, target: PersonIndex, kind: InteractionKind, time: Date?, weight: Double = 1,
    isInferred: Bool = false
  ) {
    self.source = source
    self.target = target
    self.kind = kind
    self.time = time
    self.weight = weight
    self.isInferred = isInferred
  }
}
