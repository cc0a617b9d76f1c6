import ConversationModel
import GraphMetrics
import InteractionGraph

/// What the per-window figures need to know about people, indexed by corpus person (`PersonIndex`).
public struct WindowContext: Sendable {
  public var personCount: Int
  /// Level rank per person, `nil` where unknown.
  public var rankOfPerson: [Int?]
  /// Department per person, `nil` where unknown: the cross-department share always uses departments.
  public var departmentOfPerson: [String?]
  /// The `--group-by` group per person, `nil` where unknown: the group mixing and E-I figures use it.
  public var groupOfPerson: [String?]
  public var groupAttribute: String
  public var bands: LevelBands?
  /// Label permutations and seed of each window's E-I test, the same as the whole period's.
  public var permutations: Int
  public var seed: UInt64
  /// The platform id of each person, so per-window figures can name people.
  public var personIDs: [String]
  /// Org-chart entry of each person and the chart's reporting tree, for the tree-distance figures.
  public var entryOfPerson: [Int?]
  public var reportingTree: ReportingTree?

  public init(
    personCount: Int, rankOfPerson: [Int?], departmentOfPerson: [String?], groupOfPerson: [String?],
    groupAttribute: String, bands: LevelBands?, permutations: Int, seed: UInt64, personIDs: [String]? = nil,
    entryOfPerson: [Int?]? = nil, reportingTree: ReportingTree? = nil
  ) {
    self.personIDs = personIDs ?? (0 ..< personCount).map(String.init)
    self.entryOfPerson = entryOfPerson ?? Array(repeating: nil, count: personCount)
    self.reportingTree = reportingTree
    self.personCount = personCount
    self.rankOfPerson = rankOfPerson
    self.departmentOfPerson = departmentOfPerson
    self.groupOfPerson = groupOfPerson
    self.groupAttribute = groupAttribute
    self.bands = bands
    self.permutations = permutations
    self.seed = seed
  }
}

/// The figures of one time window, computed on the graph of that window's interactions alone.
///
/// Definition: the window's selected, dated interactions form their own `SelectedGraph` (nodes are the people
/// active in the window, numbered in corpus order); on it: counts, NetworkX `density` and
/// `overall_reciprocity`, the `LevelFlow` and the `GroupMixing` (with the whole period's permutations and
/// seed), the department `GroupMixing` when the groups are not departments, the `HierarchyFlows` (flow
/// hierarchy, rank correlations with the window's own PageRank and authority, informal leaders, tree distance),
/// and the cross-department share: weight between two different departments / weight whose two ends both have
/// a department (`nil` when there is none).
/// Choices: each window's level and group `order` lists only the labels of its own active people; `levels`
/// and `groups` are `nil` when no active person of the window has a level or a group. New per-window figures
/// belong in `init(window:interactions:context:)`, the one place they are computed.
/// - Complexity: O(P + N + |E| · permutations) for P people, N interactions and |E| edges of the window, plus
///   PageRank and HITS on the window's graph.
public struct WindowFigures: Sendable, Equatable {
  public var window: TimeWindow
  /// Selected interactions in the window.
  public var interactions: Int
  /// People with at least one interaction in the window (the graph's nodes).
  public var activePeople: Int
  public var edges: Int
  public var totalWeight: Double
  public var density: Double
  public var reciprocity: Double?
  public var levels: LevelFlow?
  public var groups: GroupMixing?
  /// Department mixing when `groups` is by another attribute; `nil` when `groups` already is by department.
  public var departments: GroupMixing?
  /// `nil` for a window without interactions.
  public var hierarchy: HierarchyFlows?
  /// The platform id of each node of the window's graph (informal leaders are nodes).
  public var idOfNode: [String]
  public var crossDepartmentShare: Double?

  public init(window: TimeWindow, interactions: [Interaction], context: WindowContext) {
    let selection = SelectedGraph(personCount: context.personCount, selected: interactions)
    let graph = selection.graph
    self.window = window
    self.interactions = interactions.count
    activePeople = graph.nodeCount
    edges = graph.edgeCount
    totalWeight = graph.totalWeight
    density = graph.density()
    reciprocity = graph.overallReciprocity()
    let rankOfNode = selection.personOfNode.map { context.rankOfPerson[Int($0)] }
    levels =
      rankOfNode.contains { $0 != nil }
      ? LevelFlow(graph: graph, rankOfNode: rankOfNode, bands: context.bands) : nil
    let groupOfNode = selection.personOfNode.map { context.groupOfPerson[Int($0)] }
    groups =
      groupOfNode.contains { $0 != nil }
      ? GroupMixing(
        graph: graph, attribute: context.groupAttribute, groupOfNode: groupOfNode,
        permutations: context.permutations, seed: context.seed) : nil
    let departmentOfNode = selection.personOfNode.map { context.departmentOfPerson[Int($0)] }
    departments =
      context.groupAttribute != GroupAttribute.department.rawValue && departmentOfNode.contains { $0 != nil }
      ? GroupMixing(
        graph: graph, attribute: GroupAttribute.department.rawValue, groupOfNode: departmentOfNode,
        permutations: context.permutations, seed: context.seed) : nil
    hierarchy =
      graph.nodeCount > 0
      ? HierarchyFlows(
        graph: graph, rankOfNode: rankOfNode, tree: context.reportingTree,
        memberOfNode: selection.personOfNode.map { context.entryOfPerson[Int($0)] }) : nil
    idOfNode = selection.personOfNode.map { context.personIDs[Int($0)] }
    crossDepartmentShare = Self.crossShare(graph: graph, groupOfNode: departmentOfNode)
  }

  /// The headline value of `figure` in this window, `nil` where it is undefined (no weight it applies to).
  public func value(of figure: TrendFigure) -> Double? {
    switch figure {
    case .crossLevelShare: levels.flatMap { $0.includedWeight > 0 ? $0.crossLevelShare : nil }
    case .crossDepartmentShare: crossDepartmentShare
    case .upwardShare: levels.flatMap { $0.includedWeight > 0 ? $0.upwardShare : nil }
    case .eiIndex: groups?.eiIndex
    }
  }

  /// Weight between different groups / weight with both groups known; `nil` when the latter is 0.
  private static func crossShare(graph: InteractionGraph, groupOfNode: [String?]) -> Double? {
    var known = 0.0
    var across = 0.0
    for source in graph.nodes {
      guard let sourceGroup = groupOfNode[source] else { continue }
      for edge in graph.outEdges(of: source) {
        guard let targetGroup = groupOfNode[Int(graph.outTargets[edge])] else { continue }
        known += graph.outWeights[edge]
        if targetGroup != sourceGroup { across += graph.outWeights[edge] }
      }
    }
    return known > 0 ? across / known : nil
  }
}
