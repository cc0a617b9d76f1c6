import Foundation
import OrgAnalysis

/// The tables of ranked people (ambassadors, influencers, bridge-builders) in the report.
///
/// Choices: a person is shown by name, else by id (pseudonyms when `--pseudonymize` removed the names); the
/// department and level columns are left out when nobody in the table has one (no org chart); the reasons are
/// the entry's own, in words, joined by semicolons; only the reasons wrap (`.ranking` in the style sheet).
enum RoleTables {
  /// A table of `entries` in rank order: position, person, department, level, score and reasons.
  /// - Complexity: O(n · r) for n entries of r reasons.
  static func ranking(_ entries: [RoleEntry], caption: String) -> String {
    let columns = Columns(entries)
    return "<div class=\"ranking\">" + HTML.table(
      caption: caption, header: ["#"] + columns.header + ["score", "why"],
      rows: entries.enumerated().map { ["\($0.offset + 1)"] + columns.cells($0.element) + facts($0.element) },
      numeric: [0, columns.header.count + 1]) + "</div>"
  }

  /// One table of several short rankings, each under its group's name.
  /// - Complexity: O(n · r) for n entries of r reasons.
  static func groupedRanking(_ groups: [(String, [RoleEntry])], caption: String, groupHeader: String) -> String {
    let columns = Columns(groups.flatMap(\.1), without: groupHeader)
    return "<div class=\"ranking\">" + HTML.groupedTable(
      caption: caption, header: [groupHeader, "#"] + columns.header + ["score", "why"],
      groups: groups.map { group in
        (group.0, group.1.enumerated().map { ["\($0.offset + 1)"] + columns.cells($0.element) + facts($0.element) })
      },
      numeric: [1, columns.header.count + 2]) + "</div>"
  }

  private static func facts(_ entry: RoleEntry) -> [String] {
    [String(format: "%.2f", entry.score), entry.reasons.joined(separator: "; ")]
  }

  /// The person, department and level columns that have something to show.
  private struct Columns {
    var department: Bool
    var level: Bool

    init(_ entries: [RoleEntry], without grouped: String? = nil) {
      department = grouped != "department" && entries.contains { $0.department != nil }
      level = grouped != "level" && entries.contains { $0.level != nil }
    }

    var header: [String] { ["person"] + (department ? ["department"] : []) + (level ? ["level"] : []) }

    func cells(_ entry: RoleEntry) -> [String] {
      [entry.name ?? entry.id] + (department ? [entry.department ?? "–"] : []) + (level ? [entry.level ?? "–"] : [])
    }
  }

  /// Why a ranking is empty, in one sentence.
  static func noRanking(_ analysis: Analysis, what: String) -> String {
    analysis.summary.activePeople == 0
      ? "Nobody addressed anyone, so there are no \(what) to name."
      : "The analysis ranked no \(what)."
  }

  /// A weight as typed: `0.3`, `1`, `0.125`.
  static func weight(_ value: Double) -> String {
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// The rank of each level name in the people table (0 for the top).
  /// - Complexity: O(n).
  static func levelRanks(_ analysis: Analysis) -> [String: Int] {
    var ranks: [String: Int] = [:]
    for row in analysis.people {
      guard let level = row.level, let rank = row.levelRank else { continue }
      ranks[level] = min(ranks[level] ?? rank, rank)
    }
    return ranks
  }
}
