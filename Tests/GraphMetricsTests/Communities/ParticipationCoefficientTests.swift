import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct ParticipationCoefficientTests {
  /// By hand. Modules A = {0, 1, 2}, B = {3, 4}, C = {5}; node 6 isolated; edges (projection weights):
  /// 0 → 1 (1), 2 → 0 (3) and 0 → 2 (1) so 0 – 2 weighs 4, 0 → 3 (2), 5 → 0 (2), 3 → 4 (1), 4 → 4 (5, loop).
  /// Node 0: strengths to A 1 + 4 = 5, B 2, C 2, total 9: P = 1 − (25 + 4 + 4)/81 = 48/81;
  /// by degree: A 2, B 1, C 1 of 4: P = 1 − (4 + 1 + 1)/16 = 10/16.
  /// Node 3: A 2, B 1 of 3: P = 1 − (4 + 1)/9 = 4/9; by degree 1 − (1 + 1)/4 = 1/2.
  /// Node 4: only 3 (the loop is ignored): P = 0. Nodes 1, 2, 5: one neighbour each: P = 0. Node 6: 0.
  @Test func smallPartitionByHand() throws {
    var builder = GraphBuilder(nodeCount: 7)
    for (source, target, weight) in [(0, 1, 1.0), (2, 0, 3), (0, 2, 1), (0, 3, 2), (5, 0, 2), (3, 4, 1), (4, 4, 5)] {
      builder.addEdge(from: source, to: target, weight: weight)
    }
    let graph = builder.build()
    let modules = [0, 0, 0, 1, 1, 2, 3]
    let byStrength = try graph.participationCoefficients(modules: modules).values
    let byDegree = try graph.participationCoefficients(modules: modules, counting: .degree).values
    let expectedStrength = [48.0 / 81, 0, 0, 4.0 / 9, 0, 0, 0]
    let expectedDegree = [10.0 / 16, 0, 0, 0.5, 0, 0, 0]
    #expect(mismatches(byStrength, expectedStrength, relative: 1e-14).isEmpty, "\(byStrength)")
    #expect(mismatches(byDegree, expectedDegree, relative: 1e-14).isEmpty, "\(byDegree)")
  }

  /// By hand (doc-comment example): 0 – 1 weight 1 (module 0) and 0 – 2 weight 3 (module 1).
  @Test func docExample() throws {
    var builder = GraphBuilder(nodeCount: 3)
    builder.addEdge(from: 0, to: 1)
    builder.addEdge(from: 2, to: 0, weight: 3)
    let graph = builder.build()
    #expect(try graph.participationCoefficients(modules: [0, 0, 1])[0] == 0.375)
    #expect(try graph.participationCoefficients(modules: [0, 0, 1], counting: .degree)[0] == 0.5)
  }

  /// Identity: with every node in its own module, P_i = 1 − Σ_j (w_ij / s_i)²; with one module, P = 0.
  @Test func extremePartitions() throws {
    let random = randomGraph(nodeCount: 40, edgeAttempts: 150, seed: 11)
    let together = try random.participationCoefficients(modules: Array(repeating: 5, count: 40)).values
    #expect(together.allSatisfy { $0 == 0 })
    let apart = try random.participationCoefficients(modules: Array(0 ..< 40), counting: .degree).values
    for node in 0 ..< 40 {
      let neighbours = Set(random.outEdges(of: node).map { Int(random.outTargets[$0]) })
        .union(random.inEdges(of: node).map { Int(random.inSources[$0]) }).subtracting([node])
      let expected = neighbours.isEmpty ? 0 : 1 - 1 / Double(neighbours.count)
      #expect(isClose(apart[node], expected, relative: 1e-12), "seed 11 node \(node)")
    }
  }

  @Test func wrongModuleCountThrows() {
    #expect(throws: CommunityError.partitionCountMismatch(nodeCount: 2, entryCount: 1)) {
      try graph(nodeCount: 2, edges: [(0, 1)]).participationCoefficients(modules: [0])
    }
  }
}
