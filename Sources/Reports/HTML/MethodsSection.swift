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
    ("Participation per department and level", "The same figures over the people of one department or level "
      + "(as the people table gives it), with all their messages. Active share: the share of those people who "
      + "wrote or reacted at least once. People without a department or level are in no group."),
    ("Thread", "A message that answers no other message starts a thread; every reply belongs to the thread its "
      + "chain of answered messages leads back to. Threads started by bots are left out. On Slack every reply is "
      + "one step below the first message; where nobody used threads, answers are separate messages and look "
      + "unanswered."),
    ("Time to first reply", "For each answered thread, the time from its first message to the earliest message "
      + "in it by another person, as CHAOSS defines \"Time to First Response\"; bots and the starter's own "
      + "replies do not count. The report gives the median (half of the threads were answered sooner) and the "
      + "90th percentile. Threads whose times are unknown are left out."),
    ("Unanswered share, replies per post, reciprocity", "Unanswered share: threads in which nobody but the "
      + "starter wrote, divided by all threads. Replies per post: replies written by people divided by threads. "
      + "Reciprocity: the share of ties A → B for which B → A is also a tie. Per department and level a thread "
      + "belongs to its starter's group; per channel to the channel of its first message."),
    ("Influencer", "Someone others pay attention to. Each person who took part is ranked among the others on "
      + "PageRank, HITS authority, the number of different people who replied to them and replies received per "
      + "message; a rank runs from 0 (lowest, or tied at the bottom) to 1 (highest). The score is the mean of "
      + "the four ranks."),
    ("Bridge-builder", "Someone who connects people and groups that would otherwise not talk: the mean of the "
      + "ranks of betweenness, low constraint (Burt: their contacts are not tied to each other), and, when "
      + "known, brokerage across departments and across levels (Gould and Fernandez: open two-step paths "
      + "between groups through the person) and the participation coefficient over departments (how evenly "
      + "their ties spread over departments)."),
    ("Ambassador", "A good person to champion the platform: the weighted mean of the influencer score, the "
      + "bridge-builder score, responsiveness (the ranks of how many replies they sent and how quickly, "
      + "median, they answered), reciprocity (the share of their ties that go both ways) and consistency (the "
      + "share of months they were active). Broadcasters are left out. The reasons are the two or three parts "
      + "that added most. Weights can be changed with --ambassador-weights; shortlists list the best of each "
      + "department and level."),
    ("Persona", "How someone takes part, from what they give (posts that start a thread, replies, reactions) and "
      + "what they get back. The rules are tried in order: observer (gives nothing), broadcaster (posts with "
      + "hardly any answering, and few replies come back), catalyst (mostly posts, and replies come back), "
      + "responder (mostly answers others and gets less back than they give), engager (everyone else). The "
      + "thresholds used are in the personas section; observers can only be counted when the export lists "
      + "every user."),
    ("Windows and trends", "Each calendar month (or week or quarter, UTC) is analysed as its own network. A trend "
      + "is the least-squares slope of a figure over the windows. Its 95% interval comes from resampling the "
      + "interactions of each window with replacement many times (a bootstrap): the trend rose when the whole "
      + "interval is above zero, fell when it is below, and stayed within noise otherwise."),
  ]
}
