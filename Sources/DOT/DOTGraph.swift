/// Whether edges have a direction: `digraph` with `->`, or `graph` with `--`.
public enum GraphDirection: String, Sendable, Hashable, CaseIterable {
  case directed, undirected
}

/// A node statement: an identifier and its attributes.
public struct DOTNode: Sendable, Hashable {
  /// The node identifier, any string; `DOTQuoting` makes it a DOT `ID`.
  public var id: String
  /// Attributes; written sorted by name, the last one given winning for a repeated name.
  public var attributes: [NodeAttribute]

  public init(_ id: String, _ attributes: [NodeAttribute] = []) {
    self.id = id
    self.attributes = attributes
  }
}

/// An edge statement between two node identifiers.
public struct DOTEdge: Sendable, Hashable {
  /// The tail node identifier.
  public var source: String
  /// The head node identifier.
  public var target: String
  /// Attributes; written sorted by name, the last one given winning for a repeated name.
  public var attributes: [EdgeAttribute]

  public init(from source: String, to target: String, _ attributes: [EdgeAttribute] = []) {
    self.source = source
    self.target = target
    self.attributes = attributes
  }
}

/// A DOT document: one graph with its attributes, defaults, nodes, subgraphs and edges.
///
/// Choices: the order of `nodes`, `subgraphs` and `edges` is kept in the output (which matters to `dot`'s
/// ordering); attribute lists are sorted by name. Edges mention node identifiers; a node that only appears in
/// an edge or a subgraph is still drawn, with the default attributes. Write the document with `DOTWriter`.
public struct DOTGraph: Sendable, Hashable {
  public var direction: GraphDirection
  /// The graph name, or nil for an anonymous graph.
  public var name: String?
  public var attributes: [GraphAttribute]
  /// Attributes applied to every node unless the node overrides them (`node [...]`).
  public var nodeDefaults: [NodeAttribute]
  /// Attributes applied to every edge unless the edge overrides them (`edge [...]`).
  public var edgeDefaults: [EdgeAttribute]
  public var nodes: [DOTNode]
  public var subgraphs: [DOTSubgraph]
  public var edges: [DOTEdge]

  public init(
    _ direction: GraphDirection = .directed, name: String? = nil, attributes: [GraphAttribute] = [],
    nodeDefaults: [NodeAttribute] = [], edgeDefaults: [EdgeAttribute] = [], nodes: [DOTNode] = [],
    subgraphs: [DOTSubgraph] = [], edges: [DOTEdge] = []
  ) {
    self.direction = direction
    self.name = name
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.subgraphs = subgraphs
    self.edges = edges
  }

  /// Appends a node statement.
  public mutating func addNode(_ id: String, _ attributes: [NodeAttribute] = []) {
    nodes.append(DOTNode(id, attributes))
  }

  /// Appends an edge statement.
  public mutating func addEdge(from source: String, to target: String, _ attributes: [EdgeAttribute] = []) {
    edges.append(DOTEdge(from: source, to: target, attributes))
  }
}
