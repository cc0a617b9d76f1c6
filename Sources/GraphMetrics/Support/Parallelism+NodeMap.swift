import Dispatch
import Synchronization

extension Parallelism {
  /// Computes `value(node, &state)` for every node in `0 ..< nodeCount` and returns the results in node order.
  ///
  /// The per-node counterpart of `sumOverSources`: worker `w` of `k` handles nodes `w, w + k, …` with its own
  /// `state` (made once per worker) and its own result buffer; buffers are interleaved back into node order
  /// at the end, so the result does not depend on the worker count or on scheduling.
  ///
  /// - Complexity: O(|V|) extra time and space, plus the visits.
  func mapNodes<State, Value: Sendable>(
    nodeCount: Int,
    makeState: @Sendable () -> State,
    value: @Sendable (_ node: Int, _ state: inout State) -> Value
  ) -> [Value] {
    let workers = min(workerCount, max(1, nodeCount))
    if workers == 1 {
      var state = makeState()
      return (0 ..< nodeCount).map { value($0, &state) }
    }
    let buffers = Mutex<[[Value]]>(Array(repeating: [], count: workers))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var state = makeState()
      var local: [Value] = []
      local.reserveCapacity(nodeCount / workers + 1)
      for node in stride(from: worker, to: nodeCount, by: workers) { local.append(value(node, &state)) }
      buffers.withLock { $0[worker] = local }
    }
    return buffers.withLock { parts in
      var result: [Value] = []
      result.reserveCapacity(nodeCount)
      for node in 0 ..< nodeCount { result.append(parts[node % workers][node / workers]) }
      return result
    }
  }
}
