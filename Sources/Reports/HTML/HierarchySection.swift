import OrgAnalysis

extension ReportSection {
  /// "Talk across levels": the hierarchy-flow picture (`HierarchyView`), the level matrix as a heat map and the
  /// shares of upward, downward, lateral and skip-level talk; omitted when nobody's level is known.
  /// - Complexity: that of the `dot` layout of L boxes, plus O(L²).
  public static let hierarchy: Builder = { context in
    let title = "Talk across levels"
    guard let levels = context.analysis.levels else {
      return ReportSection(
        id: "levels", title: title,
        content: .omitted(reason: "Nobody's level is known: give --org with an org chart that has a manager or "
          + "level column (or job titles)."))
    }
    var body = HTML.paragraph(
      "Who answers whom across the hierarchy. A level is a person's rank in the org chart, the top being first; "
        + "talk is counted between people whose levels are both known.")
    body += context.figure(
      HierarchyView().graph(levels), engine: "dot", id: "levels",
      caption: "Boxes are levels, top level first. Arrows show each pair of levels' share of the talk and its lift "
        + "over random mixing (1.00× is what chance gives); blue goes up, vermillion down, grey within a level.")
    body += HeatMapTable.render(
      caption: "Talk between levels: interactions from the row's level to the column's, and lift",
      corner: "from \\ to", order: levels.order, matrix: levels.matrix, lift: levels.lift)
    body += HTML.list([
      "Upward \(Readable.percent(levels.upwardShare)), downward \(Readable.percent(levels.downwardShare)), within "
        + "a level \(Readable.percent(levels.lateralShare)); skipping at least one level "
        + "\(Readable.percent(levels.skipLevelShare)).",
      "Talk with someone of unknown level, left out of these figures: \(Readable.weight(levels.excludedWeight)) "
        + "interactions.",
    ] + answersMost(levels))
    return ReportSection(id: "levels", title: title, content: .body(body))
  }

  /// The terminal summary's sentences on whom each level answers most, one per level.
  private static func answersMost(_ levels: LevelFlow) -> [String] {
    AnalysisSummary.answersMost(levels, .markdown).split(separator: "\n")
      .map { String($0.trimmingPrefix("- ")) }
  }
}
