import Foundation
import OrgAnalysis

extension AnalysisSummary {
  /// The sections after the group mixing: departments (when the groups are not departments) and the formal
  /// against informal hierarchy.
  static func hierarchySections(_ analysis: Analysis, style: Style, table: TextTable.Style) -> [String] {
    var sections: [String] = []
    if let departments = analysis.departments, analysis.groups?.attribute != departments.attribute {
      sections.append(heading("Talk across departments", style) + groups(departments, table))
    }
    if let hierarchy = analysis.hierarchy {
      sections.append(heading("Formal and informal hierarchy", style) + self.hierarchy(hierarchy, analysis, style))
    }
    return sections
  }

  /// One sentence per level that sends weight: whom it answers most relative to chance, and where most of its
  /// talk goes; then the level assortativity. A highest lift below 1.05 is said to be about chance, with two
  /// decimals. Empty when no level sends anything. In Markdown each sentence is a list item.
  static func answersMost(_ levels: LevelFlow, _ style: Style) -> String {
    var lines = levels.answersMost.compactMap { preference -> String? in
      guard let lift = preference.highestLift, let share = preference.highestShare else { return nil }
      let source = phrase(preference.level, from: nil)
      let mostTalk = share.level == lift.level
        ? "that is also where the largest part of its talk goes (\(Readable.percent(share.value)))"
        : "the largest part of its talk (\(Readable.percent(share.value))) goes to "
          + phrase(share.level, from: preference.level)
      let howOften = lift.value < 1.05
        ? "but only about as often as random mixing would give (" + String(format: "%.2f×", lift.value) + ")"
        : String(format: "%.1f×", lift.value) + " as often as random mixing would give"
      return source.prefix(1).uppercased() + source.dropFirst() + " answers "
        + phrase(lift.level, from: preference.level) + " most relative to chance, " + howOften + "; " + mostTalk + "."
    }
    guard !lines.isEmpty else { return "" }
    if let assortativity = levels.assortativity {
      lines.append("Level assortativity \(Readable.index(assortativity)) (0 is random mixing, +1 all talk within "
        + "a level).")
    }
    return "\n" + lines.map { bullet(style) + $0 }.joined(separator: "\n") + "\n"
  }

  private static func bullet(_ style: Style) -> String { style == .markdown ? "- " : "" }

  /// "level 2" for rank numbers, "the staff level" for band names, "its own level" for the source itself.
  private static func phrase(_ level: String, from source: String?) -> String {
    if level == source { return "its own level" }
    return Int(level) != nil ? "level \(level)" : "the \(level) level"
  }

  private static func hierarchy(_ hierarchy: HierarchyFlows, _ analysis: Analysis, _ style: Style) -> String {
    var lines: [String] = []
    if let distance = hierarchy.treeDistance, distance.includedWeight > 0 {
      lines.append(
        "Along reporting lines: \(Readable.percent(distance.share(.manager))) of talk goes to one's own manager, "
          + "\(Readable.percent(distance.share(.directReport))) to one's own direct reports, "
          + "\(Readable.percent(distance.share(.peer))) to peers under the same manager, "
          + "\(Readable.percent(distance.share(.skipLevel))) skips a level up or down the same chain, and "
          + "\(Readable.percent(distance.share(.acrossBranches))) crosses branches. Weight with someone outside "
          + "the reporting tree, left out: \(Readable.weight(distance.excludedWeight)).")
    }
    if hierarchy.rankedNodes > 0 { lines.append(agreement(hierarchy)) }
    if let flow = hierarchy.flowHierarchy {
      lines.append(
        "Flow hierarchy \(String(format: "%.2f", flow)): the share of ties on no cycle of talk (1 is a pure "
          + "chain of command, 0 means every tie is answered back along some path).")
    }
    if hierarchy.rankedNodes > 0 { lines.append(leaders(hierarchy, analysis)) }
    return lines.map { bullet(style) + $0 }.joined(separator: "\n") + "\n"
  }

  /// "Formal rank and influence agree strongly (Spearman −0.69 …)."
  private static func agreement(_ hierarchy: HierarchyFlows) -> String {
    guard let pagerank = hierarchy.pagerankCorrelation else {
      return "Formal rank and influence cannot be compared: the \(hierarchy.rankedNodes) people with a known "
        + "level do not differ in level or in PageRank."
    }
    let strength =
      switch abs(pagerank) {
      case 0.6...: "strongly"
      case 0.3..<0.6: "moderately"
      case 0.1..<0.3: "weakly"
      default: "hardly at all"
      }
    let verb = pagerank <= 0 || abs(pagerank) < 0.1 ? "agree" : "run against each other"
    let authority = hierarchy.authorityCorrelation.map { ", \(signed($0)) with authority" } ?? ""
    return "Formal rank and influence \(verb) \(strength) (Spearman \(signed(pagerank)) between level rank and "
      + "PageRank\(authority), over \(hierarchy.rankedNodes) people; negative means the formally senior are "
      + "the more central)."
  }

  private static func signed(_ value: Double) -> String {
    (value < 0 ? "−" : "+") + String(format: "%.2f", abs(value))
  }

  private static func leaders(_ hierarchy: HierarchyFlows, _ analysis: Analysis) -> String {
    guard !hierarchy.informalLeaders.isEmpty else {
      return "No informal leaders: nobody at the two lowest levels is in the top tenth by PageRank."
    }
    var rowOfNode: [Int: Analysis.PersonRow] = [:]
    for row in analysis.people { if let node = row.node { rowOfNode[node] = row } }
    let names = hierarchy.informalLeaders.map { leader in
      let row = rowOfNode[leader.node]
      let level = row?.level.flatMap { Int($0) == nil ? $0 : nil } ?? "level \(leader.rank)"
      return "\(row?.name ?? row?.id ?? "node \(leader.node)") (\(level), PageRank \(Readable.score(leader.pagerank)))"
    }
    return "Informal leaders, at the two lowest levels but in the top tenth by PageRank: "
      + names.joined(separator: ", ") + "."
  }
}
