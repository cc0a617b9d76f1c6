import Dispatch
import Foundation
import Synchronization

/// How many threads an all-sources algorithm (betweenness, closeness, harmonic) may use.
///
/// Work is split by source node: worker `w` of `k` handles sources `w, w + k, w + 2k, …` (round-robin, which
/// balances graphs whose heavy nodes have neighbouring indices). Each worker owns its search workspace and its
/// own partial score array; partial arrays are summed in worker order at the end, so there is no lock in the
/// hot loop and a given worker count gives bit-identical results on every run. Different worker counts sum in
/// different orders and may differ in the last bits (relative 1e-15 in practice).
///
/// The work runs on `DispatchQueue.concurrentPerform`, which blocks the calling thread until it finishes; call
/// it from a detached task or a plain thread rather than from a latency-sensitive actor.
public enum Parallelism: Sendable, Equatable {
  /// One worker per active processor (`ProcessInfo.processInfo.activeProcessorCount`).
  case allCores
  /// Exactly this many workers (at least 1); `.workers(1)` runs on the calling thread.
  case workers(Int)

  /// A single worker on the calling thread.
  public static let serial = Parallelism.workers(1)

  /// The number of workers this setting asks for, at least 1.
  public var workerCount: Int {
    switch self {
    case .allCores: return max(1, ProcessInfo.processInfo.activeProcessorCount)
    case .workers(let count): return max(1, count)
    }
  }

  /// Runs `visit(source, &state, &partial)` for every source in `0 ..< nodeCount` and returns the sum of the
  /// workers' partial arrays (each of length `nodeCount`, starting at zero).
  ///
  /// `makeState` is called once per worker, so per-source workspaces are allocated once per worker.
  /// - Complexity: O(workers · |V|) extra time and space for the partial arrays, plus the visits.
  func sumOverSources<State>(
    nodeCount: Int,
    makeState: @Sendable () -> State,
    visit: @Sendable (_ source: Int, _ state: inout State, _ partial: inout [Double]) -> Void
  ) -> [Double] {
    let workers = min(workerCount, max(1, nodeCount))
    if workers == 1 {
      var state = makeState()
      var total = Array(repeating: 0.0, count: nodeCount)
      for source in 0 ..< nodeCount { visit(source, &state, &total) }
      return total
    }
    let partials = Mutex<[[Double]]>(Array(repeating: [], count: workers))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var state = makeState()
      var partial = Array(repeating: 0.0, count: nodeCount)
      for source in stride(from: worker, to: nodeCount, by: workers) { visit(source, &state, &partial) }
      partials.withLock { $0[worker] = partial }
    }
    return partials.withLock { arrays in
      var total = Array(repeating: 0.0, count: nodeCount)
      for partial in arrays {
        for node in 0 ..< nodeCount { total[node] += partial[node] }
      }
      return total
    }
  }
}
