import InteractionGraph
import SeededRandom

/// Per-node sums over sampled pivots v of the incoming hop distance d(v, u): how many pivots reach u, the total
/// distance, and the total reciprocal distance. Pivots equal to u, or not reaching u, add nothing.
struct PivotDistanceSums: Sendable {
  let pivots: Int
  let reaching: [Double]
  let distance: [Double]
  let reciprocal: [Double]

  /// Ĥ(u) = (n / k) · Σ_i 1/d(v_i, u).
  func harmonicScores() -> NodeScores {
    let scale = Double(reciprocal.count) / Double(pivots)
    return NodeScores(reciprocal.map { $0 * scale })
  }

  /// Ĉ(u) = (r̂/(n − 1)) · (r̂/D̂) with r̂ = (n/k)·reaching, D̂ = (n/k)·distance; 0 when no pivot reaches u.
  func closenessScores() -> NodeScores {
    let count = reaching.count
    guard count > 1 else { return NodeScores(Array(repeating: 0, count: count)) }
    let reachShare = Double(count) / (Double(pivots) * Double(count - 1))
    return NodeScores(
      reaching.indices.map { node in
        distance[node] > 0 ? reachShare * reaching[node] * (reaching[node] / distance[node]) : 0
      })
  }
}

extension InteractionGraph {
  /// Closeness centrality, exact or estimated from pivots as `accuracy` asks.
  ///
  /// Definition: the Wasserman–Faust closeness of `closenessCentrality(parallelism:)` (NetworkX
  /// `closeness_centrality(G)`, incoming hop distance). `.exact`, or `.automatic` when |V|·|E| ≤
  /// `Accuracy.exactWorkLimit`, returns those values; otherwise `sampledClosenessCentrality`.
  /// - Complexity: as the exact or sampled computation chosen.
  public func closenessCentrality(accuracy: Accuracy, parallelism: Parallelism = .allCores) -> Estimate {
    let request = accuracy.samplingRequest(
      nodeCount: nodeCount, edgeCount: edgeCount, defaults: Accuracy.defaultDistance)
    guard let request else { return Estimate(method: .exact, scores: closenessCentrality(parallelism: parallelism)) }
    return sampledClosenessCentrality(
      epsilon: request.epsilon, delta: request.delta, seed: request.seed, parallelism: parallelism)
  }

  /// Harmonic centrality, exact or estimated from pivots as `accuracy` asks.
  ///
  /// Definition: H(u) = Σ_{v ≠ u} 1/d(v, u) as `harmonicCentrality(parallelism:)` (NetworkX
  /// `harmonic_centrality(G)`). `.exact`, or `.automatic` when |V|·|E| ≤ `Accuracy.exactWorkLimit`, returns
  /// those values; otherwise `sampledHarmonicCentrality`.
  /// - Complexity: as the exact or sampled computation chosen.
  public func harmonicCentrality(accuracy: Accuracy, parallelism: Parallelism = .allCores) -> Estimate {
    let request = accuracy.samplingRequest(
      nodeCount: nodeCount, edgeCount: edgeCount, defaults: Accuracy.defaultDistance)
    guard let request else { return Estimate(method: .exact, scores: harmonicCentrality(parallelism: parallelism)) }
    return sampledHarmonicCentrality(
      epsilon: request.epsilon, delta: request.delta, seed: request.seed, parallelism: parallelism)
  }

  /// Harmonic centrality estimated from k random pivots, within ε · (n − 1) of H(u) for every node at once
  /// with probability at least 1 − δ.
  ///
  /// Definition (Eppstein & Wang 2004, adapted to incoming distance): draw k pivots v₁ … v_k uniformly from all
  /// n nodes, independently (with replacement); a breadth-first search from each along out-edges gives
  /// d(v_i, u) for every u; Ĥ(u) = (n / k) Σ_i 1/d(v_i, u), where a pivot equal to u or not reaching u adds 0.
  /// Each term has mean H(u)/n, so Ĥ is unbiased. k = ⌈ln(2n/δ) / (2ε′²)⌉, ε′ = ε(n − 1)/n
  /// (`SampleSize.harmonicPivots`: Hoeffding plus a union bound; Eppstein & Wang's ln n / ε² is δ = 2/n).
  ///
  /// Choices: pivots are drawn in blocks of 32 from per-block streams of `seed`, and block sums are added in
  /// block order, so a seed gives bit-identical scores for every worker count. n ≤ 1 gives exact zeros.
  ///
  /// - Parameters:
  ///   - epsilon: error bound on H/(n − 1), in (0, 1).
  ///   - delta: probability that the bound fails for some node, in (0, 1).
  ///   - seed: the random stream.
  ///   - parallelism: number of workers; does not change the result.
  /// - Returns: the estimates and `.sampled(samples: k, …)`.
  /// - Complexity: O(k · (|V| + |E|)) time, O(workers · |V|) space.
  ///
  /// References: D. Eppstein and J. Wang, "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1),
  /// 2004, doi:10.7155/jgaa.00081; W. Hoeffding, J. Amer. Statist. Assoc. 58, 1963, doi:10.2307/2282952.
  public func sampledHarmonicCentrality(
    epsilon: Double, delta: Double, seed: UInt64, parallelism: Parallelism = .allCores
  ) -> Estimate {
    SampleSize.checkAccuracy(epsilon: epsilon, delta: delta)
    let pivots = SampleSize.harmonicPivots(epsilon: epsilon, delta: delta, nodeCount: nodeCount)
    guard pivots > 0 else { return Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: nodeCount))) }
    let sums = pivotDistanceSums(pivots: pivots, seed: seed, parallelism: parallelism)
    let method = Estimate.Method.sampled(samples: pivots, epsilon: epsilon, delta: delta, seed: seed)
    return Estimate(method: method, scores: sums.harmonicScores())
  }

  /// Closeness centrality estimated from k random pivots, with the reach count and distance sum of every node
  /// within stated bounds with probability at least 1 − δ.
  ///
  /// Definition: with pivots as in `sampledHarmonicCentrality`, r̂(u) = (n/k)·#{i : v_i ≠ u reaches u} and
  /// D̂(u) = (n/k) Σ_i d(v_i, u) estimate r(u) and D(u) without bias, and
  /// Ĉ(u) = (r̂/(n − 1)) · (r̂/D̂) (0 when no pivot reaches u), the Wasserman–Faust formula.
  /// k = ⌈ln(4n/δ) / (2ε′²)⌉, ε′ = ε(n − 1)/n (`SampleSize.closenessPivots`, union bound over 2n events).
  ///
  /// Guarantee: with probability ≥ 1 − δ, for every u, |r̂ − r| ≤ ε(n − 1) and |D̂ − D| ≤ ε(n − 1)Δ, Δ the
  /// largest finite hop distance in the graph (Eppstein & Wang's additive εΔ on the average distance). The
  /// score is a ratio of the two, so it has no additive bound: on a strongly connected graph (r = n − 1)
  /// 1/Ĉ, the estimated mean distance to u, is within about ε(Δ + mean) of the true mean, a relative error
  /// of order εΔ/mean on Ĉ. Choices and determinism as `sampledHarmonicCentrality`; n ≤ 1 gives exact zeros.
  ///
  /// - Parameters: as `sampledHarmonicCentrality`.
  /// - Returns: the estimates and `.sampled(samples: k, …)`.
  /// - Complexity: O(k · (|V| + |E|)) time, O(workers · |V|) space.
  ///
  /// References: as `sampledHarmonicCentrality`; S. Wasserman and K. Faust, "Social Network Analysis", 1994,
  /// doi:10.1017/CBO9780511815478, p. 201.
  public func sampledClosenessCentrality(
    epsilon: Double, delta: Double, seed: UInt64, parallelism: Parallelism = .allCores
  ) -> Estimate {
    SampleSize.checkAccuracy(epsilon: epsilon, delta: delta)
    let pivots = SampleSize.closenessPivots(epsilon: epsilon, delta: delta, nodeCount: nodeCount)
    guard pivots > 0 else { return Estimate(method: .exact, scores: NodeScores(Array(repeating: 0, count: nodeCount))) }
    let sums = pivotDistanceSums(pivots: pivots, seed: seed, parallelism: parallelism)
    let method = Estimate.Method.sampled(samples: pivots, epsilon: epsilon, delta: delta, seed: seed)
    return Estimate(method: method, scores: sums.closenessScores())
  }

  /// One breadth-first search from each of `pivots` uniform pivots, summed per node.
  /// - Complexity: O(pivots · (|V| + |E|)) time, O(workers · |V|) space.
  func pivotDistanceSums(pivots: Int, seed: UInt64, parallelism: Parallelism) -> PivotDistanceSums {
    let count = nodeCount
    return distanceSums(searches: pivots, seed: seed, parallelism: parallelism) { _, random in random.index(count) }
  }

  /// One breadth-first search from every node, summed per node: the exact reach counts, distance sums and
  /// reciprocal distance sums behind closeness and harmonic centrality, from one pass instead of two.
  /// - Complexity: O(|V| · (|V| + |E|)) time, O(workers · |V|) space.
  func allSourceDistanceSums(parallelism: Parallelism) -> PivotDistanceSums {
    distanceSums(searches: nodeCount, seed: 0, parallelism: parallelism) { search, _ in search }
  }

  /// Runs `searches` outgoing breadth-first searches, the i-th from `source(i, &random)`, and sums per node what
  /// they reach.
  ///
  /// Sources are drawn in blocks of 32 from per-block generators fixed by (seed, block), so the pivots do not
  /// depend on how searches are grouped; 8 blocks (256 sources) run as one bit-parallel `MultiSourceHopSearch`,
  /// and batch sums are added in batch order, so the result does not depend on the worker count.
  private func distanceSums(
    searches: Int, seed: UInt64, parallelism: Parallelism,
    source: @escaping @Sendable (_ search: Int, _ random: inout SplitMix64) -> Int
  ) -> PivotDistanceSums {
    let graph = self
    let count = nodeCount
    let blockSize = 32
    let batchSize = MultiSourceHopSearch.batchCapacity
    let sums = parallelism.sumOverBlocks(
      blockCount: (searches + batchSize - 1) / batchSize, length: 3 * count,
      makeState: { MultiSourceHopSearch(nodeCount: count) },
      visit: { batch, search, partial in
        var sources: [Int] = []
        sources.reserveCapacity(batchSize)
        let firstBlock = batch * (batchSize / blockSize)
        for block in firstBlock ..< firstBlock + batchSize / blockSize where block * blockSize < searches {
          var random = SplitMix64(seed: seed, block: block)
          for index in block * blockSize ..< min(searches, (block + 1) * blockSize) {
            sources.append(source(index, &random))
          }
        }
        search.addDistanceSums(from: sources, in: graph, into: &partial)
      })
    return PivotDistanceSums(
      pivots: searches, reaching: nodes.map { sums[3 * $0] }, distance: nodes.map { sums[3 * $0 + 1] },
      reciprocal: nodes.map { sums[3 * $0 + 2] })
  }
}
