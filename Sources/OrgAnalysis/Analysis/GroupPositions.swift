import GraphMetrics
import InteractionGraph

/// Where each person sits relative to groups: their community (Louvain or Leiden on the undirected weighted
/// projection),
/// their Gould–Fernandez brokerage roles between the analysis groups (departments by default), and how evenly
/// their ties spread over communities and over groups (participation coefficients).
///
/// The definitions, choices and references are on the GraphMetrics functions: `louvainCommunities(seed:)`,
/// `brokerageRoles(groups:)` (sna::brokerage's counts and null model) and `participationCoefficients(modules:)`
/// (Guimerà & Amaral 2005, by strength). People of unknown group take part in no counted two-path; for the
/// participation over groups they form one group of their own.
public struct GroupPositions: Sendable {
  public struct Row: Sendable, Equatable {
    public var community: Int?
    public var communityParticipation = 0.0
    public var groupParticipation: Double?
    /// Counts per role; `nil` when no person has a known group.
    public var brokerage: BrokerageRoleCounts?
    /// z-scores per role (in `BrokerageRole.allCases` order) and for the total, under sna's null model.
    public var brokerageZScores: [Double?]?
    public var brokerageTotalZScore: Double?

    public static let absent = Row()
  }

  public let rows: [Row]
  public let communities: CommunityPartition

  /// - Parameter groupOfNode: the group index of each node (`nil` where unknown).
  public init(graph: InteractionGraph, groupOfNode: [Int?], method: CommunityMethod, seed: UInt64) {
    let communities =
      switch method {
      case .louvain: graph.louvainCommunities(seed: seed)
      case .leiden: graph.leidenCommunities(seed: seed)
      }
    self.communities = communities
    let hasGroups = groupOfNode.contains { $0 != nil }
    let unknownGroup = (groupOfNode.compactMap { $0 }.max() ?? -1) + 1
    let brokerage = hasGroups ? try? graph.brokerageRoles(groups: groupOfNode) : nil
    let communityParticipation = (try? graph.participationCoefficients(modules: communities.communityOfNode))?.values
    let groupParticipation =
      hasGroups ? (try? graph.participationCoefficients(modules: groupOfNode.map { $0 ?? unknownGroup }))?.values : nil
    rows = graph.nodes.map { node in
      Row(
        community: communities.communityOfNode[node], communityParticipation: communityParticipation?[node] ?? 0,
        groupParticipation: groupParticipation?[node], brokerage: brokerage?.counts[node],
        brokerageZScores: brokerage.map { analysis in
          BrokerageRole.allCases.map { analysis.zScore(of: $0, node: node) }
        },
        brokerageTotalZScore: brokerage?.totalZScore(node: node))
    }
  }

  public func row(node: Int?) -> Row { node.map { rows[$0] } ?? .absent }
}
