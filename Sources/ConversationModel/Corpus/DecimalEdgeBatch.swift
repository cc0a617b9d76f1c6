/// Edges of an edge list whose endpoints are canonical decimal ids, gathered for
/// `CorpusBuilder.addInteractions(_:)`: each edge is the numbers of its source and target ids
/// (`DecimalKeyTable.number(of:)`) and its weight; all are untimed `message` interactions.
///
/// Choices: one array of 16-byte edges (one append per row) reused from batch to batch (`removeAll()` keeps its
/// storage), filled up to `capacity` edges: small enough that the decimal table entries the batch reads stay in
/// cache until they are used, large enough that their misses overlap. Numbers are below 10^8, so 32 bits hold
/// them.
/// - Complexity: `append` O(1); memory O(capacity).
package struct DecimalEdgeBatch: Sendable {
  /// The edges a batch holds before it should be added.
  package static let capacity = 256

  /// One edge: the numbers of its ids and its weight.
  package struct Edge: Sendable {
    package var source: Int32
    package var target: Int32
    package var weight: Double

    @inlinable
    package init(source: Int32, target: Int32, weight: Double) {
      self.source = source
      self.target = target
      self.weight = weight
    }
  }

  /// The edges in the order appended. Mutable so that `append` can be inlined into the reader's loop.
  package var edges: [Edge] = []

  package init() {
    edges.reserveCapacity(Self.capacity)
  }

  @inlinable package var count: Int { edges.count }
  @inlinable package var isFull: Bool { edges.count >= Self.capacity }

  /// Adds the edge from the id numbered `source` to the one numbered `target` (both below 10^8), of weight
  /// `weight`.
  @inlinable
  package mutating func append(source: Int, target: Int, weight: Double) {
    edges.append(Edge(source: Int32(truncatingIfNeeded: source), target: Int32(truncatingIfNeeded: target),
                      weight: weight))
  }

  /// Empties the batch, keeping its storage.
  @inlinable
  package mutating func removeAll() {
    edges.removeAll(keepingCapacity: true)
  }
}
