import OrgAnalysis

extension AnalysisSummary {
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
}
