import OrgAnalysis

extension AnalysisSummary {
  /// Two lines saying where the chart's levels and departments came from, each ending in a newline; empty
  /// without a derivation.
  static func derivation(_ org: Analysis.OrgJoinSummary) -> String {
    guard let derivation = org.derivation else { return "" }
    let levels = derivation.levelSources
    let departments = derivation.departmentSources
    return """
      Levels (--levels \(derivation.levelMode.rawValue)): \(levels[.column] ?? 0) from the level column, \
      \(levels[.tree] ?? 0) from the manager tree, \(levels[.titles] ?? 0) from titles (\(derivation.titleRules) \
      rules), \(org.entries - org.entriesWithLevel) unknown; \(derivation.entriesWithDirectReports) entries \
      have direct reports.
      Departments: \(departments[.column] ?? 0) from the department column, \(departments[.tree] ?? 0) from \
      the manager tree (branches at depth \(derivation.departmentDepth)), \
      \(derivation.entriesWithoutDepartment) unknown.

      """
  }
}
