/// The reporting lines of an org chart as a forest: each member's manager and depth below a root.
///
/// Built from each chart entry's manager entry and root flag (`OrgHierarchy.managerIndex`, `OrgEntry.isRoot`).
/// A member of the tree is an entry whose chain of managers reaches a root; an entry below a manager outside
/// the chart, or on or below a reporting cycle, is not a member (its relations are unknown). A chart in which no
/// entry has a manager has no reporting lines: nobody is a member (as in `OrgHierarchy`, it is not a forest of
/// single roots).
///
/// - Complexity: O(entries) time and space to build (each chain walked once, memoised).
public struct ReportingTree: Sendable, Equatable {
  /// The manager of each entry (an entry index), `nil` for roots and non-members.
  public let manager: [Int?]
  /// Depth below the root (0 for a root) of each member; `nil` for non-members.
  public let depth: [Int?]

  /// - Parameters:
  ///   - managerOfEntry: the manager's entry index of each entry, `nil` when it has none or it is not in the chart.
  ///   - isRoot: whether each entry is a root (its manager empty or itself).
  public init(managerOfEntry: [Int?], isRoot: [Bool]) {
    let count = min(managerOfEntry.count, isRoot.count)
    var depth: [Int?] = Array(repeating: nil, count: count)
    if isRoot.prefix(count).contains(false) {
      var done = Array(repeating: false, count: count)
      for start in 0 ..< count where !done[start] {
        var chain: [Int] = []
        var onChain = Set<Int>()
        var current = start
        var above: Int?  // depth of the entry above the chain's last one; -1 above a root
        while true {
          if done[current] { above = depth[current]; break }
          if onChain.contains(current) { above = nil; break }
          chain.append(current)
          onChain.insert(current)
          if isRoot[current] { above = -1; break }
          guard let next = managerOfEntry[current], next >= 0, next < count else { above = nil; break }
          current = next
        }
        for entry in chain.reversed() {
          depth[entry] = above.map { $0 + 1 }
          done[entry] = true
          above = depth[entry]
        }
      }
    }
    self.depth = depth
    manager = (0 ..< count).map { entry in depth[entry] != nil && !isRoot[entry] ? managerOfEntry[entry] : nil }
  }

  /// Whether the entry's chain of managers reaches a root.
  public func isMember(_ entry: Int) -> Bool { depth.indices.contains(entry) && depth[entry] != nil }

  /// How `target` stands to `source` in the tree; `nil` unless both are members.
  ///
  /// - Complexity: O(difference in depth).
  public func relation(from source: Int, to target: Int) -> TreeRelation? {
    guard isMember(source), isMember(target), let sourceDepth = depth[source], let targetDepth = depth[target] else {
      return nil
    }
    if manager[source] == target { return .manager }
    if manager[target] == source { return .directReport }
    if let boss = manager[source], boss == manager[target] { return .peer }
    let (lower, upper) = sourceDepth > targetDepth ? (source, target) : (target, source)
    var ancestor = lower
    for _ in 0 ..< abs(sourceDepth - targetDepth) { ancestor = manager[ancestor] ?? ancestor }
    return ancestor == upper && lower != upper ? .skipLevel : .acrossBranches
  }
}

/// Where the addressed person sits relative to the person who addresses them in the reporting tree.
public enum TreeRelation: String, Sendable, CaseIterable {
  /// The target is the source's own manager.
  case manager
  /// The target is one of the source's own direct reports.
  case directReport = "direct_report"
  /// Both have the same manager.
  case peer
  /// The target is two or more steps above or below the source on the same chain of managers.
  case skipLevel = "skip_level"
  /// Anything else between two members: different branches (or different roots).
  case acrossBranches = "across_branches"
}
