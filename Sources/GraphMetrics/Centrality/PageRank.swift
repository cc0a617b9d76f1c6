import InteractionGraph

/// Parameters of `InteractionGraph.pageRank(options:)`; the defaults are NetworkX's.
public struct PageRankOptions: Sendable, Equatable {
  /// The probability α of following an edge rather than teleporting (NetworkX `alpha`), in 0…1.
  public var dampingFactor: Double
  /// Iteration stops when the L1 change of the score vector is below `nodeCount × tolerance` (NetworkX `tol`).
  public var tolerance: Double
  /// Iteration gives up (with `isConverged == false`) after this many steps (NetworkX `max_iter`).
  public var maximumIterations: Int

  public init(dampingFactor: Double = 0.85, tolerance: Double = 1e-6, maximumIterations: Int = 100) {
    precondition(dampingFactor >= 0 && dampingFactor <= 1, "PageRank damping must be in 0...1, got \(dampingFactor).")
    precondition(tolerance > 0, "PageRank tolerance must be positive, got \(tolerance).")
    precondition(maximumIterations >= 1, "PageRank needs at least one iteration, got \(maximumIterations).")
    self.dampingFactor = dampingFactor
    self.tolerance = tolerance
    self.maximumIterations = maximumIterations
  }

  /// NetworkX's defaults: α = 0.85, tol = 1e-6, 100 iterations.
  public static let networkX = PageRankOptions()
  /// α = 0.85 iterated until the L1 change is below n × 1e-13 (about 10 digits), at most 10,000 steps.
  public static let precise = PageRankOptions(tolerance: 1e-13, maximumIterations: 10_000)
}

/// The result of `InteractionGraph.pageRank(options:)`.
public struct PageRankResult: Sendable, Equatable {
  /// One score per node; they sum to 1 (for a non-empty graph).
  public let scores: NodeScores
  /// Power-iteration steps taken.
  public let iterations: Int
  /// Whether the tolerance was met within `maximumIterations` (NetworkX raises when it is not).
  public let isConverged: Bool
}

extension InteractionGraph {
  /// PageRank of every node by power iteration on the weighted random surfer.
  ///
  /// Definition:
  /// x(t+1)_j = α · (Σ_{i → j} x(t)_i · w(i, j) / s⁺(i) + Σ_{i dangling} x(t)_i / n) + (1 − α) / n,
  /// starting from x(0) = 1/n, where s⁺(i) is i's out-strength and a node is *dangling* when s⁺(i) = 0. The
  /// result is the first x(t+1) with Σ_j |x(t+1)_j − x(t)_j| < n · tolerance.
  ///
  /// Choices, all as NetworkX 3.6.1 `pagerank(G, alpha=0.85, weight="weight")`: teleportation and dangling
  /// mass are spread uniformly (no personalization); a self-loop's weight counts in its node's out-strength
  /// and sends that share back to itself; isolated nodes are dangling and get the teleport share; an empty
  /// graph gives no scores. Unlike NetworkX, not converging is reported in the result instead of thrown.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 2)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.build().pageRank(options: .precise).scores.values  // ≈ [0.3509, 0.6491] (1/2.85, 1.85/2.85)
  /// ```
  ///
  /// - Parameter options: damping, tolerance and iteration cap (default: NetworkX's).
  /// - Returns: the scores, the number of iterations and whether they converged.
  /// - Complexity: O(iterations · (|V| + |E|)) time, O(|V| + |E|) space.
  ///
  /// References: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing order
  /// to the web", Stanford InfoLab technical report 1999-66; NetworkX
  /// `networkx/algorithms/link_analysis/pagerank_alg.py` (`_pagerank_scipy`).
  public func pageRank(options: PageRankOptions = .networkX) -> PageRankResult {
    let count = nodeCount
    guard count > 0 else { return PageRankResult(scores: NodeScores([]), iterations: 0, isConverged: true) }
    let transition = inEdgeTransitionProbabilities()
    let danglingNodes = nodes.filter { outStrength(of: $0) == 0 }
    let alpha = options.dampingFactor
    let uniform = 1 / Double(count)
    var scores = Array(repeating: uniform, count: count)
    var next = scores
    for iteration in 1 ... options.maximumIterations {
      let danglingMass = danglingNodes.reduce(0.0) { $0 + scores[$1] }
      var change = 0.0
      for node in 0 ..< count {
        var incoming = 0.0
        for edge in inEdges(of: node) { incoming += scores[Int(inSources[edge])] * transition[edge] }
        next[node] = alpha * (incoming + danglingMass * uniform) + (1 - alpha) * uniform
        change += abs(next[node] - scores[node])
      }
      swap(&scores, &next)
      if change < Double(count) * options.tolerance {
        return PageRankResult(scores: NodeScores(scores), iterations: iteration, isConverged: true)
      }
    }
    return PageRankResult(scores: NodeScores(scores), iterations: options.maximumIterations, isConverged: false)
  }

  /// For every in-edge i → j (in-CSR order), w(i, j) / s⁺(i): the probability that a surfer at i follows it.
  /// Computed as w × (1/s⁺), the same rounding as NetworkX's `Q @ A`.
  private func inEdgeTransitionProbabilities() -> [Double] {
    let inverseStrength = nodes.map { node -> Double in
      let strength = outStrength(of: node)
      return strength == 0 ? 0 : 1 / strength
    }
    return inSources.indices.map { edge in inWeights[edge] * inverseStrength[Int(inSources[edge])] }
  }

  private func outStrength(of node: Int) -> Double {
    outEdges(of: node).reduce(0.0) { $0 + outWeights[$1] }
  }
}
