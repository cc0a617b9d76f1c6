import Foundation

/// One directed event between two distinct people, neither a bot.
///
/// Choices: a corpus holds millions, so the time is stored as seconds plus a presence flag rather than a
/// `Date?` (whose extra byte pads the value to 48 bytes): 32 bytes each, with the same properties.
public struct Interaction: Sendable, Hashable {
  public var source: PersonIndex
  public var target: PersonIndex
  public var weight: Double
  /// Seconds since the reference date; 0 when `hasTime` is false, so that equal interactions hash alike.
  private var seconds: Double
  public var kind: InteractionKind
  /// A reply whose target was inferred (previous speaker in the channel within the window), not read.
  public var isInferred: Bool
  private var hasTime: Bool

  public init(
    source: PersonIndex, target: PersonIndex, kind: InteractionKind, time: Date?, weight: Double = 1,
    isInferred: Bool = false
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.seconds = time?.timeIntervalSinceReferenceDate ?? 0
    self.kind = kind
    self.isInferred = isInferred
    self.hasTime = time != nil
  }

  public var time: Date? {
    get { hasTime ? Date(timeIntervalSinceReferenceDate: seconds) : nil }
    set {
      seconds = newValue?.timeIntervalSinceReferenceDate ?? 0
      hasTime = newValue != nil
    }
  }
}
