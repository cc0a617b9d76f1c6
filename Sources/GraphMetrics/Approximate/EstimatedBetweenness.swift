import InteractionGraph
import SeededRandom

extension InteractionGraph {
  /// Betweenness centrality, exact or estimated by path sampling as `accuracy` asks.
  ///
  /// Definition: the hop-distance betweenness of `betweennessCentrality(pathLength:normalization:parallelism:)`,
  /// normalised by (n − 1)(n − 2) as NetworkX `betweenness_centrality(G, normalized=True)` on a `DiGraph`.
  /// `.exact` (and `.automatic` when |V|·|E| ≤ `Accuracy.exactWorkLimit`) returns those values; otherwise see
  /// `estimatedBetweennessCentrality(epsilon:delta:seed:parallelism:)`.
  ///
  /// - Parameters:
  ///   - accuracy: exact, estimated with (ε, δ, seed), or automatic.
  ///   - parallelism: number of workers (default: all cores).
  /// - Returns: the scores and the method used.
  /// - Complexity: as the exact or estimated computation chosen.
  public func betweennessCentrality(accuracy: Accuracy, parallelism: Parallelism = .allCores) -> Estimate {
    let request = accuracy.samplingRequest(
      nodeCount: nodeCount, edgeCount: edgeCount, defaults: Accuracy.defaultBetweenness)
    guard let request else {
      return Estimate(method: .exact, scores: betweennessCentrality(parallelism: parallelism))
    }
    return estimatedBetweennessCentrality(
      epsilon: request.epsilon, delta: request.delta, seed: request.seed, parallelism: parallelism)
  }

  /// Betweenness estimated by sampling shortest paths, within `epsilon` of the exact NetworkX-normalised value
  /// of every node at once with probability at least 1 − `delta`.
  ///
  /// Definition (Riondato & Kornaropoulos 2016, Algorithm 1): draw r ordered pairs (s, t), s ≠ t, uniformly;
  /// for each with t reachable from s, draw one shortest s-t path uniformly and add 1/r to each interior node.
  /// The expectation is b(v) = B(v) / (n(n − 1)), B the raw pair-dependency sum; the result is rescaled by
  /// n / (n − 2) to NetworkX's B(v) / ((n − 1)(n − 2)). The sample size is
  /// r = ⌈(0.5 / ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, ε′ = ε(n − 2)/n (`SampleSize.betweenness`).
  ///
  /// Choices: hop distance only (no weighted variant). VD is bounded by the size of the largest weakly
  /// connected component (`vertexDiameterUpperBound()`), a true upper bound, so the (ε, δ) guarantee holds as
  /// RK prove it (RK use an estimate of VD for directed graphs, which can void it). Paths are drawn with a
  /// balanced bidirectional search (`ShortestPathSampler`), which gives the same distribution as RK's
  /// one-sided search. Samples are split into blocks of 256 drawn from per-block streams of `seed`, and
  /// counts are integers until the final scaling, so a seed gives bit-identical scores for every worker count.
  /// When n ≤ 2 or VD ≤ 2 no node can be interior: the exact zeros are returned with method `.exact`.
  ///
  /// ```swift
  /// let estimate = graph.estimatedBetweennessCentrality(epsilon: 0.01, delta: 0.1, seed: 7)
  /// // estimate.method == .sampled(samples: r, epsilon: 0.01, delta: 0.1, seed: 7)
  /// ```
  ///
  /// - Parameters:
  ///   - epsilon: additive error bound on the returned scores, in (0, 1).
  ///   - delta: probability that the bound fails for some node, in (0, 1).
  ///   - seed: the random stream.
  ///   - parallelism: number of workers; does not change the result.
  /// - Returns: the estimates and `.sampled(samples: r, …)`.
  /// - Complexity: O(|V| + |E|) for the bound, then O(r · (|V| + |E|)) time in the worst case (far less on
  ///   small-world graphs, where the bidirectional search meets early); O(workers · |V|) space.
  ///
  /// References: M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
  /// sampling", Data Min. Knowl. Disc. 30, 2016, doi:10.1007/s10618-015-0423-0; M. Borassi and E. Natale,
  /// "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation", ACM J. Exp. Algorithmics 24,
  /// 2019, doi:10.1145/3284359 (bidirectional sampling).
  public func estimatedBetweennessCentrality(
    epsilon: Double, delta: Double, seed: UInt64, parallelism: Parallelism = .allCores
  ) -> Estimate {
    SampleSize.checkAccuracy(epsilon: epsilon, delta: delta)
    let count = nodeCount
    let samples = SampleSize.betweenness(
      epsilon: epsilon, delta: delta, nodeCount: count, vertexDiameterBound: vertexDiameterUpperBound())
    guard samples > 0 else { return Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: count))) }
    var scores = sampledPathCounts(samples: samples, seed: seed, parallelism: parallelism)
    let scale = Double(count) / (Double(samples) * Double(count - 2))
    for node in 0 ..< count { scores[node] *= scale }
    let method = Estimate.Method.sampled(samples: samples, epsilon: epsilon, delta: delta, seed: seed)
    return Estimate(method: method, scores: NodeScores(scores))
  }

  /// How many of `samples` uniformly drawn shortest paths have each node in their interior.
  /// - Complexity: O(samples · (|V| + |E|)) worst case.
  func sampledPathCounts(samples: Int, seed: UInt64, parallelism: Parallelism) -> [Double] {
    let graph = self
    let count = nodeCount
    let blockSize = 256
    let blockCount = (samples + blockSize - 1) / blockSize
    return parallelism.sumOverBlocks(
      blockCount: blockCount, length: count,
      makeState: { ShortestPathSampler(nodeCount: count) },
      visit: { block, sampler, partial in
        var random = SplitMix64(seed: seed, block: block)
        for _ in block * blockSize ..< min(samples, (block + 1) * blockSize) {
          let source = random.index(count)
          var target = random.index(count - 1)
          if target >= source { target += 1 }
          sampler.addRandomPath(from: source, to: target, in: graph, using: &random, into: &partial)
        }
      })
  }
}
