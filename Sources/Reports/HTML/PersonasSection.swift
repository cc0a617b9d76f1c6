import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Personas": people per persona as a bar chart, then a table of each persona's count, share and rule in
  /// words with the thresholds used, and the caveat that observers need the full user directory; omitted when
  /// nobody has a persona.
  /// - Complexity: O(1).
  public static let personas: Builder = { context in
    let title = "Personas"
    guard let roles = context.analysis.roles, roles.personaCounts.values.contains(where: { $0 > 0 }) else {
      return ReportSection(
        id: "personas", title: title,
        content: .omitted(reason: "The inputs name no people, so nobody has a persona."))
    }
    let counts = Persona.allCases.map { ($0, roles.personaCounts[$0] ?? 0) }
    let total = counts.map(\.1).reduce(0, +)
    let share = { (count: Int) in Readable.percent(Double(count) / Double(total)) }
    var body = HTML.paragraph(
      "How each of the \(Readable.count(total)) people takes part, from the balance of what they give (posts, "
        + "replies, reactions) and what they get back. The rules are tried in the order of the table; the first "
        + "that holds names the persona, so everyone has exactly one.")
    let chart = SVGBarChart(
      title: "People per persona",
      bars: counts.map { ($0.0.rawValue, $0.1, "\(Readable.count($0.1)) (\(share($0.1)))") })
    body += "<figure>" + chart.render() + "<figcaption>People per persona.</figcaption></figure>"
    let thresholds = roles.options.personaThresholds
    body += HTML.table(
      caption: "Personas, their rules and the thresholds used",
      header: ["persona", "people", "share", "rule"],
      rows: counts.map { [$0.0.rawValue, Readable.count($0.1), share($0.1), personaRule($0.0, thresholds)] },
      numeric: [1, 2])
    body += HTML.paragraph(
      "Observers need the full user directory: someone who never wrote or reacted is only known when the export "
        + "lists its users (a Slack users.json) or someone mentions or answers them. Without it the observer count "
        + "is too low. In exports where nobody used threads, answers are separate messages rather than replies, "
        + "so posters look unanswered and come out as broadcasters.")
    return ReportSection(id: "personas", title: title, content: .body(body))
  }

  /// The rule of `persona` in words, with the thresholds in `thresholds`.
  static func personaRule(_ persona: Persona, _ thresholds: PersonaThresholds) -> String {
    let number = { (value: Double) in RoleTables.weight(value) }
    let percent = { (value: Double) in Readable.percent(value) }
    let replies = { (value: Double) in value == 1 ? "1 reply comes" : "\(number(value)) replies come" }
    switch persona {
    case .observer:
      return "Gives nothing: no post, reply or reaction (others may still mention or answer them)."
    case .broadcaster:
      let posts = max(thresholds.broadcasterMinimumPosts, 1)
      return (posts == 1 ? "Posts at least once" : "Posts at least \(posts) times")
        + "; replies and reactions are at most \(percent(thresholds.broadcasterMaximumAnswerShare)) of what "
        + "they give; fewer than \(number(thresholds.broadcasterMaximumRepliesPerPost)) replies come back per "
        + "post: announcements few answer."
    case .catalyst:
      return "Posts make at least \(percent(thresholds.catalystMinimumPostShare)) of their posts and replies, and "
        + "at least \(replies(thresholds.catalystMinimumRepliesPerPost)) back per post: they start conversations "
        + "others join."
    case .responder:
      return "Replies and reactions make at least \(percent(thresholds.responderMinimumAnswerShare)) of what they "
        + "give, and they receive less than \(number(thresholds.responderMaximumReceivedPerGiven)) × what they "
        + "give: they mostly answer others."
    case .engager:
      return "Everyone else who gives something: a give-and-take of posting, answering and being answered."
    }
  }
}
