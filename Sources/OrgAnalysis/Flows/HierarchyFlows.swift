import GraphMetrics
import InteractionGraph

/// Formal against informal hierarchy: how closely the org chart's ranks match who is central in the talk, and
/// how interaction weight sits in the reporting tree.
///
/// - `flowHierarchy`: NetworkX `flow_hierarchy(G)`, unweighted (see `InteractionGraph.flowHierarchy()`).
/// - `pagerankCorrelation`, `authorityCorrelation`: Spearman's rank correlation (`spearmanCorrelation`, average
///   ranks for ties) between level rank and PageRank / HITS authority, over the nodes with a known level rank.
///   Rank 0 is the top, so a *negative* value means the formally senior are the central ones.
/// - `informalLeaders`: nodes at the two largest ranks present among nodes with a known rank (the two lowest
///   levels; one when only one rank is present) whose PageRank is in the top decile of all nodes: at least the
///   ⌈n/10⌉-th largest PageRank, ties at the cut included. Ordered by PageRank, highest first, then node.
/// - `treeDistance`: see `TreeDistance`; `nil` without a reporting tree.
///
/// Everything is computed from the graph and per-node figures, without the corpus, so a time window can be
/// measured the same way.
///
/// - Complexity: O(|V| log |V| + |E| · h) for tree height h, after PageRank and HITS.
public struct HierarchyFlows: Sendable, Equatable {
  /// A person low in the chart whose PageRank is in the top decile.
  public struct InformalLeader: Sendable, Equatable {
    public var node: Int
    public var rank: Int
    public var pagerank: Double
  }

  /// `nil` for a graph without edges.
  public var flowHierarchy: Double?
  /// `nil` with fewer than two ranked nodes or when ranks or scores are all equal.
  public var pagerankCorrelation: Double?
  public var authorityCorrelation: Double?
  /// How many nodes with a known level rank the correlations use.
  public var rankedNodes: Int
  public var informalLeaders: [InformalLeader]
  public var treeDistance: TreeDistance?

  /// - Parameters:
  ///   - rankOfNode: level rank per node (0 = top), `nil` where unknown.
  ///   - pagerank: PageRank per node (`InteractionGraph.pageRank()`); `authority`: HITS authority per node.
  ///   - tree: the reporting tree, with `memberOfNode` the tree entry of each node; `nil` when there is none.
  public init(
    graph: InteractionGraph, rankOfNode: [Int?], pagerank: [Double], authority: [Double], tree: ReportingTree?,
    memberOfNode: [Int?]
  ) {
    flowHierarchy = graph.flowHierarchy()
    let ranked = graph.nodes.filter { rankOfNode[$0] != nil }
    let ranks = ranked.map { Double(rankOfNode[$0] ?? 0) }
    pagerankCorrelation = spearmanCorrelation(ranks, ranked.map { pagerank[$0] })
    authorityCorrelation = spearmanCorrelation(ranks, ranked.map { authority[$0] })
    rankedNodes = ranked.count
    informalLeaders = Self.leaders(ranked: ranked, rankOfNode: rankOfNode, pagerank: pagerank)
    treeDistance = tree.map { TreeDistance(graph: graph, tree: $0, memberOfNode: memberOfNode) }
  }

  /// Computes PageRank (NetworkX defaults) and HITS on the graph first.
  public init(graph: InteractionGraph, rankOfNode: [Int?], tree: ReportingTree?, memberOfNode: [Int?]) {
    self.init(
      graph: graph, rankOfNode: rankOfNode, pagerank: graph.pageRank().scores.values,
      authority: graph.hubsAndAuthorities().authorities.values, tree: tree, memberOfNode: memberOfNode)
  }

  private static func leaders(ranked: [Int], rankOfNode: [Int?], pagerank: [Double]) -> [InformalLeader] {
    guard !pagerank.isEmpty else { return [] }
    let lowest = Set(Set(ranked.compactMap { rankOfNode[$0] }).sorted().suffix(2))
    let decile = (pagerank.count + 9) / 10
    let cut = pagerank.sorted(by: >)[decile - 1]
    return ranked.compactMap { node -> InformalLeader? in
      guard let rank = rankOfNode[node], lowest.contains(rank), pagerank[node] >= cut else { return nil }
      return InformalLeader(node: node, rank: rank, pagerank: pagerank[node])
    }.sorted { ($0.pagerank, -$0.node) > ($1.pagerank, -$1.node) }
  }
}
