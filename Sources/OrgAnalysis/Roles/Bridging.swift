extension RoleContext {
  /// Bridge-builders: people who connect otherwise separate people and groups, scored by the mean of these
  /// percentile ranks among active people (`PercentileRank`):
  /// - `betweenness`: NetworkX `betweenness_centrality` (normalised, hop distance);
  /// - `low_constraint`: Burt's constraint, the lowest ranked best (no contacts ranks last);
  /// - `department_brokerage`, `level_brokerage`: Gould–Fernandez brokerage two-paths across groups
  ///   (gatekeeper + representative + consultant + liaison: every role but coordinator) with departments, and
  ///   with level ranks, as the groups;
  /// - `department_participation`: the participation coefficient over departments (Guimerà & Amaral 2005),
  ///   P = 1 − Σₛ (kₛ / k)², kₛ the weight of the person's undirected ties (u→v plus v→u) to department s and
  ///   k their total; neighbours of unknown department form one group of their own.
  /// The department figures are left out when nobody has a department, the level figure when nobody has a
  /// level. Reasons: the three strongest components, in words.
  /// - Complexity: O(n log n) for n active people, after the brokerage counts.
  func bridgeBuilders() -> [RoleEntry] {
    zip(candidates.indices, components(bridgeFigures())).map { meanEntry(candidate: $0, components: $1) }
      .rankedByScore()
  }

  func bridgeFigures() -> [Figure] {
    let betweenness = candidates.map { rows[$0].metrics.betweenness }
    let constraint = candidates.map { rows[$0].metrics.constraint ?? .infinity }
    var figures = [
      Figure(name: "betweenness", values: betweenness) { Self.ranked("betweenness", betweenness[$0], $1, $2) },
      Figure(name: "low_constraint", values: constraint, isDescending: false) { candidate, position, count in
        guard constraint[candidate].isFinite else { return "no constraint: no contacts" }
        return "constraint \(reasonNumber(constraint[candidate])) (contacts not tied to each other), "
          + (position == 1 ? "the lowest of \(count)" : "\(ordinal(position)) lowest of \(count)")
      },
    ]
    if let departmentBrokerage {
      let values = candidates.indices.map { departmentBrokerage[node(ofCandidate: $0)] }
      figures.append(Figure(name: "department_brokerage", values: values) { candidate, _, _ in
        "brokers \(Int(values[candidate])) two-step paths across departments"
      })
    }
    if let levelBrokerage {
      let values = candidates.indices.map { levelBrokerage[node(ofCandidate: $0)] }
      figures.append(Figure(name: "level_brokerage", values: values) { candidate, _, _ in
        "brokers \(Int(values[candidate])) two-step paths across levels"
      })
    }
    if let departmentParticipation {
      let values = candidates.indices.map { departmentParticipation[node(ofCandidate: $0)] }
      figures.append(Figure(name: "department_participation", values: values) { candidate, position, count in
        "ties spread across departments (participation \(reasonNumber(values[candidate])), "
          + "\(ordinal(position)) of \(count))"
      })
    }
    return figures
  }
}
