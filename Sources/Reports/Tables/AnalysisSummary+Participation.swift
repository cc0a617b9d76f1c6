import Foundation
import OrgAnalysis

extension AnalysisSummary {
  /// The participation section (with the most and least active department and level) and the conversation
  /// health section, each present when the analysis has it.
  static func participationSections(_ analysis: Analysis, _ style: Style) -> [String] {
    var sections: [String] = []
    if let participation = analysis.participation {
      let extremes = analysis.participationBreakdown.map { breakdown in
        [("department", breakdown.byDepartment), ("level", breakdown.byLevel)].compactMap(activeShareExtremes)
          .map { $0 + "\n" }.joined()
      }
      sections.append(self.participation(participation, style) + (extremes ?? ""))
    }
    if let health = analysis.health?.whole { sections.append(self.health(health, style)) }
    return sections
  }

  /// The participation section: who posts how much (Gini, top shares) and the 90-9-1 split.
  static func participation(_ participation: Participation, _ style: Style) -> String {
    let people = participation.people
    let share = { (count: Int) in people > 0 ? Readable.percent(Double(count) / Double(people)) : "–" }
    let top = { (value: Double?) in value.map(Readable.percent) ?? "–" }
    return heading("Participation", style) + """
      \(Readable.count(participation.posters)) of \(Readable.count(people)) people posted \
      \(Readable.count(participation.messages)) messages; Gini \(Readable.score(participation.gini)) \
      (0 is everyone posting alike, near 1 one person posting everything). The top 1% of people sent \
      \(top(participation.topOnePercentShare)) of the messages, the top 10% \
      \(top(participation.topTenPercentShare)).
      Creators (started a thread or posted outside one) \(Readable.count(participation.creators)) \
      (\(share(participation.creators))), contributors (only replied or reacted) \
      \(Readable.count(participation.contributors)) (\(share(participation.contributors))), observers \
      \(Readable.count(participation.observers)) (\(share(participation.observers))); active share \
      \(top(participation.activeShare)).

      """
  }

  /// "By department, the active share is highest in X (80.0%) and lowest in Y (40.0%)."; `nil` with fewer than
  /// two groups that have people. Ties go to the group listed first.
  private static func activeShareExtremes(_ attribute: String, _ groups: [Breakdown<Participation>.Group]) -> String? {
    // Level ranks without band names are numbers: "level 2" reads better than "2".
    let label = { (name: String) in attribute == "level" && Int(name) != nil ? "level \(name)" : name }
    let shares = groups.compactMap { group in group.value.activeShare.map { (label(group.name), $0) } }
    guard shares.count >= 2, let highest = shares.max(by: { $0.1 < $1.1 }),
      let lowest = shares.min(by: { $0.1 < $1.1 })
    else { return nil }
    return "By \(attribute), the active share is highest in \(highest.0) (\(Readable.percent(highest.1))) and "
      + "lowest in \(lowest.0) (\(Readable.percent(lowest.1)))."
  }

  /// The conversation health section: unanswered share, replies per post, time to first reply in words, thread
  /// size and depth, reciprocity, and what had no time.
  static func health(_ health: ConversationHealth, _ style: Style) -> String {
    let share = { (value: Double?) in value.map(Readable.percent) ?? "–" }
    let ratio = health.replyToPostRatio.map { String(format: "%.2f", $0) } ?? "–"
    var text = heading("Conversation health", style) + """
      \(Readable.count(health.threads)) threads started by people; \(share(health.unansweredShare)) unanswered \
      (no reply by another person: bots and the starter's own replies do not count); \(ratio) replies per \
      thread-starting post. Reciprocity of ties \(share(health.reciprocity)).

      """
    let latency = health.timeToFirstReply
    if let median = latency.median, let mean = latency.mean, let p90 = latency.percentile90 {
      text += """
        Median time to first reply \(Readable.duration(median)) (mean \(Readable.duration(mean)), 90th percentile \
        \(Readable.duration(p90))) over \(Readable.count(latency.count)) answered threads with times.

        """
    }
    if let mean = health.size.mean, let largest = health.size.maximum, let deepest = health.depth.maximum {
      text += "Threads hold \(String(format: "%.1f", mean)) messages on average (largest \(Int(largest))); "
        + "the deepest reply is \(Int(deepest)) level\(deepest == 1 ? "" : "s") below its root.\n"
    }
    if health.undatedThreads > 0 || health.answeredWithoutTime > 0 {
      text += "Without a time: \(Readable.count(health.undatedThreads)) threads, "
        + "\(Readable.count(health.answeredWithoutTime)) answered threads whose answers have none.\n"
    }
    return text
  }
}

extension Readable {
  /// A duration in words: `45 s`, `12 min`, `3 h 20 min`, `2 d 4 h` (rounded to the last unit shown); negative
  /// durations get a minus sign.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "–" }
    if seconds < 0 { return "-" + duration(-seconds) }
    if seconds < 59.5 { return "\(Int(seconds.rounded())) s" }
    let minutes = Int((seconds / 60).rounded())
    if minutes < 60 { return "\(minutes) min" }
    if minutes < 24 * 60 { return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min" }
    let hours = Int((seconds / 3600).rounded())
    return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
  }
}
