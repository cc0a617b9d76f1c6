/// One person's place in a role's ranking: the score, the components it was made of, and the reasons in words.
public struct RoleEntry: Sendable, Equatable {
  /// One named part of a role score, in [0, 1].
  public struct Component: Sendable, Equatable {
    /// The JSON key: `pagerank`, `authority`, `distinct_repliers`, `replies_per_post`, `betweenness`,
    /// `low_constraint`, `department_brokerage`, `level_brokerage`, `department_participation`, `influence`,
    /// `bridging`, `responsiveness`, `reciprocity`, `consistency`.
    public var name: String
    /// The component's value in [0, 1] (a percentile rank, a share, or a sub-score).
    public var value: Double
    /// The figure the value was ranked from (the PageRank, the participation coefficient, a count); for
    /// sub-scores and shares the value itself; `nil` where undefined (the constraint of someone without
    /// contacts).
    public var figure: Double?
    /// The reason this component gives in words ("PageRank 0.041, 2nd of 54").
    public var reason: String

    public init(name: String, value: Double, figure: Double?, reason: String) {
      self.name = name
      self.value = value
      self.figure = figure
      self.reason = reason
    }
  }

  /// The person's id (as in the people table) and display fields.
  public var id: String
  public var name: String?
  public var department: String?
  public var level: String?
  /// The role score in [0, 1].
  public var score: Double
  public var components: [Component]
  /// The two or three reasons that put the person where they are, strongest first.
  public var reasons: [String]
  /// Row of the person in `Analysis.people`.
  public var personRow: Int
}

extension Array where Element == RoleEntry {
  /// Sorted by score, highest first; ties keep people-table order.
  func rankedByScore() -> [RoleEntry] {
    sorted { ($0.score, -$0.personRow) > ($1.score, -$1.personRow) }
  }
}
