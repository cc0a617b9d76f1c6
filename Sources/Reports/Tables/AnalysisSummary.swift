import ConversationModel
import GraphMetrics
import Foundation
import OrgAnalysis

/// The readable summary of `crosstalk analyze` (terminal, the default) and `--format markdown`: counts, the top
/// people by PageRank and by betweenness, the level matrix and shares, the group mixing, the org-chart join and
/// the diagnostics.
public enum AnalysisSummary {
  public enum Style: Sendable { case terminal, markdown }

  public static func render(_ analysis: Analysis, style: Style, top: Int = 10) -> String {
    let table: TextTable.Style = style == .terminal ? .terminal : .markdown
    var sections = [overview(analysis) + privacyNote(analysis)]
    sections.append(
      heading("Top people by PageRank", style) + ranking(analysis, top: top, by: \.pagerank).rendered(table))
    sections.append(
      heading("Top people by betweenness", style) + ranking(analysis, top: top, by: \.betweenness).rendered(table))
    if let levels = analysis.levels {
      sections.append(heading("Talk across levels", style) + self.levels(levels, table) + answersMost(levels, style))
    }
    if let groups = analysis.groups {
      let name = groups.attribute == GroupAttribute.department.rawValue ? "departments" : "\(groups.attribute) groups"
      sections.append(heading("Talk across \(name)", style) + self.groups(groups, table))
    }
    sections.append(contentsOf: hierarchySections(analysis, style: style, table: table))
    sections.append(contentsOf: participationSections(analysis, style))
    if let roles = analysis.roles { sections.append(self.roles(roles, style: style, table: table)) }
    if let windows = analysis.windows {
      sections.append(heading("Talk by \(windows.size.rawValue)", style) + WindowSummary.render(windows, table))
    }
    if let org = analysis.org { sections.append(heading("Org chart", style) + self.org(org)) }
    sections.append(heading("Inputs and diagnostics", style) + inputs(analysis))
    return sections.joined(separator: "\n")
  }

  static func heading(_ title: String, _ style: Style) -> String {
    style == .markdown ? "## \(title)\n\n" : "\(title)\n"
  }

  private static func overview(_ analysis: Analysis) -> String {
    let summary = analysis.summary
    let kinds = InteractionKind.allCases.map { kind in
      let inferred = kind == .reply && summary.inferredReplies > 0
        ? " (\(Readable.count(summary.inferredReplies)) inferred)" : ""
      return "\(kind.rawValue) \(Readable.count(summary.interactions[kind] ?? 0))\(inferred)"
    }.joined(separator: ", ")
    let privateMessages = summary.privateMessages > 0
      ? " (\(Readable.count(summary.privateMessages)) private)" : ""
    return """
      People \(Readable.count(summary.people)) (\(Readable.count(summary.activePeople)) active), \
      messages \(Readable.count(summary.messages))\(privateMessages); interactions found: \(kinds).
      Graph of \(summary.kinds.map(\.rawValue).joined(separator: ", ")): \(Readable.count(summary.nodes)) people, \
      \(Readable.count(summary.edges)) ties, total weight \(Readable.weight(summary.totalWeight)), \
      density \(Readable.score(summary.density)), reciprocity \(summary.reciprocity.map(Readable.score) ?? "–"), \
      \(summary.weakComponents) weak and \(summary.strongComponents) strong components, \(summary.communities) \
      communities (modularity \(Readable.score(summary.modularity))).\(estimates(summary))

      """
  }

  /// A sentence naming the sampled centralities and their bounds; empty when everything is exact.
  private static func estimates(_ summary: Analysis.Summary) -> String {
    let sampled = summary.estimates.compactMap { note -> String? in
      guard case .sampled(let samples, let epsilon, let delta, _) = note.method else { return nil }
      return "\(note.metric) from \(Readable.count(samples)) samples (error ≤ \(epsilon) with probability "
        + "\(Readable.percent(1 - delta)))"
    }
    return sampled.isEmpty ? "" : "\nEstimated for speed (--exact computes them exactly): "
      + sampled.joined(separator: "; ") + "."
  }

  private static func ranking(_ analysis: Analysis, top: Int, by score: KeyPath<NodeMetrics.Row, Double>)
    -> TextTable
  {
    var table = TextTable([
      ("#", .right), ("person", .left), ("title", .left), ("department", .left), ("level", .left),
      ("pagerank", .right), ("betweenness", .right), ("in", .right), ("out", .right),
    ])
    let ranked = analysis.people.filter { $0.node != nil }.enumerated()
      .sorted { ($0.element.metrics[keyPath: score], -$0.offset) > ($1.element.metrics[keyPath: score], -$1.offset) }
      .prefix(top)
    for (position, (_, row)) in ranked.enumerated() {
      table.append([
        String(position + 1), row.name ?? row.id, row.title ?? "", row.department ?? "", row.level ?? "",
        Readable.score(row.metrics.pagerank), Readable.score(row.metrics.betweenness),
        Readable.weight(row.metrics.inStrength), Readable.weight(row.metrics.outStrength),
      ])
    }
    return table
  }

  private static func levels(_ levels: LevelFlow, _ style: TextTable.Style) -> String {
    var table = TextTable([("from \\ to", .left)] + levels.order.map { ($0, .right) })
    for (row, name) in levels.order.enumerated() {
      table.append(
        [name]
          + levels.order.indices.map { column in
            "\(Readable.weight(levels.matrix[row][column])) (\(Readable.lift(levels.lift[row][column])))"
          })
    }
    return """
      Observed weight (lift over random mixing):
      \(table.rendered(style))
      Upward \(Readable.percent(levels.upwardShare)), downward \(Readable.percent(levels.downwardShare)), \
      lateral \(Readable.percent(levels.lateralShare)); skip-level \(Readable.percent(levels.skipLevelShare)), \
      cross-level \(Readable.percent(levels.crossLevelShare)). Weight with an unknown level, left out: \
      \(Readable.weight(levels.excludedWeight)).

      """
  }

  static func groups(_ groups: GroupMixing, _ style: TextTable.Style) -> String {
    var table = TextTable([
      (groups.attribute, .left), ("members", .right), ("inside", .right), ("across", .right), ("E-I", .right),
    ])
    for group in groups.perGroup {
      table.append([
        group.name, String(group.members), Readable.weight(group.internalWeight),
        Readable.weight(group.externalWeight), Readable.index(group.eiIndex),
      ])
    }
    let test =
      groups.eiPValue.map { String(format: " (p = %.3f, %d label permutations)", $0, groups.permutations) } ?? ""
    return """
      Whole-network E-I index \(Readable.index(groups.eiIndex))\(test); −1 is all talk inside groups, +1 all across.
      \(table.rendered(style))
      Weight with an unknown \(groups.attribute), left out: \(Readable.weight(groups.excludedWeight)).

      """
  }

  private static func org(_ org: Analysis.OrgJoinSummary) -> String {
    let matched = org.matchedByID + org.matchedByEmail + org.matchedByName
    let examples = { (ids: [String]) in
      ids.isEmpty ? "" : ": " + ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
    return """
      \(org.entries) entries, \(org.entriesWithLevel) with a known level. Matched \(matched) people \
      (\(org.matchedByID) by id, \(org.matchedByEmail) by e-mail, \(org.matchedByName) by name).
      People in the export not in the chart: \(org.unmatchedPeople.count)\(examples(org.unmatchedPeople)).
      Chart entries not in the export: \(org.unmatchedEntries.count)\(examples(org.unmatchedEntries)).
      \(derivation(org))
      """
  }

  private static func inputs(_ analysis: Analysis) -> String {
    var lines = analysis.inputs.map { input in
      let skipped = input.recordsSkipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .map { "\($0.key) \(Readable.count($0.value))" }.joined(separator: ", ")
      return "\(input.path) (\(input.format)): \(Readable.count(input.recordsRead)) records read, "
        + "\(Readable.count(input.recordsUsed)) used, \(Readable.count(input.skippedCount)) skipped"
        + (skipped.isEmpty ? "" : " (\(skipped))") + "."
    }
    let kinds = analysis.diagnostics.kinds.map { "\($0.kind) \(Readable.count($0.count))" }
    lines.append(kinds.isEmpty ? "No diagnostics." : "Diagnostics: " + kinds.joined(separator: ", ") + ".")
    return lines.joined(separator: "\n") + "\n"
  }
}
