import InteractionGraph

/// Breadth-first searches from up to 256 sources at once, one bit per source, adding per node how many sources
/// reach it, their total hop distance and their total reciprocal distance.
///
/// Definition: for a batch of sources s₁ … s_b (b ≤ 256, repeats allowed) and every node u, the search adds to
/// `partial[3u]` the number of i with s_i ≠ u reaching u along out-edges, to `partial[3u + 1]` the sum of
/// d(s_i, u) over those i, and to `partial[3u + 2]` the sum of 1/d(s_i, u): the sums behind closeness and
/// harmonic centrality over incoming distance.
///
/// Every node holds three bitsets of 256 bits (four 64-bit words): the sources that have reached it (`seen`),
/// those that reached it at the current distance (`frontier`), and those arriving at the next one (`incoming`).
/// One level pushes each frontier node's bits along its out-edges with word-wide ORs; a node's new sources are
/// `incoming & ~seen`, and a population count gives how many arrived at this distance. An edge is thus read once
/// per level for up to 256 searches instead of once per search, so all-sources closeness on a small-world graph
/// does about 256 / (levels per node) times fewer edge reads than one search per source.
///
/// Choices: sources repeat when pivots are drawn with replacement; each occurrence is its own bit and counts.
/// The state is reset after each batch by walking only the nodes the batch reached.
///
/// - Complexity: O(Σ over levels of the out-degrees of that level's frontier nodes) word operations per batch,
///   at most O(levels · |E|); O(|V|) space (12 words per node).
///
/// Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and H. T. Vo,
/// "The more the merrier: efficient multi-source graph traversal", Proc. VLDB Endow. 8(4), 2014,
/// doi:10.14778/2735496.2735507.
struct MultiSourceHopSearch {
  /// The most sources one batch can hold.
  static let batchCapacity = 256
  private static let words = 4

  private var seen: [UInt64]
  private var frontier: [UInt64]
  private var incoming: [UInt64]
  private var frontierNodes: [Int32] = []
  private var touched: [Int32] = []
  private var reached: [Int32] = []

  init(nodeCount: Int) {
    seen = Array(repeating: 0, count: nodeCount * Self.words)
    frontier = seen
    incoming = seen
  }

  /// Runs the searches from `sources` and adds their sums to `partial` (length 3 · node count).
  /// - Precondition: `sources.count ≤ batchCapacity`, every source a node of `graph`.
  mutating func addDistanceSums(from sources: [Int], in graph: InteractionGraph, into partial: inout [Double]) {
    precondition(sources.count <= Self.batchCapacity, "a batch holds at most \(Self.batchCapacity) sources")
    start(sources)
    var distance = 0
    while !frontierNodes.isEmpty {
      distance += 1
      pushFrontier(in: graph)
      collectArrivals(distance: distance, into: &partial)
    }
    resetSeen()
  }

  /// Marks each source as seen and in the frontier at distance 0.
  private mutating func start(_ sources: [Int]) {
    for (bit, source) in sources.enumerated() {
      let base = source * Self.words
      if (0 ..< Self.words).allSatisfy({ seen[base + $0] == 0 }) { reached.append(Int32(source)) }
      if (0 ..< Self.words).allSatisfy({ frontier[base + $0] == 0 }) { frontierNodes.append(Int32(source)) }
      let mask = UInt64(1) << UInt64(bit & 63)
      seen[base + bit >> 6] |= mask
      frontier[base + bit >> 6] |= mask
    }
  }

  /// ORs every frontier node's bits into its out-neighbours' `incoming`, then clears the frontier.
  /// The hot loop of the search, on unsafe buffers scoped to this call.
  private mutating func pushFrontier(in graph: InteractionGraph) {
    touched.removeAll(keepingCapacity: true)
    let words = Self.words
    frontier.withUnsafeMutableBufferPointer { frontier in
      incoming.withUnsafeMutableBufferPointer { incoming in
        graph.outOffsets.withUnsafeBufferPointer { offsets in
          graph.outTargets.withUnsafeBufferPointer { targets in
            for node in frontierNodes {
              let source = Int(node) * words
              let bits = (frontier[source], frontier[source + 1], frontier[source + 2], frontier[source + 3])
              for edge in offsets[Int(node)] ..< offsets[Int(node) + 1] {
                let target = Int(targets[edge]) * words
                if incoming[target] | incoming[target + 1] | incoming[target + 2] | incoming[target + 3] == 0 {
                  touched.append(targets[edge])
                }
                incoming[target] |= bits.0
                incoming[target + 1] |= bits.1
                incoming[target + 2] |= bits.2
                incoming[target + 3] |= bits.3
              }
              for word in 0 ..< words { frontier[source + word] = 0 }
            }
          }
        }
      }
    }
    frontierNodes.removeAll(keepingCapacity: true)
  }

  /// Turns each touched node's new sources into its frontier and adds them at `distance` to its sums.
  private mutating func collectArrivals(distance: Int, into partial: inout [Double]) {
    let words = Self.words
    let length = Double(distance)
    let reciprocal = 1 / length
    for node in touched {
      let base = Int(node) * words
      var arrivals = 0
      var wasUnseen = true
      for word in base ..< base + words {
        wasUnseen = wasUnseen && seen[word] == 0
        let fresh = incoming[word] & ~seen[word]
        incoming[word] = 0
        seen[word] |= fresh
        frontier[word] = fresh
        arrivals += fresh.nonzeroBitCount
      }
      guard arrivals > 0 else { continue }
      if wasUnseen { reached.append(node) }
      frontierNodes.append(node)
      let count = Double(arrivals)
      partial[3 * Int(node)] += count
      partial[3 * Int(node) + 1] += count * length
      partial[3 * Int(node) + 2] += count * reciprocal
    }
  }

  private mutating func resetSeen() {
    for node in reached {
      for word in Int(node) * Self.words ..< (Int(node) + 1) * Self.words { seen[word] = 0 }
    }
    reached.removeAll(keepingCapacity: true)
  }
}
