/// Scores together with how they were obtained: exactly, or by sampling with a stated guarantee.
///
/// Returned by the accuracy-aware centralities (`betweennessCentrality(accuracy:parallelism:)`,
/// `closenessCentrality(accuracy:parallelism:)`, `harmonicCentrality(accuracy:parallelism:)`,
/// `distanceCentralities(accuracy:parallelism:)`). What the
/// guarantee bounds differs per metric and is stated on each function; in short, with probability at least
/// 1 − δ, simultaneously for every node:
/// * betweenness: |estimate − exact| ≤ ε on the NetworkX-normalised score;
/// * harmonic: |estimate − exact| ≤ ε · (n − 1) (ε on the score divided by n − 1);
/// * closeness: the reach count r and the distance sum D behind each score are within ε · (n − 1) and
///   ε · (n − 1) · Δ (Δ the largest finite hop distance); the score itself has no additive bound.
///
/// - Complexity: O(|V|) space.
public struct Estimate: Sendable, Equatable {
  /// How the scores were computed.
  public enum Method: Sendable, Equatable {
    /// Every source was searched: the scores are the exact values.
    case exact
    /// `samples` paths (betweenness) or pivots (closeness, harmonic) were drawn from the stream of `seed`,
    /// sized so that the error is at most `epsilon` with probability at least 1 − `delta`.
    case sampled(samples: Int, epsilon: Double, delta: Double, seed: UInt64)
  }

  public let method: Method
  public let scores: NodeScores

  public init(method: Method, scores: NodeScores) {
    self.method = method
    self.scores = scores
  }

  /// True when the scores are exact.
  public var isExact: Bool { method == .exact }
}

/// How accurate a shortest-path centrality must be, and so whether it may be sampled.
///
/// `.automatic` computes exactly when |V|·|E| is at most `Accuracy.exactWorkLimit` and otherwise samples with
/// `Accuracy.defaultBetweenness` (betweenness) or `Accuracy.defaultDistance` (closeness, harmonic). The limit
/// and defaults come from measurements on this project's shared 2-core machine (release build, load ~4):
/// * exact, 10,000 nodes / 150,000 edges (|V|·|E| = 1.5·10⁹): betweenness 18.0 s, closeness 4.8 s,
///   harmonic 5.2 s, so the 2·10⁹ limit keeps the exact trio near 40 s;
/// * sampled, a 200,000-node / 3,000,000-edge heavy-tailed digraph (|V|·|E| = 6·10¹¹, hours exactly):
///   betweenness at ε = 0.01, δ = 0.1 (101,515 paths) 11.6 s; closeness and harmonic at ε = 0.1, δ = 0.1
///   sharing 795 pivots in `distanceCentralities(accuracy:parallelism:)` 49.9 s (~63 ms CPU per pivot search).
/// ε = 0.05 for the distance metrics would need 4× the pivots (over 3 min), hence the coarser default.
public enum Accuracy: Sendable, Equatable {
  /// Always compute the exact values.
  case exact
  /// Sample with additive error at most `epsilon` with probability at least 1 − `delta`, seeded by `seed`.
  case estimated(epsilon: Double, delta: Double, seed: UInt64)
  /// Exact when |V|·|E| ≤ `exactWorkLimit`, otherwise estimated with the metric's default ε, δ and `seed`.
  case automatic(seed: UInt64)

  /// The largest |V|·|E| for which `.automatic` computes exactly.
  public static let exactWorkLimit = 2_000_000_000.0

  /// `.automatic`'s betweenness accuracy: ε = 0.01 on the NetworkX-normalised score, δ = 0.1.
  public static let defaultBetweenness = (epsilon: 0.01, delta: 0.1)

  /// `.automatic`'s closeness and harmonic accuracy: ε = 0.1, δ = 0.1 (see `SampleSize` for the pivots).
  public static let defaultDistance = (epsilon: 0.1, delta: 0.1)

  /// The (ε, δ, seed) to sample with, or nil to compute exactly.
  func samplingRequest(
    nodeCount: Int, edgeCount: Int, defaults: (epsilon: Double, delta: Double)
  ) -> (epsilon: Double, delta: Double, seed: UInt64)? {
    switch self {
    case .exact:
      return nil
    case .estimated(let epsilon, let delta, let seed):
      return (epsilon, delta, seed)
    case .automatic(let seed):
      let work = Double(nodeCount) * Double(edgeCount)
      return work <= Accuracy.exactWorkLimit ? nil : (defaults.epsilon, defaults.delta, seed)
    }
  }
}
