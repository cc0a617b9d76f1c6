import OrgAnalysis

extension AnalysisJSON {
  /// `departments` (when departments are known; the same object as `groups` when grouping by department) and
  /// `hierarchy` (when the graph has nodes), in that order.
  static func hierarchyMembers(_ analysis: Analysis) -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = []
    if let departments = analysis.departments {
      let object = appendingWindows(to: groups(departments), analysis.windows) { window in
        (window.departments ?? (window.groups?.attribute == departments.attribute ? window.groups : nil))
          .map(groups)
      }
      members.append(("departments", object))
    }
    if let hierarchy = analysis.hierarchy {
      var rowOfNode: [Int: Analysis.PersonRow] = [:]
      var rowOfID: [String: Analysis.PersonRow] = [:]
      for row in analysis.people {
        if let node = row.node { rowOfNode[node] = row }
        rowOfID[row.id] = row
      }
      let object = appendingWindows(to: self.hierarchy(hierarchy) { rowOfNode[$0] }, analysis.windows) { window in
        window.hierarchy.map { self.hierarchy($0) { rowOfID[window.idOfNode[$0]] } }
      }
      members.append(("hierarchy", object))
    }
    return members
  }

  /// One object per level: `{level, highest_lift: {level, lift}, highest_share: {level, share}}`, the two
  /// `null` for a level that sends nothing.
  static func answersMost(_ levels: LevelFlow) -> JSONValue {
    .array(
      levels.answersMost.map { preference in
        .object([
          ("level", .string(preference.level)),
          ("highest_lift", .optional(preference.highestLift) { target(target: $0, key: "lift") }),
          ("highest_share", .optional(preference.highestShare) { target(target: $0, key: "share") }),
        ])
      })
  }

  private static func target(target: LevelPreference.Target, key: String) -> JSONValue {
    .object([("level", .string(target.level)), (key, .number(target.value))])
  }

  /// The `hierarchy` object; `rowOfNode` finds the people-table row of a node of the graph it was computed on.
  private static func hierarchy(
    _ hierarchy: HierarchyFlows, rowOfNode: (Int) -> Analysis.PersonRow?
  ) -> JSONValue {
    let leaders = hierarchy.informalLeaders.map { leader in
      let row = rowOfNode(leader.node)
      return JSONValue.object([
        ("id", .optional(row?.id)), ("name", .optional(row?.name)), ("level", .optional(row?.level)),
        ("level_rank", .integer(leader.rank)), ("pagerank", .number(leader.pagerank)),
      ])
    }
    return .object([
      ("flow_hierarchy", .optional(hierarchy.flowHierarchy)),
      (
        "rank_correlation",
        .object([
          ("method", .string("spearman")), ("people", .integer(hierarchy.rankedNodes)),
          ("pagerank", .optional(hierarchy.pagerankCorrelation)),
          ("authority", .optional(hierarchy.authorityCorrelation)),
        ])
      ),
      ("informal_leaders", .array(leaders)),
      ("tree_distance", .optional(hierarchy.treeDistance, treeDistance)),
    ])
  }

  private static func treeDistance(_ distance: TreeDistance) -> JSONValue {
    .object(
      TreeRelation.allCases.map { ($0.rawValue, .number(distance.share($0))) } + [
        ("weights", .object(TreeRelation.allCases.map { ($0.rawValue, .number(distance.weights[$0] ?? 0)) })),
        ("included_weight", .number(distance.includedWeight)), ("excluded_weight", .number(distance.excludedWeight)),
      ])
  }
}
