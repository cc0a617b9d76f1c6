import InteractionGraph

extension Analyzer {
  /// Department mixing and the hierarchy figures of one analysed graph, added to `analysis`.
  ///
  /// Department mixing reuses `analysis.groups` when the analysis groups by department, else is computed with
  /// the same permutations and seed, so department E-I is always there when departments are known.
  ///
  /// - Complexity: O(|E| · permutations) for department mixing (none when reused), plus `HierarchyFlows`.
  static func addHierarchy(
    to analysis: inout Analysis, attributes: PersonAttributes, metrics: NodeMetrics, options: AnalysisOptions
  ) {
    let selection = analysis.selection
    let persons = selection.personOfNode.map { Int($0) }
    if options.groupBy == .department {
      analysis.departments = analysis.groups
    } else {
      let departmentOfNode = persons.map { attributes.department[$0] }
      if departmentOfNode.contains(where: { $0 != nil }) {
        analysis.departments = GroupMixing(
          graph: selection.graph, attribute: GroupAttribute.department.rawValue, groupOfNode: departmentOfNode,
          permutations: options.permutations, seed: options.seed)
      }
    }
    guard selection.graph.nodeCount > 0 else { return }
    analysis.hierarchy = HierarchyFlows(
      graph: selection.graph, rankOfNode: persons.map { attributes.rank[$0] },
      pagerank: metrics.rows.map(\.pagerank), authority: metrics.rows.map(\.authority),
      tree: attributes.reportingTree, memberOfNode: persons.map { attributes.entry[$0] })
  }
}
