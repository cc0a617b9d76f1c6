import InteractionGraph

extension InteractionGraph {
  /// Closeness and harmonic centrality together, exact or estimated from one shared set of pivots.
  ///
  /// Definition: the pair (`closenessCentrality(accuracy:parallelism:)`,
  /// `harmonicCentrality(accuracy:parallelism:)`), computed in one pass of outgoing searches (from every node
  /// when exact, so one all-sources pass instead of two; from pivots when sampled). When sampling, the closeness pivot
  /// count k = ⌈ln(4n/δ) / (2ε′²)⌉ is used for both; it is at least the harmonic count for the same (ε, δ), so
  /// both guarantees of `sampledClosenessCentrality` and `sampledHarmonicCentrality` hold, and both methods
  /// report `.sampled(samples: k, …)`. This halves the cost of asking for the two separately, which is what
  /// the default analysis of a large graph should call.
  ///
  /// - Parameters:
  ///   - accuracy: exact, estimated with (ε, δ, seed), or automatic (`Accuracy.defaultDistance` when sampling).
  ///   - parallelism: number of workers; does not change sampled results.
  /// - Returns: closeness and harmonic estimates.
  /// - Complexity: O(k · (|V| + |E|)) sampled, O(|V| · (|V| + |E|)) exact; O(workers · |V|) space.
  public func distanceCentralities(
    accuracy: Accuracy, parallelism: Parallelism = .allCores
  ) -> (closeness: Estimate, harmonic: Estimate) {
    let request = accuracy.samplingRequest(
      nodeCount: nodeCount, edgeCount: edgeCount, defaults: Accuracy.defaultDistance)
    guard let request else {
      let sums = allSourceDistanceSums(parallelism: parallelism)
      return (
        Estimate(method: .exact, scores: sums.closenessScores()),
        Estimate(method: .exact, scores: sums.harmonicScores())
      )
    }
    SampleSize.checkAccuracy(epsilon: request.epsilon, delta: request.delta)
    let pivots = SampleSize.closenessPivots(epsilon: request.epsilon, delta: request.delta, nodeCount: nodeCount)
    guard pivots > 0 else {
      let zeros = Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: nodeCount)))
      return (zeros, zeros)
    }
    let sums = pivotDistanceSums(pivots: pivots, seed: request.seed, parallelism: parallelism)
    let method = Estimate.Method.sampled(
      samples: pivots, epsilon: request.epsilon, delta: request.delta, seed: request.seed)
    return (
      Estimate(method: method, scores: sums.closenessScores()),
      Estimate(method: method, scores: sums.harmonicScores())
    )
  }
}
