import Foundation
import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct StructuralHoleMeasuresTests {
  /// Expected: NetworkX 3.6.1 `constraint(S, weight="weight")` and `effective_size(S, weight="weight")` with S
  /// the fixture graph without self-loops, efficiency = effective size / contacts, hierarchy from
  /// `local_constraint` (see the fixture notes). Direct sums, no iteration: 1e-9 relative.
  @Test(arguments: ReferenceFixture.allNames)
  func fixturesMatchNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let expected = try StructuralExpected.load(name)
    let measures = try fixture.graph().structuralHoleMeasures()
    fixture.expectOptionalScores(measures.constraints, expected.constraint, metric: "constraint", relative: 1e-9)
    fixture.expectOptionalScores(
      measures.effectiveSizes, expected.effectiveSize, metric: "effective size", relative: 1e-9)
    fixture.expectOptionalScores(measures.efficiencies, expected.efficiency, metric: "efficiency", relative: 1e-9)
    fixture.expectOptionalScores(measures.hierarchies, expected.hierarchy, metric: "hierarchy", relative: 1e-9)
  }

  /// Expected: NetworkX 3.6.1 `effective_size(S, weight="weight")` without `nodes=` (its sparse branch). The
  /// dense formulas with m(j, q) divided by the intermediary q's largest mutual weight, instead of j's,
  /// reproduce it exactly: the cause of the difference is that normaliser (networkx/networkx pull request 8906).
  @Test(arguments: ["karate", "krackhardt_advice", "slack_houston_mentions", "edge_disconnected", "edge_self_loop"])
  func networkXSparseEffectiveSizeDividesByIntermediary(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let expected = try StructuralExpected.load(name)
    let reference = NaiveStructuralHoles(try fixture.graph(), normaliser: .intermediary)
    let sizes = (0 ..< fixture.nodeCount).map { reference.measures(of: $0).effectiveSize }
    fixture.expectOptionalScores(
      sizes, expected.effectiveSizeNetworkxSparse, metric: "effective size (NetworkX sparse)", relative: 1e-9)
  }

  /// By hand: 1 → 0 and 0 → 2 (weight 3). Node 0 has unconnected contacts with p = 1/4 and 3/4: constraint
  /// (1/4)² + (3/4)² = 0.625, effective size 2, efficiency 1; r = (1/16)/(0.625/2) = 0.2 and 1.8, so hierarchy
  /// (0.2 ln 0.2 + 1.8 ln 1.8) / (2 ln 2) (Burt 1992, p. 71). Nodes 1 and 2 have one contact: constraint 1.
  @Test func twoUnconnectedContactsByHand() {
    var builder = GraphBuilder(nodeCount: 3)
    builder.addEdge(from: 1, to: 0)
    builder.addEdge(from: 0, to: 2, weight: 3)
    let measures = builder.build().structuralHoleMeasures()
    let hierarchy = (0.2 * log(0.2) + 1.8 * log(1.8)) / (2 * log(2.0))
    #expect(measures.contactCounts == [2, 1, 1])
    #expect(isClose(measures.constraints[0] ?? .nan, 0.625, relative: 1e-15))
    #expect(measures.effectiveSizes[0] == 2 && measures.efficiencies[0] == 1)
    #expect(isClose(measures.hierarchies[0] ?? .nan, hierarchy, relative: 1e-12))
    #expect(measures.constraints[1] == 1 && measures.constraints[2] == 1)
    #expect(measures.hierarchies[1] == nil && measures.hierarchies[2] == nil)
  }

  /// Borgatti (1997): unweighted undirected ties give effective size n − 2t/n. Ego 0 with contacts 1, 2, 3
  /// and one tie 1–2 among them (all reciprocated, unit weights): 3 − 2/3.
  @Test func borgattiSimplificationForUnweightedTies() {
    let edges = [(0, 1), (0, 2), (0, 3), (1, 2)].flatMap { [($0.0, $0.1), ($0.1, $0.0)] }
    let measures = graph(nodeCount: 4, edges: edges).structuralHoleMeasures()
    #expect(isClose(measures.effectiveSizes[0] ?? .nan, 3 - 2.0 / 3, relative: 1e-14))
    #expect(isClose(measures.efficiencies[0] ?? .nan, (3 - 2.0 / 3) / 3, relative: 1e-14))
  }

  /// Directed ties are symmetrised by mutual weight: two graphs with the same w(u, v) + w(v, u) on every pair
  /// (one-way weight 2 against a reciprocated 1 + 1; 1 → 2 against 2 → 1) have the same measures.
  @Test func directedTiesSymmetrisedByMutualWeight() {
    var oneWay = GraphBuilder(nodeCount: 4)
    oneWay.addEdge(from: 0, to: 1, weight: 2)
    oneWay.addEdge(from: 1, to: 2)
    oneWay.addEdge(from: 0, to: 2)
    oneWay.addEdge(from: 3, to: 0, weight: 4)
    var mixed = GraphBuilder(nodeCount: 4)
    mixed.addEdge(from: 0, to: 1)
    mixed.addEdge(from: 1, to: 0)
    mixed.addEdge(from: 2, to: 1)
    mixed.addEdge(from: 2, to: 0)
    mixed.addEdge(from: 0, to: 3, weight: 1.5)
    mixed.addEdge(from: 3, to: 0, weight: 2.5)
    let first = oneWay.build().structuralHoleMeasures()
    let second = mixed.build().structuralHoleMeasures()
    for node in 0 ..< 4 {
      #expect(isClose(first.constraints[node] ?? .nan, second.constraints[node] ?? 0, relative: 1e-14))
      #expect(isClose(first.effectiveSizes[node] ?? .nan, second.effectiveSizes[node] ?? 0, relative: 1e-14))
      #expect(isClose(first.hierarchies[node] ?? -1, second.hierarchies[node] ?? -1, relative: 1e-14))
    }
  }

  /// A node whose only tie is incoming still has a contact (NetworkX's per-node branch would give NaN).
  @Test func neighbourLinkingOneWayIsAContact() {
    let measures = graph(nodeCount: 2, edges: [(0, 1)]).structuralHoleMeasures()
    #expect(measures.constraints == [1, 1] && measures.effectiveSizes == [1, 1] && measures.contactCounts == [1, 1])
  }

  /// Weights count: a star with weights 3 and 1 is more constrained (0.625) than the unweighted star (0.5).
  @Test func weightedDiffersFromUnweighted() {
    var weighted = GraphBuilder(nodeCount: 3)
    weighted.addEdge(from: 0, to: 1, weight: 3)
    weighted.addEdge(from: 0, to: 2)
    #expect(weighted.build().structuralHoleMeasures().constraints[0] == 0.625)
    #expect(graph(nodeCount: 3, edges: [(0, 1), (0, 2)]).structuralHoleMeasures().constraints[0] == 0.5)
  }

  /// Isolated nodes and nodes with only a self-loop have no contacts: every measure is nil, never NaN.
  @Test func isolatedAndSelfLoopOnlyNodesAreNil() {
    let measures = graph(nodeCount: 3, edges: [(1, 1)]).structuralHoleMeasures()
    #expect(measures.contactCounts == [0, 0, 0])
    #expect(measures.constraints == [nil, nil, nil] && measures.effectiveSizes == [nil, nil, nil])
    #expect(measures.efficiencies == [nil, nil, nil] && measures.hierarchies == [nil, nil, nil])
  }

  /// Self-loops are ignored (Burt's sums exclude j = i); NetworkX would count a loop as a contact of weight 2w.
  @Test func selfLoopsAreIgnored() {
    let plain = [(0, 1), (1, 2), (2, 0), (2, 3)]
    let looped = plain + [(0, 0), (2, 2)]
    let without = graph(nodeCount: 4, edges: plain).structuralHoleMeasures()
    let with = graph(nodeCount: 4, edges: looped).structuralHoleMeasures()
    #expect(without == with)
  }

  /// A contact whose share p(0, 2) = 10⁻³⁰⁰ / (10³⁰⁰ + 10⁻³⁰⁰) underflows to 0 still counts as a contact:
  /// two contacts, constraint ≈ 1 (all on node 1), effective size 2, finite hierarchy.
  @Test func underflowingShareStillCountsAsAContact() {
    var builder = GraphBuilder(nodeCount: 3)
    builder.addEdge(from: 0, to: 1, weight: 1e300)
    builder.addEdge(from: 0, to: 2, weight: 1e-300)
    let measures = builder.build().structuralHoleMeasures()
    #expect(measures.contactCounts[0] == 2 && measures.constraints[0] == 1 && measures.effectiveSizes[0] == 2)
    #expect(measures.hierarchies[0].map { $0.isFinite } == true)
  }

  /// Property on seeded random graphs: the sparse kernel agrees with Burt's formulas summed densely.
  @Test(arguments: [21, 22, 23, 24, 25, 26] as [UInt64])
  func randomGraphsMatchDenseFormulas(seed: UInt64) {
    let random = randomGraph(nodeCount: 30, edgeAttempts: 110, seed: seed)
    let measures = random.structuralHoleMeasures()
    let reference = NaiveStructuralHoles(random)
    for node in 0 ..< 30 {
      let expected = reference.measures(of: node)
      #expect(
        isClose(measures.constraints[node], expected.constraint, relative: 1e-12),
        "seed \(seed) node \(node) constraint \(String(describing: measures.constraints[node]))")
      #expect(
        isClose(measures.effectiveSizes[node], expected.effectiveSize, relative: 1e-12),
        "seed \(seed) node \(node) effective size \(String(describing: measures.effectiveSizes[node]))")
      #expect(
        isClose(measures.hierarchies[node], expected.hierarchy, relative: 1e-10),
        "seed \(seed) node \(node) hierarchy \(String(describing: measures.hierarchies[node]))")
    }
  }
}
