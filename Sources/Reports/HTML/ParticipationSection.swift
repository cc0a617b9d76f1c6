import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Participation": how evenly people write, with the Lorenz curve as a line chart, the Gini coefficient, the
  /// top shares and the 90-9-1 split set against the rule of thumb, then a table per department and per level
  /// (people, active share, messages, Gini, top 10% share); omitted without people.
  /// - Complexity: O(L) for L Lorenz points.
  public static let participation: Builder = { context in
    guard let participation = context.analysis.participation, participation.people > 0 else {
      return ReportSection(
        id: "participation", title: "Participation",
        content: .omitted(reason: "The inputs name no people, so there is no participation to measure."))
    }
    let people = participation.people
    var body = HTML.paragraph(
      "\(Readable.count(participation.posters)) of \(Readable.count(people)) people wrote "
        + "\(Readable.count(participation.messages)) messages. The Gini coefficient is "
        + "\(Readable.score(participation.gini)): 0 when everyone writes as much as everyone else, near 1 when one "
        + "person writes everything. The most active 1% of people wrote "
        + "\(participation.topOnePercentShare.map(Readable.percent) ?? "–") of the messages, the most active 10% "
        + "\(participation.topTenPercentShare.map(Readable.percent) ?? "–").")
    body += "<figure>" + lorenzChart(participation).render() + "<figcaption>The Lorenz curve: people sorted from "
      + "the fewest messages to the most, and the share of all messages written by the first x% of them. The "
      + "further the curve sags below the dashed diagonal (everyone equal), the more unequal.</figcaption></figure>"
    let share = { (count: Int) in Readable.percent(Double(count) / Double(people)) }
    body += HTML.table(
      caption: "The 90-9-1 split: who starts conversations, who only joins in, who stays silent",
      header: ["group", "people", "share", "rule of thumb"],
      rows: [
        ["creators (started a thread or wrote outside one)", Readable.count(participation.creators),
         share(participation.creators), "1%"],
        ["contributors (only replied or reacted)", Readable.count(participation.contributors),
         share(participation.contributors), "9%"],
        ["observers (neither)", Readable.count(participation.observers), share(participation.observers), "90%"],
      ],
      numeric: [1, 2, 3])
    if let breakdown = context.analysis.participationBreakdown {
      for (groups, noun) in [(breakdown.byDepartment, "department"), (breakdown.byLevel, "level")] {
        body += GroupTables.table(
          groups, noun: noun, caption: "Participation per \(noun): its people, with all their messages",
          analysis: context.analysis, columns: participationColumns)
      }
    }
    return ReportSection(id: "participation", title: "Participation", content: .body(body))
  }

  private static let participationColumns: [(header: String, cell: @Sendable (Participation) -> String)] = [
    ("people", { Readable.count($0.people) }),
    ("active share", { GroupTables.share($0.activeShare) }),
    ("messages", { Readable.count($0.messages) }),
    ("Gini", { String(format: "%.2f", $0.gini) }),
    ("top 10% share", { GroupTables.share($0.topTenPercentShare) }),
  ]

  private static func lorenzChart(_ participation: Participation) -> SVGLineChart {
    let ticks = [0, 0.25, 0.5, 0.75, 1.0]
    let percent: @Sendable (Double) -> String = { String(Int(($0 * 100).rounded())) + "%" }
    return SVGLineChart(
      title: "Lorenz curve of messages per person",
      series: [
        .init(
          name: "share of messages", values: participation.lorenz.map { ($0.peopleShare, $0.messageShare) },
          colour: SVGLineChart.blue),
        .init(
          name: "everyone equal", values: [(0, 0), (1, 1)], colour: SVGLineChart.grey, isDashed: true,
          showsDots: false),
      ],
      xRange: 0...1, xLabels: ticks.map { ($0, percent($0) + " of people") }, yRange: 0...1, yTicks: ticks,
      yFormat: percent, height: 300)
  }
}
