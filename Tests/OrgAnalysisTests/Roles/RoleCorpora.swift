import ConversationModel
import Foundation

@testable import OrgAnalysis

/// Small corpora whose roles are known by construction, built message by message.
struct RoleCorpus {
  private var builder = CorpusBuilder()
  private var messageCount = 0

  init(people: [(id: String, department: String)]) {
    builder.beginInput(path: "roles.csv", format: "messages-csv")
    for person in people { builder.add(.person(PersonRecord(id: person.id, department: person.department))) }
  }

  /// Noon UTC on day `day` of 2026 plus `minutes`.
  static func time(day: Int, minutes: Double = 0) -> Date {
    Date(timeIntervalSince1970: (Double(20_453 + day) * 24 + 12) * 3600 + minutes * 60)
  }

  /// Adds a message and returns its id.
  @discardableResult
  mutating func post(
    _ author: String, day: Int = 1, minutes: Double = 0, replyTo: String? = nil, mentions: [String] = [],
    reactions: [String] = []
  ) -> String {
    messageCount += 1
    let id = "m\(messageCount)"
    builder.add(.message(MessageRecord(
      id: id, author: author, time: Self.time(day: day, minutes: minutes), channel: "general", replyTo: replyTo,
      mentions: mentions, reactions: reactions)))
    return id
  }

  /// Adds a person-to-person `message` interaction in both directions.
  mutating func tie(_ first: String, _ second: String, day: Int = 1) {
    builder.add(.interaction(InteractionRecord(source: first, target: second, time: Self.time(day: day))))
    builder.add(.interaction(InteractionRecord(source: second, target: first, time: Self.time(day: day))))
  }

  func analysed(_ roles: RoleOptions = RoleOptions()) -> Analysis {
    var options = AnalysisOptions()
    options.permutations = 0
    options.roles = roles
    return Analyzer.analyze(builder.build(), org: nil, options: options)
  }

  /// A star: five people in Sales answer `hub`'s question and `hub` thanks nobody; `announcer` posts three
  /// announcements mentioning `p1`, which nobody answers.
  static func starWithAnnouncer() -> RoleCorpus {
    let spokes = (1...5).map { "p\($0)" }
    var corpus = RoleCorpus(people: [("hub", "Sales"), ("announcer", "Sales")] + spokes.map { ($0, "Sales") })
    let question = corpus.post("hub", day: 1)
    for (offset, spoke) in spokes.enumerated() {
      corpus.post(spoke, day: 1, minutes: Double(10 * (offset + 1)), replyTo: question)
    }
    let second = corpus.post("hub", day: 40)
    for spoke in spokes.prefix(3) { corpus.post(spoke, day: 40, minutes: 5, replyTo: second) }
    for day in [2, 20, 50] { corpus.post("announcer", day: day, mentions: ["p1"]) }
    return corpus
  }

  /// Two cliques, a1–a3 in department A and b1–b3 in B (every pair tied both ways), joined only by `x` (in A),
  /// who is tied both ways to a1, b1 and b2.
  static func twoCliquesAndBridge() -> RoleCorpus {
    let a = ["a1", "a2", "a3"]
    let b = ["b1", "b2", "b3"]
    var corpus = RoleCorpus(people: a.map { ($0, "A") } + b.map { ($0, "B") } + [("x", "A")])
    for clique in [a, b] {
      for (index, first) in clique.enumerated() { for second in clique[(index + 1)...] { corpus.tie(first, second) } }
    }
    for other in ["a1", "b1", "b2"] { corpus.tie("x", other) }
    return corpus
  }
}
