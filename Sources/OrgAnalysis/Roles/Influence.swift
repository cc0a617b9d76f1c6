extension RoleContext {
  /// Influencers: attention received, scored by the mean of four percentile ranks among active people
  /// (`PercentileRank`):
  /// - `pagerank`: PageRank (NetworkX `pagerank`, α = 0.85, weighted);
  /// - `authority`: HITS authority (NetworkX `hits`);
  /// - `distinct_repliers`: how many different people replied to them (any date in range, every reply);
  /// - `replies_per_post`: replies received per message they sent (0 without messages).
  /// Reasons: the three strongest components, e.g. "PageRank 0.041, 2nd of 54", "answered by 14 different
  /// people".
  /// - Complexity: O(n log n) for n active people.
  func influencers() -> [RoleEntry] {
    let figures = influenceFigures()
    return zip(candidates.indices, components(figures)).map { meanEntry(candidate: $0, components: $1) }
      .rankedByScore()
  }

  func influenceFigures() -> [Figure] {
    let pagerank = candidates.map { rows[$0].metrics.pagerank }
    let authority = candidates.map { rows[$0].metrics.authority }
    let repliers = candidates.indices.map { Double(activity.distinctRepliers[person(ofCandidate: $0)]) }
    let perPost = candidates.indices.map { candidate in
      let row = rows[candidates[candidate]]
      return row.messages > 0 ? Double(activity.repliesReceived[person(ofCandidate: candidate)]) / Double(row.messages)
        : 0
    }
    return [
      Figure(name: "pagerank", values: pagerank) { Self.ranked("PageRank", pagerank[$0], $1, $2) },
      Figure(name: "authority", values: authority) { Self.ranked("authority", authority[$0], $1, $2) },
      Figure(name: "distinct_repliers", values: repliers) { candidate, _, _ in
        let count = Int(repliers[candidate])
        return "answered by \(count) different \(count == 1 ? "person" : "people")"
      },
      Figure(name: "replies_per_post", values: perPost) { candidate, position, count in
        "\(reasonNumber(perPost[candidate])) replies received per message, \(ordinal(position)) of \(count)"
      },
    ]
  }
}
