import ConversationModel
import Foundation

/// One figure (participation or conversation health) for the whole network and broken down by department,
/// level, channel and time window.
///
/// Definition: `whole` covers everything; each group entry covers the part of it that belongs to one group, as
/// the figure's own documentation says (a person's department, the thread starter's level, the channel a
/// message was posted in, the window holding a message's time).
/// Choices: groups appear only when something belongs to them; things without a value for the attribute (a
/// person without a department, a message without a channel or a time) are in no group of that attribute, so
/// group totals may fall short of `whole`. Departments and channels are in name order, levels by rank (top
/// first) then name, windows in time order with empty windows between the first and last included.
public struct Breakdown<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The figure of one named group.
  public struct Group: Sendable, Equatable {
    public var name: String
    public var value: Value
  }

  /// The figure of one calendar window.
  public struct Window: Sendable, Equatable {
    public var window: TimeWindow
    public var value: Value
  }

  public var whole: Value
  public var byDepartment: [Group]
  public var byLevel: [Group]
  public var byChannel: [Group]
  /// Empty without a window size.
  public var windows: [Window]
}

/// The department and level of every corpus person (indexed by `PersonIndex`), `nil` where unknown; the
/// groups that `Breakdown` uses.
public struct PersonGroups: Sendable {
  public var department: [String?]
  public var level: [String?]
  /// The level's rank (0 for the top), used to order levels.
  public var levelRank: [Int?]

  public init(department: [String?], level: [String?], levelRank: [Int?]) {
    self.department = department
    self.level = level
    self.levelRank = levelRank
  }

  /// Departments from the export's own directory and no levels: the groups without an org chart.
  public init(corpus: Corpus) {
    department = corpus.people.map(\.department)
    level = corpus.people.map { _ in nil }
    levelRank = corpus.people.map { _ in nil }
  }

  /// Department names in name order.
  var departmentOrder: [String] { Array(Set(department.compactMap { $0 })).sorted() }

  /// Level names by rank (top first), then name.
  var levelOrder: [String] {
    var rankOfLevel: [String: Int] = [:]
    for (level, rank) in zip(level, levelRank) {
      guard let level else { continue }
      rankOfLevel[level] = min(rankOfLevel[level] ?? Int.max, rank ?? Int.max)
    }
    return rankOfLevel.keys.sorted { (rankOfLevel[$0] ?? 0, $0) < (rankOfLevel[$1] ?? 0, $1) }
  }
}

/// The calendar windows of the dated messages that people (not bots) sent: from the window holding the earliest
/// to the one holding the latest, empty ones between included; `[]` when none is dated.
/// - Complexity: O(M + W) for M messages and W windows.
func messageWindows(_ corpus: Corpus, size: WindowSize) -> [TimeWindow] {
  var first: Int?
  var last: Int?
  for message in corpus.messages where !corpus.isBot(message: message) {
    guard let time = message.time else { continue }
    let day = Int((time.timeIntervalSince1970 / 86_400).rounded(.down))
    first = min(first ?? day, day)
    last = max(last ?? day, day)
  }
  guard let first, let last else { return [] }
  return size.windows(fromDay: first, throughDay: last)
}

/// Position of each window by its first day, to place a time in `windows` in O(1).
struct WindowIndex {
  let size: WindowSize
  let positionOfStart: [Int: Int]

  init(size: WindowSize, windows: [TimeWindow]) {
    self.size = size
    positionOfStart = Dictionary(uniqueKeysWithValues: windows.enumerated().map { ($1.startDay, $0) })
  }

  func position(of time: Date?) -> Int? {
    time.flatMap { positionOfStart[size.window(containing: $0).startDay] }
  }
}
