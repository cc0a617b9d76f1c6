import OrgAnalysis

extension AnalysisJSON {
  /// The `org` keys saying how levels and departments were derived (see `docs/json.md`): `level_mode`,
  /// `title_rules`, `level_sources` {column, tree, titles, unknown}, `department_depth`, `department_sources`
  /// {column, tree, none} and `entries_with_direct_reports`, all counted over org-chart entries.
  static func derivation(_ derivation: Analysis.OrgDerivation?) -> [(String, JSONValue)] {
    guard let derivation else { return [] }
    let withLevel = derivation.levelSources.values.reduce(0, +)
    let withDepartment = derivation.departmentSources.values.reduce(0, +)
    let entries = withDepartment + derivation.entriesWithoutDepartment
    return [
      ("level_mode", .string(derivation.levelMode.rawValue)), ("title_rules", .string(derivation.titleRules)),
      (
        "level_sources",
        .object(
          LevelSource.allCases.map { ($0.rawValue, .integer(derivation.levelSources[$0] ?? 0)) }
            + [("unknown", .integer(entries - withLevel))])
      ),
      ("department_depth", .integer(derivation.departmentDepth)),
      (
        "department_sources",
        .object(
          DepartmentSource.allCases.map { ($0.rawValue, .integer(derivation.departmentSources[$0] ?? 0)) }
            + [("none", .integer(derivation.entriesWithoutDepartment))])
      ),
      ("entries_with_direct_reports", .integer(derivation.entriesWithDirectReports)),
    ]
  }
}
