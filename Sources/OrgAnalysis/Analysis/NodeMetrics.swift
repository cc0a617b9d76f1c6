import GraphMetrics
import InteractionGraph

/// The per-node and whole-graph metrics of the selected graph, each matching its DESIGN.md reference (the
/// definitions are documented on the GraphMetrics functions).
public struct NodeMetrics: Sendable {
  /// One node's figures; a person without a node gets `Row.absent` (zeros, no component).
  public struct Row: Sendable, Equatable {
    public var inDegree = 0
    public var outDegree = 0
    public var inStrength = 0.0
    public var outStrength = 0.0
    public var pagerank = 0.0
    public var betweenness = 0.0
    public var closeness = 0.0
    public var harmonic = 0.0
    public var hub = 0.0
    public var authority = 0.0
    /// Burt's constraint, effective size, efficiency and hierarchy; `nil` where undefined (no contacts, or
    /// fewer than two for hierarchy).
    public var constraint: Double?
    public var effectiveSize: Double?
    public var efficiency: Double?
    public var hierarchy: Double?
    public var coreNumber = 0
    public var weakComponent: Int?
    public var strongComponent: Int?

    public static let absent = Row()
  }

  public let rows: [Row]
  /// How betweenness, closeness and harmonic centrality were computed: exactly, or sampled with a bound.
  public let betweennessMethod: Estimate.Method
  public let closenessMethod: Estimate.Method
  public let harmonicMethod: Estimate.Method
  public let density: Double
  /// `nil` for a graph without edges.
  public let reciprocity: Double?
  public let weakComponentCount: Int
  public let strongComponentCount: Int

  /// Computes every metric; betweenness, closeness and harmonic run in parallel over sources, exactly or,
  /// when `accuracy` allows it and the graph is large, sampled with the bound `Estimate.Method` states.
  public init(graph: InteractionGraph, accuracy: Accuracy) {
    let pagerank = graph.pageRank().scores.values
    let betweennessEstimate = graph.betweennessCentrality(accuracy: accuracy)
    let distances = graph.distanceCentralities(accuracy: accuracy)
    let betweenness = betweennessEstimate.scores.values
    let closeness = distances.closeness.scores.values
    let harmonic = distances.harmonic.scores.values
    betweennessMethod = betweennessEstimate.method
    closenessMethod = distances.closeness.method
    harmonicMethod = distances.harmonic.method
    let hits = graph.hubsAndAuthorities()
    let holes = graph.structuralHoleMeasures()
    let cores = graph.coreNumbers()
    let weak = graph.weaklyConnectedComponents()
    let strong = graph.stronglyConnectedComponents()
    rows = graph.nodes.map { node in
      Row(
        inDegree: graph.inDegree(node), outDegree: graph.outDegree(node),
        inStrength: graph.inWeights[graph.inEdges(of: node)].reduce(0, +),
        outStrength: graph.outWeights[graph.outEdges(of: node)].reduce(0, +), pagerank: pagerank[node],
        betweenness: betweenness[node], closeness: closeness[node], harmonic: harmonic[node],
        hub: hits.hubs[node], authority: hits.authorities[node], constraint: holes.constraints[node],
        effectiveSize: holes.effectiveSizes[node], efficiency: holes.efficiencies[node],
        hierarchy: holes.hierarchies[node], coreNumber: cores[node], weakComponent: weak.componentOfNode[node],
        strongComponent: strong.componentOfNode[node])
    }
    density = graph.density()
    reciprocity = graph.overallReciprocity()
    weakComponentCount = weak.count
    strongComponentCount = strong.count
  }

  public func row(node: Int?) -> Row { node.map { rows[$0] } ?? .absent }
}
