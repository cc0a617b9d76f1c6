import Foundation
import ConversationModel

/// Where level ranks may come from (`--levels`).
public enum LevelMode: String, Sendable, CaseIterable {
  /// DESIGN.md's order, per entry: the level column, else depth in the manager tree, else title rules.
  case auto
  /// Only the level column.
  case column
  /// Only depth in the manager tree.
  case tree
  /// Only the title rules.
  case titles
}

/// Where one entry's level rank came from.
public enum LevelSource: String, Sendable, CaseIterable {
  case column, tree, titles
}

/// Each org-chart entry's level rank under a `LevelMode`, with its source.
///
/// Definitions: `column` is the hierarchy's level-column rank (value − the chart's smallest value), `tree` its
/// depth in the manager tree, `titles` the rank the first matching title rule gives. `auto` takes the first of
/// these an entry has, so one chart can mix sources (a rank-3 title next to a depth-5 subtree): choose a single
/// mode when that matters. With `column`, `tree` or `titles`, an entry without that source has no level, and a
/// chart in which no entry has one gets an `org_levels_unavailable` warning naming the mode.
///
/// Level names: when any entry's level came from the title rules, `titleBands` holds the rules' names (one band
/// per rank) for the analysis to use unless `--level-bands` is given; otherwise it is `nil`.
///
/// - Complexity: O(entries) plus one rules match per distinct title, O(rules × title length) each.
public struct OrgLevels: Sendable {
  public let mode: LevelMode
  /// Rank per entry (same order as `chart.entries`); `nil` when unknown.
  public let ranks: [Int?]
  public let sources: [LevelSource?]
  /// The title rules' names as bands, when at least one rank came from them.
  public let titleBands: LevelBands?

  public init(hierarchy: OrgHierarchy, mode: LevelMode, rules: TitleRules, diagnostics: inout DiagnosticLog) {
    self.mode = mode
    let entries = hierarchy.chart.entries
    let matcher = rules.matcher()
    var titleRanks: [String: Int?] = [:]
    let rankOfTitle = { (title: String?) -> Int? in
      guard let title = title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return nil }
      if let known = titleRanks[title] { return known }
      let rank = matcher.rank(of: title)
      titleRanks[title] = rank
      return rank
    }
    var ranks: [Int?] = []
    var sources: [LevelSource?] = []
    for index in entries.indices {
      let allowed: [LevelSource] =
        switch mode {
        case .auto: [.column, .tree, .titles]
        case .column: [.column]
        case .tree: [.tree]
        case .titles: [.titles]
        }
      let found = allowed.lazy.compactMap { source -> (Int, LevelSource)? in
        let rank: Int? =
          switch source {
          case .column: hierarchy.levelColumnRanks[index]
          case .tree: hierarchy.treeDepths[index]
          case .titles: rankOfTitle(entries[index].title)
          }
        return rank.map { ($0, source) }
      }.first
      ranks.append(found?.0)
      sources.append(found?.1)
    }
    self.ranks = ranks
    self.sources = sources
    titleBands = sources.contains(.titles) ? rules.bands : nil
    if mode != .auto, !entries.isEmpty, ranks.allSatisfy({ $0 == nil }) {
      diagnostics.emit(
        Diagnostic(
          .warning, kind: "org_levels_unavailable",
          message: "--levels \(mode.rawValue) gives no org-chart entry a level", location: SourceLocation(
            path: hierarchy.chart.path), value: mode.rawValue))
    }
  }

  /// How many entries took their rank from each source.
  public var sourceCounts: [LevelSource: Int] {
    var counts = Dictionary(uniqueKeysWithValues: LevelSource.allCases.map { ($0, 0) })
    for source in sources.compactMap({ $0 }) { counts[source, default: 0] += 1 }
    return counts
  }
}
