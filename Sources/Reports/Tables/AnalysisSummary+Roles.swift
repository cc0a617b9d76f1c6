import OrgAnalysis

extension AnalysisSummary {
  /// The Roles section: the top five influencers, bridge-builders and ambassadors with their reasons, and the
  /// persona counts (definitions in docs/roles.md).
  static func roles(_ roles: Roles, style: Style, table: TextTable.Style) -> String {
    let shown = min(roles.options.top, 5)
    let lists = [
      ("Influencers (attention received)", roles.influencers),
      ("Bridge-builders (connect separate people and groups)", roles.bridgeBuilders),
      ("Ambassadors (weighted score, broadcasters excluded)", roles.ambassadors),
    ]
    var text = heading("Roles", style)
    for (title, entries) in lists {
      text += "\(title):\n" + roleTable(Array(entries.prefix(shown))).rendered(table)
    }
    let counts = Persona.allCases.map { "\($0.rawValue) \(Readable.count(roles.personaCounts[$0] ?? 0))" }
    return text + "Personas: " + counts.joined(separator: ", ")
      + ". Definitions and thresholds: docs/roles.md; `crosstalk people --role ROLE` lists everyone.\n\n"
  }

  /// Rank, person, department, level, score and reasons of role entries.
  static func roleTable(_ entries: [RoleEntry]) -> TextTable {
    var table = TextTable([
      ("#", .right), ("person", .left), ("department", .left), ("level", .left), ("score", .right),
      ("reasons", .left),
    ])
    for (position, entry) in entries.enumerated() {
      table.append([
        String(position + 1), entry.name ?? entry.id, entry.department ?? "", entry.level ?? "",
        Readable.score(entry.score), entry.reasons.joined(separator: "; "),
      ])
    }
    return table
  }
}
