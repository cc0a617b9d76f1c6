import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Ambassadors": who to ask to champion the platform. The overall shortlist (the first `top`), one sentence
  /// on how the score is made with the weights used, then the shortlists per department and per level (the
  /// first `shortlist` of each, levels top first), each person with the score and the reasons in words; omitted
  /// without active people, a shortlist by group replaced by its reason when nobody's group is known.
  /// - Complexity: O(n) for n ranked people.
  public static let ambassadors: Builder = { context in
    let title = "Ambassadors"
    guard let roles = context.analysis.roles, !roles.ambassadors.isEmpty else {
      return ReportSection(
        id: "ambassadors", title: title,
        content: .omitted(reason: RoleTables.noRanking(context.analysis, what: "ambassadors")))
    }
    var body = HTML.paragraph(
      "People to ask first when the platform needs champions: they are listened to, connect groups, answer "
        + "others, get answers back and stay active month after month.",
      className: "lead")
    body += RoleTables.ranking(
      Array(roles.ambassadors.prefix(roles.options.top)),
      caption: "Overall: the \(min(roles.options.top, roles.ambassadors.count)) people with the highest ambassador "
        + "score")
    body += HTML.paragraph(scoreSentence(roles.options.ambassadorWeights))
    if repliesAreRare(context.analysis) {
      body += HTML.paragraph(
        "Almost no message here is a reply, so people whose posts were answered in separate messages count as "
          + "broadcasters and are left out of this list. crosstalk report --infer-replies 10m counts a message as "
          + "answering the previous one by someone else in the channel within 10 minutes.",
        className: "note")
    }
    body += shortlists(roles, context.analysis, by: .department)
    body += shortlists(roles, context.analysis, by: .level)
    return ReportSection(id: "ambassadors", title: title, content: .body(body))
  }

  /// "The score is …": the weights as used, and that broadcasters are left out.
  static func scoreSentence(_ weights: AmbassadorWeights) -> String {
    let named = zip(AmbassadorWeights.keys, weights.values).map { "\($0) \(RoleTables.weight($1))" }
    return "The score runs from 0 to 1. It is the weighted mean of five parts, each from 0 to 1 (weights: "
      + named.joined(separator: ", ") + "): influence is the influencer score and bridging the bridge-builder "
      + "score below, responsiveness how often and how fast the person answers others, reciprocity the share of "
      + "their ties that go both ways, consistency the share of months they were active. Broadcasters (people "
      + "whose posts few answer) are left out, however central. The reasons are the two or three parts that "
      + "added most to the score."
  }

  private static func shortlists(_ roles: Roles, _ analysis: Analysis, by attribute: GroupAttribute) -> String {
    let noun = attribute == .department ? "department" : "level"
    var groups = roles.ambassadorShortlists(by: attribute)
    if attribute == .level {
      let rank = RoleTables.levelRanks(analysis)
      groups.sort { (rank[$0.group] ?? Int.max, $0.group) < (rank[$1.group] ?? Int.max, $1.group) }
    }
    let heading = "<h3>By \(noun)</h3>"
    guard !groups.isEmpty else {
      let hidden = roles.hiddenGroups[attribute]?.isEmpty == false
      let reason = hidden
        ? "No \(noun) has enough people to be shown (groups of fewer than "
          + "\(analysis.privacy?.minGroupSize ?? 1) people are left out)."
        : "No shortlist by \(noun): nobody's \(noun) is known. Give --org with an org chart that has a "
          + (attribute == .department ? "department column." : "level column, a manager column or job titles.")
      return heading + HTML.paragraph(reason, className: "missing")
    }
    var html = heading + RoleTables.groupedRanking(
      groups.map { ($0.group, $0.entries) },
      caption: "The best \(roles.options.shortlist) of each \(noun)", groupHeader: noun)
    if let hidden = roles.hiddenGroups[attribute], !hidden.isEmpty {
      html += HTML.paragraph(
        "\(hidden.count) \(noun)\(hidden.count == 1 ? " is" : "s are") not shown: fewer than "
          + "\(analysis.privacy?.minGroupSize ?? 1) people.",
        className: "note")
    }
    return html
  }
}
