/// A dense node index into an `InteractionGraph`: 0 ..< `nodeCount`.
public typealias NodeIndex = Int32

/// An immutable, weighted, directed graph in compressed sparse row form, stored in both directions.
///
/// Out-edges of node `u` are `outTargets[outOffsets[u] ..< outOffsets[u + 1]]` with the parallel `outWeights`,
/// sorted by target; in-edges of `v` are `inSources[inOffsets[v] ..< inOffsets[v + 1]]` with `inWeights`, sorted
/// by source. The in-CSR is the transpose of the out-CSR. There are no parallel edges (the builder sums them
/// into one weight); self-loops are allowed and appear in both directions. Node identity and attributes live in
/// side tables indexed by `NodeIndex`, never in the graph.
///
/// - Complexity: O(|V| + |E|) space; every accessor O(1).
public struct InteractionGraph: Sendable, Equatable {
  public let nodeCount: Int
  public let outOffsets: [Int]
  public let outTargets: [NodeIndex]
  public let outWeights: [Double]
  public let inOffsets: [Int]
  public let inSources: [NodeIndex]
  public let inWeights: [Double]

  /// The graph with `nodeCount` nodes and no edges.
  public init(nodeCount: Int) {
    precondition(nodeCount >= 0, "A graph cannot have a negative number of nodes.")
    self.nodeCount = nodeCount
    outOffsets = Array(repeating: 0, count: nodeCount + 1)
    inOffsets = outOffsets
    outTargets = []
    outWeights = []
    inSources = []
    inWeights = []
  }

  init(
    nodeCount: Int, outOffsets: [Int], outTargets: [NodeIndex], outWeights: [Double], inOffsets: [Int],
    inSources: [NodeIndex], inWeights: [Double]
  ) {
    self.nodeCount = nodeCount
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.outWeights = outWeights
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.inWeights = inWeights
    checkInvariants()
  }

  /// Number of distinct directed edges (a self-loop counts once).
  public var edgeCount: Int { outTargets.count }

  /// Sum of all edge weights.
  public var totalWeight: Double { outWeights.reduce(0, +) }

  public var nodes: Range<Int> { 0 ..< nodeCount }

  public func outEdges(of node: Int) -> Range<Int> { outOffsets[node] ..< outOffsets[node + 1] }
  public func inEdges(of node: Int) -> Range<Int> { inOffsets[node] ..< inOffsets[node + 1] }

  public func outDegree(_ node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
  public func inDegree(_ node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

  /// The weight of the edge `source → target`, or 0 when there is none. O(log out-degree).
  public func weight(from source: Int, to target: Int) -> Double {
    let range = outEdges(of: source)
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if Int(outTargets[middle]) < target { low = middle + 1 } else { high = middle }
    }
    return low < range.upperBound && Int(outTargets[low]) == target ? outWeights[low] : 0
  }
}
