import InteractionGraph

/// What the role scores read, for the candidates (people-table rows with a graph node), in one place.
struct RoleContext {
  let rows: [Analysis.PersonRow]
  /// People-table rows of the candidates, in table order.
  let candidates: [Int]
  /// Corpus person of each people-table row.
  let personOfRow: [Int]
  let activity: RoleActivity
  let graph: InteractionGraph
  /// Gould–Fernandez brokerage across departments (all roles but coordinator) per node; `nil` when nobody has
  /// a department.
  let departmentBrokerage: [Double]?
  /// The same across levels; `nil` when nobody has a level.
  let levelBrokerage: [Double]?
  /// Guimerà–Amaral participation coefficient over departments per node; `nil` when nobody has a department.
  let departmentParticipation: [Double]?

  func node(ofCandidate candidate: Int) -> Int { rows[candidates[candidate]].node ?? 0 }

  func person(ofCandidate candidate: Int) -> Int { personOfRow[candidates[candidate]] }

  /// One raw figure per candidate, ranked into a percentile component with a reason per candidate.
  struct Figure {
    var name: String
    var values: [Double]
    var isDescending = true
    /// The reason for a candidate, given their 1-based position and the population size.
    var reason: (_ candidate: Int, _ position: Int, _ count: Int) -> String
  }

  /// The percentile-rank components of `figures` for every candidate (`PercentileRank`).
  /// - Complexity: O(F n log n) for F figures and n candidates.
  func components(_ figures: [Figure]) -> [[RoleEntry.Component]] {
    let ranks = figures.map { PercentileRank($0.values, descending: $0.isDescending) }
    return candidates.indices.map { candidate in
      zip(figures, ranks).map { figure, rank in
        let value = figure.values[candidate]
        return RoleEntry.Component(
          name: figure.name, value: rank.rank(of: value), figure: value.isFinite ? value : nil,
          reason: figure.reason(candidate, rank.position(of: value), rank.count))
      }
    }
  }

  /// An entry scored by the mean of its components, its reasons the (up to) three strongest positive ones.
  func meanEntry(candidate: Int, components: [RoleEntry.Component]) -> RoleEntry {
    let score = components.isEmpty ? 0 : components.map(\.value).reduce(0, +) / Double(components.count)
    let strongest = components.enumerated().filter { $0.element.value > 0 }
      .sorted { ($0.element.value, -$0.offset) > ($1.element.value, -$1.offset) }.prefix(3)
    return entry(candidate: candidate, score: score, components: components, reasons: strongest.map(\.element.reason))
  }

  func entry(candidate: Int, score: Double, components: [RoleEntry.Component], reasons: [String]) -> RoleEntry {
    let row = rows[candidates[candidate]]
    return RoleEntry(
      id: row.id, name: row.name, department: row.department, level: row.level, score: score,
      components: components, reasons: reasons, personRow: candidates[candidate])
  }

  /// "PageRank 0.041, 2nd of 54".
  static func ranked(_ label: String, _ value: Double, _ position: Int, _ count: Int) -> String {
    "\(label) \(reasonNumber(value)), \(ordinal(position)) of \(count)"
  }
}
