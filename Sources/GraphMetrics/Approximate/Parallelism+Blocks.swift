import Dispatch
import Synchronization

extension Parallelism {
  /// Blocks whose partial arrays are held at once; partials are added to the total in block order.
  static let blocksPerRound = 16

  /// Runs `visit(block, &state, &partial)` for every block in `0 ..< blockCount` and returns the sum of the
  /// blocks' partial arrays (each of length `length`, starting at zero), added in block order.
  ///
  /// Unlike `sumOverSources`, the result does not depend on the worker count, not even in the last bits:
  /// blocks run in rounds of `blocksPerRound`, each block fills its own partial array, and after each round the
  /// partials are added to the total in ascending block order. Workers only decide which blocks run at once.
  /// `makeState` is called once per worker per round.
  ///
  /// - Complexity: O(min(blockCount, blocksPerRound) · length) extra space; O(blockCount · length) time for
  ///   the additions, plus the visits.
  func sumOverBlocks<State>(
    blockCount: Int, length: Int,
    makeState: @Sendable () -> State,
    visit: @Sendable (_ block: Int, _ state: inout State, _ partial: inout [Double]) -> Void
  ) -> [Double] {
    var total = Array(repeating: 0.0, count: length)
    var roundStart = 0
    while roundStart < blockCount {
      let roundCount = min(Parallelism.blocksPerRound, blockCount - roundStart)
      let partials = runRound(
        firstBlock: roundStart, blockCount: roundCount, length: length, makeState: makeState, visit: visit)
      for partial in partials {
        for index in 0 ..< length { total[index] += partial[index] }
      }
      roundStart += roundCount
    }
    return total
  }

  /// The partial arrays of blocks `firstBlock ..< firstBlock + blockCount`, in block order.
  private func runRound<State>(
    firstBlock: Int, blockCount: Int, length: Int,
    makeState: @Sendable () -> State,
    visit: @Sendable (_ block: Int, _ state: inout State, _ partial: inout [Double]) -> Void
  ) -> [[Double]] {
    let workers = min(workerCount, blockCount)
    if workers == 1 {
      var state = makeState()
      return (0 ..< blockCount).map { offset in
        var partial = Array(repeating: 0.0, count: length)
        visit(firstBlock + offset, &state, &partial)
        return partial
      }
    }
    let partials = Mutex<[[Double]]>(Array(repeating: [], count: blockCount))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var state = makeState()
      for offset in stride(from: worker, to: blockCount, by: workers) {
        var partial = Array(repeating: 0.0, count: length)
        visit(firstBlock + offset, &state, &partial)
        partials.withLock { $0[offset] = partial }
      }
    }
    return partials.withLock { $0 }
  }
}
