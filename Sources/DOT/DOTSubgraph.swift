/// A subgraph: either a cluster (drawn as a box around its nodes) or a plain grouping, such as a set of nodes
/// that `dot` must put on the same rank.
///
/// Choices: a cluster's name is `cluster_` followed by its identifier, because Graphviz recognises clusters by
/// the `cluster` name prefix; a plain subgraph may be anonymous. `rank` is written as the `rank` graph
/// attribute and wins over a `.rank` given in `attributes`.
public struct DOTSubgraph: Sendable, Hashable {
  /// Whether the subgraph is drawn as a cluster.
  public enum Kind: Sendable, Hashable {
    case cluster
    case plain
  }

  public var kind: Kind
  /// The identifier: for a cluster the part after `cluster_`, for a plain subgraph the whole name (or nil).
  public var id: String?
  /// For `dot`: constrain the subgraph's nodes to one rank, or to the minimum or maximum rank.
  public var rank: RankConstraint?
  public var attributes: [GraphAttribute]
  public var nodeDefaults: [NodeAttribute]
  public var nodes: [DOTNode]
  public var subgraphs: [DOTSubgraph]

  /// A cluster named `cluster_<id>`, drawn with `label` when given.
  public static func cluster(
    _ id: String, label: Label? = nil, attributes: [GraphAttribute] = [], nodeDefaults: [NodeAttribute] = [],
    nodes: [DOTNode] = [], subgraphs: [DOTSubgraph] = []
  ) -> DOTSubgraph {
    DOTSubgraph(
      kind: .cluster, id: id, rank: nil, attributes: (label.map { [.label($0)] } ?? []) + attributes,
      nodeDefaults: nodeDefaults, nodes: nodes, subgraphs: subgraphs)
  }

  /// A plain subgraph; with `rank: .same` its nodes share one rank in `dot`.
  public static func group(
    _ id: String? = nil, rank: RankConstraint? = nil, attributes: [GraphAttribute] = [],
    nodeDefaults: [NodeAttribute] = [], nodes: [DOTNode] = [], subgraphs: [DOTSubgraph] = []
  ) -> DOTSubgraph {
    DOTSubgraph(
      kind: .plain, id: id, rank: rank, attributes: attributes, nodeDefaults: nodeDefaults, nodes: nodes,
      subgraphs: subgraphs)
  }

  public init(
    kind: Kind, id: String?, rank: RankConstraint?, attributes: [GraphAttribute], nodeDefaults: [NodeAttribute],
    nodes: [DOTNode], subgraphs: [DOTSubgraph]
  ) {
    self.kind = kind
    self.id = id
    self.rank = rank
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.nodes = nodes
    self.subgraphs = subgraphs
  }

  /// The name written after `subgraph`, before quoting; nil for an anonymous plain subgraph.
  public var name: String? {
    switch kind {
    case .cluster: "cluster_" + (id ?? "")
    case .plain: id
    }
  }

  /// The attributes to write, with `rank` appended so that it wins.
  var effectiveAttributes: [GraphAttribute] {
    rank.map { attributes + [.rank($0)] } ?? attributes
  }
}
