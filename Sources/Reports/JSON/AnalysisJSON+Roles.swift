import OrgAnalysis

extension AnalysisJSON {
  /// `roles` (docs/json.md): influencers, bridge-builders, ambassadors with weights and shortlists, personas.
  static func rolesMembers(_ analysis: Analysis) -> [(String, JSONValue)] {
    guard let roles = analysis.roles else { return [] }
    let options = roles.options
    let weights = zip(AmbassadorWeights.keys, options.ambassadorWeights.values).map { ($0, JSONValue.number($1)) }
    let shortlists = { (attribute: GroupAttribute) in
      JSONValue.object(roles.ambassadorShortlists(by: attribute).map { ($0.group, .array($0.entries.map(entry))) })
    }
    return [
      (
        "roles",
        .object([
          ("influencers", .array(roles.influencers.prefix(options.top).map(entry))),
          ("bridge_builders", .array(roles.bridgeBuilders.prefix(options.top).map(entry))),
          (
            "ambassadors",
            .object([
              ("weights", .object(weights)), ("eligible", .integer(roles.ambassadors.count)),
              ("overall", .array(roles.ambassadors.prefix(options.top).map(entry))),
              ("by_department", shortlists(.department)), ("by_level", shortlists(.level)),
            ])
          ),
          (
            "personas",
            .object([
              ("thresholds", .object(options.personaThresholds.named.map { ($0.key, .number($0.value)) })),
              ("counts", .object(Persona.allCases.map { ($0.rawValue, .integer(roles.personaCounts[$0] ?? 0)) })),
            ])
          ),
        ])
      )
    ]
  }

  /// One ranked person: id, name, department, level, score, components {name: value}, figures {name: raw
  /// figure} and reasons.
  static func entry(_ entry: RoleEntry) -> JSONValue {
    .object([
      ("id", .string(entry.id)), ("name", .optional(entry.name)), ("department", .optional(entry.department)),
      ("level", .optional(entry.level)), ("score", .number(entry.score)),
      ("components", .object(entry.components.map { ($0.name, .number($0.value)) })),
      ("figures", .object(entry.components.map { ($0.name, .optional($0.figure)) })),
      ("reasons", .array(entry.reasons.map(JSONValue.string))),
    ])
  }
}
