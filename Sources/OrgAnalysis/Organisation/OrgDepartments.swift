import ConversationModel

/// Where one entry's department came from.
public enum DepartmentSource: String, Sendable, CaseIterable {
  /// The chart's department column.
  case column
  /// The entry's branch of the manager tree.
  case tree
}

/// Each org-chart entry's department: from the department column, or else its branch of the manager tree.
///
/// Definition: an entry with a department value keeps it. An entry without one, at depth d in the manager tree,
/// belongs to the branch of its ancestor at depth `depth` (default 1: the people reporting to a root), labelled
/// by that ancestor's name, or id when it has no name; an entry at that depth is its own branch's head.
///
/// Choices: an entry *above* the chosen depth (a root, when `depth` is 1) heads a branch of its own, labelled by
/// its own name, as Krackhardt's coding gives the CEO a department of their own: their talk then stays in the
/// department figures instead of being excluded as of unknown department. An entry of unknown depth (below a
/// manager not in the chart or a cycle, or in a chart without managers) and without a department column value
/// has no department. The branch label is not checked against column values: a branch named "Sales" and a
/// column value "Sales" are one group.
///
/// - Complexity: O(entries × depth) time, O(entries) space.
public struct OrgDepartments: Sendable {
  /// The tree depth whose people head the branches.
  public let depth: Int
  /// Department per entry (same order as `chart.entries`); `nil` when unknown.
  public let departments: [String?]
  public let sources: [DepartmentSource?]

  /// - Precondition: `depth` is at least 1.
  public init(hierarchy: OrgHierarchy, depth: Int = 1) {
    precondition(depth >= 1, "the department depth must be at least 1 (the people reporting to a root)")
    self.depth = depth
    let entries = hierarchy.chart.entries
    var departments: [String?] = []
    var sources: [DepartmentSource?] = []
    for (index, entry) in entries.enumerated() {
      if let department = entry.department.nonEmpty {
        departments.append(department)
        sources.append(.column)
      } else if let head = Self.branchHead(of: index, hierarchy: hierarchy, depth: depth) {
        departments.append(entries[head].name.nonEmpty ?? entries[head].id)
        sources.append(.tree)
      } else {
        departments.append(nil)
        sources.append(nil)
      }
    }
    self.departments = departments
    self.sources = sources
  }

  /// The entry's ancestor at `depth`, the entry itself when at or above it, `nil` when its depth is unknown.
  private static func branchHead(of index: Int, hierarchy: OrgHierarchy, depth: Int) -> Int? {
    guard var level = hierarchy.treeDepths[index] else { return nil }
    var current = index
    while level > depth, let manager = hierarchy.managerIndex[current] {
      current = manager
      level -= 1
    }
    return current
  }

  /// How many entries took their department from each source.
  public var sourceCounts: [DepartmentSource: Int] {
    var counts = Dictionary(uniqueKeysWithValues: DepartmentSource.allCases.map { ($0, 0) })
    for source in sources.compactMap({ $0 }) { counts[source, default: 0] += 1 }
    return counts
  }
}
