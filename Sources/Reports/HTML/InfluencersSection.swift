import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Influencers and bridge-builders": the first `top` of each ranking with the score and the reasons in words,
  /// each under one sentence saying what the score measures; omitted without active people.
  /// - Complexity: O(top · r) for r reasons per person.
  public static let influencers: Builder = { context in
    let title = "Influencers and bridge-builders"
    guard let roles = context.analysis.roles, !roles.influencers.isEmpty || !roles.bridgeBuilders.isEmpty else {
      return ReportSection(
        id: "influencers", title: title,
        content: .omitted(reason: RoleTables.noRanking(context.analysis, what: "influencers or bridge-builders")))
    }
    let top = roles.options.top
    var body = "<h3>Influencers</h3>" + HTML.paragraph(
      "Influencers get attention: many people answer them, and those who address them are themselves addressed "
        + "a lot. The score is the mean of four ranks among the people who took part, each from 0 (lowest) to 1 "
        + "(highest): PageRank, authority, how many different people replied to them, and replies received per "
        + "message.")
    body += RoleTables.ranking(
      Array(roles.influencers.prefix(top)),
      caption: "The \(min(top, roles.influencers.count)) people with the highest influencer score")
    body += "<h3>Bridge-builders</h3>" + HTML.paragraph(
      "Bridge-builders connect people and groups that would otherwise not talk. The score is the mean of ranks "
        + "of betweenness (how often they sit on the shortest path between two others), low constraint (their "
        + "contacts are not tied to each other), and, when departments and levels are known, brokerage across "
        + "departments and levels and how evenly their ties spread over departments.")
    body += RoleTables.ranking(
      Array(roles.bridgeBuilders.prefix(top)),
      caption: "The \(min(top, roles.bridgeBuilders.count)) people with the highest bridge-builder score")
    return ReportSection(id: "influencers", title: title, content: .body(body))
  }
}
