import Foundation
import InteractionGraph

extension RoleContext {
  /// Ambassadors: one explainable score per active person who is not a broadcaster (`Persona.broadcaster`):
  /// score = Σ wᶜ · c / Σ wᶜ over five components c in [0, 1] with weights `weights`:
  /// - `influence`: the influencer score (`influencers()`);
  /// - `bridging`: the bridge-builder score (`bridgeBuilders()`);
  /// - `responsiveness`: 0 for someone who answered nobody; else the mean of the percentile rank of the replies
  ///   they sent and of the speed of their median reply time (the percentile rank of the median, shortest
  ///   best, among active people with one; 0 for a person without one). When nobody has a reply time (sources
  ///   without times or threads), the replies' rank alone;
  /// - `reciprocity`: the share of the person's ties (distinct people they address or are addressed by in the
  ///   graph) that go both ways;
  /// - `consistency`: the share of the months of the period (first to last dated message) in which they sent a
  ///   message or a dated interaction.
  /// Reasons: the largest weighted components w·c, two, and a third when it adds at least half the second's.
  /// - Complexity: O(n log n + |E|) for n active people.
  func ambassadors(
    influence: [RoleEntry], bridging: [RoleEntry], personaOfRow: [Persona?], weights: AmbassadorWeights
  ) -> [RoleEntry] {
    let responsiveness = responsivenessComponents()
    let totalWeight = weights.values.reduce(0, +)
    return candidates.indices.compactMap { candidate -> RoleEntry? in
      guard let persona = personaOfRow[candidates[candidate]], persona != .broadcaster else { return nil }
      let components = [
        summary("influence", influence[candidate]), summary("bridging", bridging[candidate]),
        responsiveness[candidate], reciprocity(candidate), consistency(candidate),
      ]
      let weighted = zip(components, weights.values).map { $0.value * $1 }
      let score = totalWeight > 0 ? weighted.reduce(0, +) / totalWeight : 0
      let order = weighted.indices.filter { weighted[$0] > 0 }.sorted { (weighted[$0], -$0) > (weighted[$1], -$1) }
      let kept = order.prefix(2) + (order.count > 2 && weighted[order[2]] >= weighted[order[1]] / 2 ? [order[2]] : [])
      return entry(
        candidate: candidate, score: score, components: components, reasons: kept.map { components[$0].reason })
    }.rankedByScore()
  }

  /// A sub-score as a component whose reason leads with the sub-score's own strongest reason.
  private func summary(_ name: String, _ entry: RoleEntry) -> RoleEntry.Component {
    let detail = entry.reasons.first.map { ": \($0)" } ?? ""
    return RoleEntry.Component(
      name: name, value: entry.score, figure: entry.score, reason: "\(name) \(reasonNumber(entry.score))\(detail)")
  }

  private func responsivenessComponents() -> [RoleEntry.Component] {
    let replies = candidates.indices.map { Double(activity.replies[person(ofCandidate: $0)]) }
    let medians = candidates.indices.map { activity.medianReplySeconds[person(ofCandidate: $0)] }
    let replyRank = PercentileRank(replies)
    let speedRank = PercentileRank(medians.compactMap { $0 }, descending: false)
    return candidates.indices.map { candidate in
      let count = Int(replies[candidate])
      guard count > 0 else { return .init(name: "responsiveness", value: 0, figure: 0, reason: "answered nobody") }
      var value = replyRank.rank(of: replies[candidate])
      var reason = "answered others \(count) \(count == 1 ? "time" : "times")"
      if speedRank.count > 0 {
        let speed = medians[candidate].map { speedRank.rank(of: $0) } ?? 0
        value = (value + speed) / 2
        if let median = medians[candidate] { reason += ", median reply after \(Self.duration(median))" }
      }
      return .init(name: "responsiveness", value: value, figure: value, reason: reason)
    }
  }

  private func reciprocity(_ candidate: Int) -> RoleEntry.Component {
    let node = node(ofCandidate: candidate)
    let addressed = Set(graph.outEdges(of: node).map { graph.outTargets[$0] })
    let addressing = Set(graph.inEdges(of: node).map { graph.inSources[$0] })
    let ties = addressed.union(addressing).count
    let mutual = addressed.intersection(addressing).count
    let share = ties > 0 ? Double(mutual) / Double(ties) : 0
    return .init(
      name: "reciprocity", value: share, figure: share,
      reason: "\(mutual) of \(ties) \(ties == 1 ? "tie goes" : "ties go") both ways")
  }

  private func consistency(_ candidate: Int) -> RoleEntry.Component {
    let active = activity.activeMonths[person(ofCandidate: candidate)]
    let months = activity.months
    let share = months > 0 ? Double(active) / Double(months) : 0
    return .init(
      name: "consistency", value: share, figure: share,
      reason: "active in \(active) of \(months) \(months == 1 ? "month" : "months")")
  }

  /// "45 s", "12 min", "3.5 h", "2.1 days".
  static func duration(_ seconds: Double) -> String {
    if seconds < 90 { return "\(Int(seconds.rounded())) s" }
    if seconds < 90 * 60 { return "\(Int((seconds / 60).rounded())) min" }
    if seconds < 48 * 3600 { return String(format: "%.1f h", seconds / 3600) }
    return String(format: "%.1f days", seconds / 86_400)
  }
}
