/// Influencers, bridge-builders, ambassadors and persona counts: published definitions (docs/roles.md) the user
/// can tune with `RoleOptions`.
///
/// The rankings hold every eligible person, best first; outputs show the first `top` (influencers,
/// bridge-builders, overall ambassadors) or `shortlist` per department and level (ambassadors).
public struct Roles: Sendable, Equatable {
  /// Active people ranked by attention received (`RoleContext.influencers()`).
  public var influencers: [RoleEntry]
  /// Active people ranked by how they connect otherwise separate people and groups.
  public var bridgeBuilders: [RoleEntry]
  /// Active people who are not broadcasters, ranked by the weighted ambassador score.
  public var ambassadors: [RoleEntry]
  public var options: RoleOptions
  /// People per persona (every persona listed, zeros included); bots have none.
  public var personaCounts: [Persona: Int]
  /// Departments and levels whose shortlists are not shown (`Analysis.suppressingGroups(smallerThan:)`).
  public var hiddenGroups: [GroupAttribute: Set<String>] = [:]

  /// The best `options.shortlist` ambassadors of each department (or level), groups by name; people with an
  /// unknown group or a hidden group are in no shortlist.
  /// - Complexity: O(n).
  public func ambassadorShortlists(by attribute: GroupAttribute) -> [(group: String, entries: [RoleEntry])] {
    var groups: [String: [RoleEntry]] = [:]
    for entry in ambassadors {
      guard let group = attribute == .department ? entry.department : entry.level,
        hiddenGroups[attribute]?.contains(group) != true
      else { continue }
      if groups[group, default: []].count < options.shortlist { groups[group, default: []].append(entry) }
    }
    return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
  }
}

/// What the roles show and how they are scored (`--top`, `--shortlist`, `--ambassador-weights`).
public struct RoleOptions: Sendable, Equatable {
  /// Influencers, bridge-builders and overall ambassadors the outputs list.
  public var top = 10
  /// Ambassadors listed per department and per level.
  public var shortlist = 3
  public var ambassadorWeights = AmbassadorWeights()
  public var personaThresholds = PersonaThresholds()

  public init() {}
}
