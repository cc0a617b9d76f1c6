import ConversationModel
import OrgAnalysis

extension ReportSection {
  /// "Methods": every definition the report uses, in plain words, with the options this analysis ran with.
  /// - Complexity: O(1).
  public static let methods: Builder = { context in
    let summary = context.analysis.summary
    var body = HTML.paragraph(
      "Everything in this report was computed on this computer from the exports named in the summary; nothing "
        + "was sent anywhere. Interactions counted as ties: \(summary.kinds.map(\.rawValue).joined(separator: ", ")).")
    body += HTML.definitions(definitions)
    return ReportSection(id: "methods", title: "Methods and definitions", content: .body(body))
  }

  private static let definitions: [(term: String, definition: String)] = [
    ("Person", "Someone who can write. Bots and integrations are not people: their messages are counted but left "
      + "out of the network. The same person in several exports is merged by e-mail address."),
    ("Interaction", "One person addressing another. A reply addresses the author of the message it answers (the "
      + "thread's first message where threads are flat, as in Slack); a mention addresses each person mentioned; "
      + "a reaction addresses the author of the message; a direct message or e-mail addresses each recipient. "
      + "Talking to oneself and talking with bots are not counted."),
    ("Tie and weight", "A tie from A to B exists when A addressed B at least once; its weight is how many times. "
      + "\"Talk\" in this report means this weight."),
    ("Level", "A person's rank in the org chart, 0 for the top: from the chart's level column, else the person's "
      + "depth below the top in the manager tree, else rules on the job title. A manager who is not in the chart "
      + "leaves the level unknown. Talk with someone of unknown level is left out of level figures."),
    ("Upward, downward, within a level, skip-level", "Talk is upward when it goes to someone higher in the "
      + "hierarchy, downward when to someone lower, within a level when both have the same rank; it skips a "
      + "level when the two ranks differ by two or more."),
    ("Expected talk and lift", "Expected talk between two groups is what random mixing would give: the first "
      + "group's total talk sent × the second group's total talk received / all talk. Lift is observed talk / "
      + "expected talk: above 1 means more talk than chance, below 1 less."),
    ("E-I index", "(talk across groups − talk inside groups) / all talk, after Krackhardt and Stern (1988); from −1 "
      + "(all inside) to +1 (all across). For one department, talk inside has both people in it and talk across "
      + "has one of them in it, in either direction. The p-value shuffles the department labels among people, "
      + "keeping group sizes, and says how often a shuffle is at least as far from the average as the real one."),
    ("PageRank", "A person's share of attention: the chance that someone following ties at random, in proportion "
      + "to their weight, is with that person (damping 0.85, as NetworkX computes it). The network picture shows "
      + "the people with the highest PageRank."),
    ("Gini coefficient and Lorenz curve", "How unequally messages are spread over people, silent people included: "
      + "the Gini coefficient is the average difference between two people's message counts divided by twice "
      + "the average count, 0 when everyone writes the same and near 1 when one person writes everything. The "
      + "Lorenz curve plots the share of messages written by the least active x% of people."),
    ("90-9-1 split", "Creators wrote at least one message that starts a thread or stands alone; contributors "
      + "only replied or reacted; observers did neither. The rule of thumb for online communities is 1% "
      + "creators, 9% contributors and 90% observers; observers are only counted when the export lists every "
      + "member."),
    ("Windows and trends", "Each calendar month (or week or quarter, UTC) is analysed as its own network. A trend "
      + "is the least-squares slope of a figure over the windows. Its 95% interval comes from resampling the "
      + "interactions of each window with replacement many times (a bootstrap): the trend rose when the whole "
      + "interval is above zero, fell when it is below, and stayed within noise otherwise."),
  ]
}
