import Foundation
import ConversationModel
import OrgAnalysis

extension ReportSection {
  /// "Summary": who and what the report covers and the main findings, in plain words.
  ///
  /// The period is the span of the monthly (or `--window`) windows: from the first day of the window holding the
  /// earliest dated interaction to the last day of the one holding the latest.
  /// - Complexity: O(W + G) for W windows and G groups.
  public static let summary: Builder = { context in
    let analysis = context.analysis
    let summary = analysis.summary
    var body = HTML.paragraph(
      "This report covers \(Readable.count(summary.people)) people and the \(Readable.count(summary.messages)) "
        + "messages they wrote\(period(analysis)). It draws who addresses whom (through "
        + kinds(summary) + "): \(Readable.count(summary.nodes)) people took part, linked by "
        + "\(Readable.count(summary.edges)) ties, a tie being one person addressing another at least once.",
      className: "lead")
    body += "<ul class=\"figures\">"
      + [
        ("people", summary.people), ("took part", summary.activePeople), ("messages", summary.messages),
        ("ties", summary.edges), ("interactions", Int(summary.totalWeight)),
      ].map { "<li><strong>" + Readable.count($0.1) + "</strong>" + $0.0 + "</li>" }.joined() + "</ul>"
    let findings = findings(analysis)
    if !findings.isEmpty { body += "<h3>In short</h3>" + HTML.list(findings) }
    body += "<h3>Inputs</h3>" + HTML.list(inputs(analysis))
    let privacy = AnalysisSummary.privacyNote(analysis)
    if !privacy.isEmpty { body += "<h3>Privacy</h3>" + HTML.paragraph(privacy.trimmingCharacters(in: .newlines)) }
    return ReportSection(id: "summary", title: "Summary", content: .body(body))
  }

  private static func period(_ analysis: Analysis) -> String {
    guard let windows = analysis.windows, let first = windows.windows.first, let last = windows.windows.last else {
      return ""
    }
    let count = windows.windows.count
    return ", from \(first.window.firstDate) to \(last.window.lastDate) (\(count) \(windows.size.rawValue)"
      + (count == 1 ? ")" : "s)")
  }

  private static func kinds(_ summary: Analysis.Summary) -> String {
    let names: [InteractionKind: String] = [
      .reply: "replies", .mention: "mentions", .reaction: "reactions", .message: "direct messages",
    ]
    return summary.kinds.map { names[$0] ?? $0.rawValue }.joined(separator: ", ")
  }

  private static func findings(_ analysis: Analysis) -> [String] {
    var lines: [String] = []
    if let levels = analysis.levels, levels.includedWeight > 0 {
      lines.append(
        "Between people whose level is known, \(Readable.percent(levels.upwardShare)) of talk goes up the "
          + "hierarchy, \(Readable.percent(levels.downwardShare)) goes down and "
          + "\(Readable.percent(levels.lateralShare)) stays within a level; "
          + "\(Readable.percent(levels.skipLevelShare)) skips at least one level.")
    }
    if let departments = analysis.departments, let ei = departments.eiIndex {
      let across = (ei + 1) / 2
      lines.append(
        "\(Readable.percent(across)) of talk between people with a known department crosses departments "
          + "(E-I index \(Readable.index(ei)), where −1 is all talk inside departments and +1 all across).")
    }
    if let participation = analysis.participation, let top = participation.topTenPercentShare {
      lines.append(
        "The most active tenth of people wrote \(Readable.percent(top)) of the messages; "
          + "\(Readable.count(participation.posters)) of \(Readable.count(participation.people)) people wrote any.")
    }
    if let windows = analysis.windows {
      lines += [TrendFigure.crossLevelShare, .crossDepartmentShare].compactMap { figure in
        windows.trend(figure).map { WindowSummary.sentence($0, per: windows.size) }
      }
    }
    return lines
  }

  private static func inputs(_ analysis: Analysis) -> [String] {
    var lines = analysis.inputs.map { input in
      "\(input.path) (\(input.format)): \(Readable.count(input.recordsRead)) records read, "
        + "\(Readable.count(input.recordsUsed)) used, \(Readable.count(input.skippedCount)) skipped."
    }
    if let org = analysis.org {
      let matched = org.matchedByID + org.matchedByEmail + org.matchedByName
      lines.append(
        "Org chart: \(Readable.count(org.entries)) entries, \(Readable.count(matched)) matched to people in the "
          + "export; people in the export not in the chart: \(Readable.count(org.unmatchedPeople.count)).")
    } else {
      lines.append("No org chart was given: levels and departments are unknown.")
    }
    return lines
  }
}
