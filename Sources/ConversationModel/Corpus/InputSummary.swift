/// What one input contributed: `recordsRead == recordsUsed + recordsSkipped.values.sum()` always holds.
public struct InputSummary: Sendable, Hashable {
  public var path: String
  public var format: String
  public var recordsRead: Int = 0
  public var recordsUsed: Int = 0
  /// Skipped records by reason (`channel_join`, `duplicate`, `missing_author`, …).
  public var recordsSkipped: [String: Int] = [:]

  public init(path: String, format: String) {
    self.path = path
    self.format = format
  }

  public var skippedCount: Int { recordsSkipped.values.reduce(0, +) }

  public var reconciles: Bool { recordsRead == recordsUsed + skippedCount }
}
