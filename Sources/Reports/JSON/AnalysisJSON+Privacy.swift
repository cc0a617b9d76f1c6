import OrgAnalysis

extension AnalysisJSON {
  /// `privacy` (docs/json.md): whether ids are pseudonyms and which group figures were left out.
  static func privacyMembers(_ analysis: Analysis) -> [(String, JSONValue)] {
    guard let privacy = analysis.privacy else { return [] }
    let suppressed = privacy.suppressedGroups.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.integer($0.value)) }
    return [
      (
        "privacy",
        .object([
          ("pseudonymized", .bool(privacy.pseudonymized)),
          ("stable_key", privacy.pseudonymized ? .bool(privacy.stableKey) : .null),
          ("min_group_size", .integer(privacy.minGroupSize)),
          ("suppressed_groups", .object(suppressed)),
        ])
      )
    ]
  }
}
