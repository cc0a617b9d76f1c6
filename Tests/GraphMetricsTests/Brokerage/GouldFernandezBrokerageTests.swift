import Foundation
import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

/// Seeded random digraphs with groups and their brute-force brokerage, written by `Scripts/reference_brokerage.py`.
struct BrokerageFixture: Decodable, Sendable {
  struct Case: Decodable, Sendable {
    let name: String
    let nodeCount: Int
    let edges: [[Double]]
    let groups: [Int?]
    let density: Double
    let counts: [[String: Int]]
    let expected: [[String: Double]?]
    let standardDeviation: [[String: Double]?]
    let zScore: [[String: Double?]?]

    func graph() -> InteractionGraph {
      var builder = GraphBuilder(nodeCount: nodeCount)
      for edge in edges { builder.addEdge(from: Int(edge[0]), to: Int(edge[1]), weight: edge[2]) }
      return builder.build()
    }
  }

  let cases: [Case]

  static func load() throws -> BrokerageFixture {
    let name = "brokerage-random"
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
      throw FixtureError.missing(name: name)
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(BrokerageFixture.self, from: Data(contentsOf: url))
  }
}

private let roleKeys: [(BrokerageRole, String)] = [
  (.coordinator, "coordinator"), (.gatekeeper, "gatekeeper"), (.representative, "representative"),
  (.consultant, "consultant"), (.liaison, "liaison"),
]

@Suite struct GouldFernandezBrokerageTests {
  /// By hand. Groups A = {0, 1, 2}, B = {3, 4}, C = {5}, node 6 unknown; 1 also has a self-loop.
  ///
  ///     2 ⇄ 0 ──→ 1 ──→ 2        0 → 2 closes 0 → 1 → 2 (not counted)
  ///           3 ──→ 1 ──→ 4 ──→ 5
  ///           4 ──→ 3            6 ⇄ 1 (unknown group: every two-path through 6 is skipped)
  ///
  /// Open two-paths and roles: 2→0→1 (A A A) coordinator of 0; 1→2→0 (A A A) coordinator of 2;
  /// 0→1→4 (A A B) representative of 1; 3→1→2 (B A A) gatekeeper of 1; 3→1→4 (B A B) consultant of 1;
  /// 4→3→1 (B B A) representative of 3; 1→4→3 (A B B) gatekeeper of 4; 1→4→5 (A B C) liaison of 4.
  @Test func smallPartitionByHand() throws {
    let edges = [(0, 1), (3, 1), (1, 2), (1, 4), (0, 2), (2, 0), (4, 3), (4, 5), (6, 1), (1, 6), (1, 1)]
    let analysis = try graph(nodeCount: 7, edges: edges).brokerageRoles(groups: [0, 0, 0, 1, 1, 2, nil])
    func counts(_ values: [BrokerageRole: Int]) -> BrokerageRoleCounts {
      var counts = BrokerageRoleCounts()
      for (role, value) in values { counts[role] = value }
      return counts
    }
    let expected = [
      counts([.coordinator: 1]), counts([.representative: 1, .gatekeeper: 1, .consultant: 1]),
      counts([.coordinator: 1]), counts([.representative: 1]), counts([.gatekeeper: 1, .liaison: 1]),
      counts([:]), counts([:]),
    ]
    #expect(analysis.counts == expected)
    #expect(analysis.density == 10.0 / 42.0)  // 10 non-loop edges among 7 nodes
    #expect(analysis.groupIDs == [0, 1, 2] && analysis.groupSizes == [3, 2, 1])
    #expect(analysis.moments(of: .coordinator, node: 6) == nil && analysis.zScore(of: .liaison, node: 6) == nil)
  }

  /// By hand: sna's coordinator moments for a broker in a group of 3 among N = 6 known nodes, d = 10/42:
  /// M = 2·1 = 2 pairs, no two sharing an edge would need a third member (C = 2·2·1·0 = 0), so
  /// E = 2 p and Var = 2 p (1 − p) with p = d²(1 − d).
  @Test func coordinatorMomentsByHand() throws {
    let edges = [(0, 1), (3, 1), (1, 2), (1, 4), (0, 2), (2, 0), (4, 3), (4, 5), (6, 1), (1, 6)]
    let analysis = try graph(nodeCount: 7, edges: edges).brokerageRoles(groups: [0, 0, 0, 1, 1, 2, nil])
    let density = 10.0 / 42.0
    let path = density * density * (1 - density)
    let moments = try #require(analysis.moments(of: .coordinator, node: 0))
    #expect(isClose(moments.expected, 2 * path, relative: 1e-14))
    #expect(isClose(moments.standardDeviation, (2 * path * (1 - path)).squareRoot(), relative: 1e-14))
  }

  /// Expected: `Scripts/reference_brokerage.py` (brute-force NetworkX triple loop; sna null model by
  /// enumeration, checked there against sna's closed form). Counts exact; moments and z to 1e-12 relative.
  @Test func randomGraphsMatchBruteForce() throws {
    for fixtureCase in try BrokerageFixture.load().cases {
      let graph = fixtureCase.graph()
      let analysis = try graph.brokerageRoles(groups: fixtureCase.groups, parallelism: .workers(3))
      #expect(analysis == (try graph.brokerageRoles(groups: fixtureCase.groups, parallelism: .serial)))
      #expect(analysis.density == fixtureCase.density, "\(fixtureCase.name)")
      for node in 0 ..< fixtureCase.nodeCount {
        let label = "\(fixtureCase.name) node \(node)"
        for (role, key) in roleKeys {
          #expect(analysis.counts[node][role] == fixtureCase.counts[node][key], "\(label) \(key)")
          let moments = analysis.moments(of: role, node: node)
          let expected = fixtureCase.expected[node]?[key]
          let deviation = fixtureCase.standardDeviation[node]?[key]
          #expect((moments == nil) == (expected == nil), "\(label) \(key) moments")
          if let moments, let expected, let deviation {
            #expect(isClose(moments.expected, expected, relative: 1e-12), "\(label) \(key) expected")
            #expect(isClose(moments.standardDeviation, deviation, relative: 1e-12), "\(label) \(key) sd")
          }
          expectSame(analysis.zScore(of: role, node: node), fixtureCase.zScore[node]?[key] ?? nil, "\(label) \(key)")
        }
        expectSame(analysis.totalZScore(node: node), fixtureCase.zScore[node]?["total"] ?? nil, "\(label) total")
      }
    }
  }

  /// Identity: the five roles partition the candidate pairs, so their expectations sum to the total's.
  @Test func roleExpectationsSumToTotal() throws {
    for fixtureCase in try BrokerageFixture.load().cases {
      let analysis = try fixtureCase.graph().brokerageRoles(groups: fixtureCase.groups)
      for moments in analysis.groupMoments {
        let sum = moments.roles.reduce(0.0) { $0 + $1.expected }
        #expect(isClose(sum, moments.total.expected, relative: 1e-12), "\(fixtureCase.name)")
      }
    }
  }

  /// Differential: the kernel against a naive triple loop over `weight(from:to:)`, on seeded graphs dense
  /// enough (hubs with dozens of out-edges) to exercise the galloping search; two groups unknown per graph.
  @Test func denseRandomGraphsMatchNaiveTripleLoop() throws {
    for seed in UInt64(0) ..< 4 {
      let random = randomGraph(nodeCount: 60, edgeAttempts: 900 + 300 * Int(seed), seed: seed)
      let groups: [Int?] = (0 ..< 60).map { $0 % 17 == 5 ? nil : ($0 * 7 + Int(seed)) % 4 }
      let analysis = try random.brokerageRoles(groups: groups, parallelism: .workers(2))
      var expected = Array(repeating: BrokerageRoleCounts(), count: 60)
      for broker in 0 ..< 60 {
        for source in 0 ..< 60 where source != broker && random.weight(from: source, to: broker) > 0 {
          for target in 0 ..< 60 where target != broker && target != source {
            guard random.weight(from: broker, to: target) > 0, random.weight(from: source, to: target) == 0,
              let sourceGroup = groups[source], let brokerGroup = groups[broker], let targetGroup = groups[target]
            else { continue }
            let role: BrokerageRole =
              sourceGroup == brokerGroup
              ? (brokerGroup == targetGroup ? .coordinator : .representative)
              : (brokerGroup == targetGroup ? .gatekeeper : (sourceGroup == targetGroup ? .consultant : .liaison))
            expected[broker][role] += 1
          }
        }
      }
      #expect(analysis.counts == expected, "seed \(seed)")
    }
  }

  /// The doc-comment example: 0 → 1 → 2 with groups [0, 0, 1] makes node 1 a representative.
  @Test func docExample() throws {
    let analysis = try graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).brokerageRoles(groups: [0, 0, 1])
    #expect(analysis.counts[1].representative == 1 && analysis.counts[1].total == 1)
  }

  @Test func wrongGroupCountThrows() {
    #expect(throws: BrokerageError.groupCountMismatch(nodeCount: 3, groupCount: 2)) {
      try graph(nodeCount: 3, edges: [(0, 1)]).brokerageRoles(groups: [0, 1])
    }
  }

  @Test func emptyAndTinyGraphsHaveNoBrokerageAndNoZScores() throws {
    #expect(try InteractionGraph(nodeCount: 0).brokerageRoles(groups: []).counts.isEmpty)
    let pair = try graph(nodeCount: 2, edges: [(0, 1), (1, 0)]).brokerageRoles(groups: [0, 0])
    #expect(pair.counts == [BrokerageRoleCounts(), BrokerageRoleCounts()])
    #expect(pair.zScore(of: .coordinator, node: 0) == nil)  // M = 0: no deviation
  }
}

private func expectSame(
  _ actual: Double?, _ expected: Double?, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  switch (actual, expected) {
  case (nil, nil): return
  case (let actual?, let expected?):
    #expect(isClose(actual, expected, relative: 1e-10), "\(label) z", sourceLocation: sourceLocation)
  default:
    Issue.record("\(label) z: got \(String(describing: actual)), expected \(String(describing: expected))",
                 sourceLocation: sourceLocation)
  }
}
