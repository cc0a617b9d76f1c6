import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Conversation health": the whole network's figures in words (median time to first reply, unanswered
  /// share, replies per post, reciprocity, thread size and depth), a table per department, level and channel,
  /// and, with windows, line charts of the median time to first reply and of the unanswered share per window;
  /// omitted when no person started a thread.
  /// - Complexity: O(G + W) for G groups and W windows.
  public static let health: Builder = { context in
    let title = "Conversation health"
    guard let health = context.analysis.health, health.whole.threads > 0 else {
      return ReportSection(
        id: "health", title: title,
        content: .omitted(reason: "No person started a thread (the inputs hold no messages, only interactions), "
          + "so there are no conversations to measure."))
    }
    var body = healthFigures(health.whole) + HTML.paragraph(healthSentence(health.whole))
    if repliesAreRare(context.analysis) {
      body += HTML.paragraph(
        "Almost no message here is a reply. Where people answer with separate messages instead of threads (older "
          + "Slack exports), every thread looks unanswered; crosstalk report --infer-replies 10m counts a message "
          + "as answering the previous one by someone else in the channel within 10 minutes.",
        className: "note")
    }
    let analysis = context.analysis
    body += GroupTables.table(
      health.byDepartment, noun: "department", caption: "Conversation health per department (of the thread's "
        + "starter)", analysis: analysis, columns: healthColumns)
    body += GroupTables.table(
      health.byLevel, noun: "level", caption: "Conversation health per level (of the thread's starter)",
      analysis: analysis, columns: healthColumns)
    body += GroupTables.table(
      health.byChannel, noun: "channel", caption: "Conversation health per channel", analysis: analysis,
      columns: healthColumns)
    body += HealthCharts.windows(health.windows)
    return ReportSection(id: "health", title: title, content: .body(body))
  }

  /// True when people started threads but wrote fewer than 0.1 replies per thread: answers are most likely
  /// separate messages (an export without threads), which makes posts look unanswered.
  static func repliesAreRare(_ analysis: Analysis) -> Bool {
    guard let ratio = analysis.health?.whole.replyToPostRatio else { return false }
    return ratio < 0.1
  }

  /// The four headline figures as cards.
  private static func healthFigures(_ health: ConversationHealth) -> String {
    let cards = [
      (health.timeToFirstReply.median.map(Readable.duration) ?? "–", "median time to first reply"),
      (GroupTables.share(health.unansweredShare), "of threads unanswered"),
      (health.replyToPostRatio.map { String(format: "%.2f", $0) } ?? "–", "replies per post"),
      (GroupTables.share(health.reciprocity), "of ties go both ways"),
    ]
    return "<ul class=\"figures\">"
      + cards.map { "<li><strong>" + HTML.text($0.0) + "</strong>" + HTML.text($0.1) + "</li>" }.joined() + "</ul>"
  }

  /// The whole network's conversation health in plain words.
  static func healthSentence(_ health: ConversationHealth) -> String {
    var text = "People started \(Readable.count(health.threads)) threads; \(Readable.count(health.unanswered)) "
      + "of them (\(GroupTables.share(health.unansweredShare))) got no answer from anyone else. "
    if let ratio = health.replyToPostRatio {
      text += "There were \(String(format: "%.2f", ratio)) replies for every thread-starting post. "
    }
    let latency = health.timeToFirstReply
    if let median = latency.median, let p90 = latency.percentile90 {
      text += "Half of the answered threads had their first answer within \(Readable.duration(median)), nine in "
        + "ten within \(Readable.duration(p90)) (over \(Readable.count(latency.count)) answered threads with "
        + "times). "
    }
    if let mean = health.size.mean, let largest = health.size.maximum, let deepest = health.depth.maximum,
      deepest > 0
    {
      text += "A thread holds \(String(format: "%.1f", mean)) messages on average (the largest "
        + "\(Readable.count(Int(largest)))); the deepest reply is \(Int(deepest)) "
        + "step\(deepest == 1 ? "" : "s") below its first message. "
    }
    if let reciprocity = health.reciprocity {
      text += "\(Readable.percent(reciprocity)) of ties are returned: when A addresses B, B also addresses A."
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  private static let healthColumns: [(header: String, cell: @Sendable (ConversationHealth) -> String)] = [
    ("threads", { Readable.count($0.threads) }),
    ("unanswered", { GroupTables.share($0.unansweredShare) }),
    ("replies per post", { $0.replyToPostRatio.map { String(format: "%.2f", $0) } ?? "–" }),
    ("median first reply", { $0.timeToFirstReply.median.map(Readable.duration) ?? "–" }),
    ("mean thread size", { $0.size.mean.map { String(format: "%.1f", $0) } ?? "–" }),
    ("deepest", { $0.depth.maximum.map { Readable.count(Int($0)) } ?? "–" }),
    ("reciprocity", { GroupTables.share($0.reciprocity) }),
  ]
}
