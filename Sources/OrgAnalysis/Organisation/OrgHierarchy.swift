import ConversationModel

/// Each org-chart entry's level rank (0 = top) and how it was found, derived as DESIGN.md defines.
///
/// A rank comes from the explicit level column when the entry has a numeric one (rank = value − the smallest
/// value in the chart, so Krackhardt's 1 = CEO becomes rank 0); otherwise from depth in the manager tree, where
/// an entry whose manager is empty or itself is a root at depth 0. A manager value that names nobody in the
/// chart leaves the rank unknown (never a root) and is reported with the row; so does a reporting cycle, for
/// every entry on or below it. A chart in which nobody has a manager (no manager column, as in a vertex list)
/// has no tree: its entries are not all roots at depth 0 but of unknown level, unless the level column says,
/// and one `org_no_reporting_lines` note says so. Tree depths are found (and their problems reported) for every
/// entry, with a level column or not, since departments and `OrgLevels` use them on their own.
///
/// - Complexity: O(entries) time and space (each chain is walked once, with memoisation).
public struct OrgHierarchy: Sendable {
  public enum RankSource: String, Sendable { case levelColumn = "level_column", managerTree = "manager_tree" }

  public let chart: OrgChart
  /// Rank per entry (same order as `chart.entries`); `nil` when unknown.
  public let ranks: [Int?]
  public let rankSources: [RankSource?]
  /// Rank from the level column alone, per entry; `nil` where the column is empty or not a whole number.
  public let levelColumnRanks: [Int?]
  /// Depth in the manager tree alone, per entry (0 for a root); `nil` below an unknown manager or a cycle, and
  /// for every entry of a chart that names no managers.
  public let treeDepths: [Int?]
  /// Entry index of each entry's manager, when the manager is in the chart.
  public let managerIndex: [Int?]
  public let indexByID: [String: Int]

  public init(chart: OrgChart, diagnostics: inout DiagnosticLog) {
    self.chart = chart
    var indexByID: [String: Int] = [:]
    for (index, entry) in chart.entries.enumerated() {
      if indexByID[entry.id] != nil {
        diagnostics.emit(
          Diagnostic(
            .warning, kind: "org_duplicate_id",
            message: "person appears twice in the org chart; the first row is used",
            location: entry.location, value: entry.id))
      } else {
        indexByID[entry.id] = index
      }
    }
    self.indexByID = indexByID
    managerIndex = chart.entries.map { entry in entry.isRoot ? nil : entry.manager.nonEmpty.flatMap { indexByID[$0] } }
    var depths = TreeDepths(chart: chart, managerIndex: managerIndex)
    let hasReportingLines = chart.entries.contains { !$0.isRoot }
    if !hasReportingLines && !chart.entries.isEmpty {
      diagnostics.emit(Diagnostic(.note, kind: "org_no_reporting_lines",
                                  message: "the org chart names no managers: levels only from a column or titles",
                                  location: SourceLocation(path: chart.path)))
    }
    let explicit = Self.explicitRanks(chart, diagnostics: &diagnostics)
    let treeDepths = chart.entries.indices.map { hasReportingLines ? depths.depth(of: $0) : nil }
    depths.report(into: &diagnostics)
    levelColumnRanks = explicit
    self.treeDepths = treeDepths
    ranks = zip(explicit, treeDepths).map { $0 ?? $1 }
    rankSources = zip(explicit, treeDepths).map { column, depth in
      column != nil ? .levelColumn : depth != nil ? .managerTree : nil
    }
  }

  /// Ranks from the level column: numeric values shifted so the smallest is 0; other text is reported.
  private static func explicitRanks(_ chart: OrgChart, diagnostics: inout DiagnosticLog) -> [Int?] {
    let values: [Double?] = chart.entries.map { entry in
      guard let text = entry.level.nonEmpty else { return nil }
      guard let value = Double(text), value.isFinite, value == value.rounded() else {
        diagnostics.emit(
          Diagnostic(
            .warning, kind: "org_invalid_level",
            message: "level is not a whole number; depth in the manager tree is used",
            location: entry.location, value: text))
        return nil
      }
      return value
    }
    guard let smallest = values.compactMap({ $0 }).min() else { return values.map { _ in nil } }
    return values.map { $0.map { Int($0 - smallest) } }
  }

  /// The entry of a person id, if in the chart.
  public func entry(id: String) -> OrgEntry? { indexByID[id].map { chart.entries[$0] } }

  /// Whether each entry has at least one direct report.
  public var hasDirectReports: [Bool] {
    var result = Array(repeating: false, count: chart.entries.count)
    for manager in managerIndex.compactMap({ $0 }) { result[manager] = true }
    return result
  }
}

/// Depth in the manager tree with cycle and dangling-manager detection, memoised.
private struct TreeDepths {
  let chart: OrgChart
  let managerIndex: [Int?]
  private var memo: [Int?]
  private var done: [Bool]
  private var danglingRows: [Int] = []
  private var cycleRows: [Int] = []

  init(chart: OrgChart, managerIndex: [Int?]) {
    self.chart = chart
    self.managerIndex = managerIndex
    memo = Array(repeating: nil, count: chart.entries.count)
    done = Array(repeating: false, count: chart.entries.count)
  }

  /// Walks up from `start` until a known depth, a root, a manager outside the chart or a node seen on this walk
  /// (a cycle), then assigns depths back down the walked chain; `nil` propagates below a dangling manager or a
  /// cycle.
  mutating func depth(of start: Int) -> Int? {
    var chain: [Int] = []
    var onChain = Set<Int>()
    var current = start
    var above: Int?  // depth of the node above the chain's last element; -1 above a root
    while true {
      if done[current] {
        above = memo[current]
        break
      }
      if onChain.contains(current) {
        cycleRows.append(current)
        above = nil
        break
      }
      chain.append(current)
      onChain.insert(current)
      if chart.entries[current].isRoot {
        above = -1
        break
      }
      guard let manager = managerIndex[current] else {
        danglingRows.append(current)
        above = nil
        break
      }
      current = manager
    }
    for node in chain.reversed() {
      memo[node] = above.map { $0 + 1 }
      done[node] = true
      above = memo[node]
    }
    return memo[start]
  }

  func report(into diagnostics: inout DiagnosticLog) {
    for row in danglingRows {
      let entry = chart.entries[row]
      diagnostics.emit(
        Diagnostic(
          .warning, kind: "org_unknown_manager",
          message: "manager '\(entry.manager ?? "")' of '\(entry.id)' is not in the org chart; level unknown",
          location: entry.location, value: entry.manager))
    }
    for row in cycleRows {
      let entry = chart.entries[row]
      diagnostics.emit(
        Diagnostic(
          .warning, kind: "org_cycle",
          message: "reporting cycle through '\(entry.id)'; levels on and below it unknown",
          location: entry.location, value: entry.id))
    }
  }
}
