import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct ModularityTests {
  /// Expected: NetworkX `community.modularity(G, communities, weight="weight")` on the undirected projection
  /// (`Scripts/reference_communities.py`), for fixed, random and Louvain partitions; 1e-9 relative.
  @Test(arguments: ["karate", "krackhardt_advice", "random_weighted_300", "slack_houston_mentions"])
  func matchesNetworkX(name: String) throws {
    let reference = try CommunitiesFixture.load()
    let entry = try #require(reference.graphs.first { $0.name == name })
    let graph = try ReferenceFixture.load(name).graph()
    for partition in entry.partitions {
      let value = try graph.modularity(of: partition.membership)
      let expected = partition.networkxModularity
      let context = "\(name), \(partition.description): NetworkX \(reference.networkxVersion) gives \(expected)"
      #expect(isClose(value, expected, relative: 1e-9, absolute: 1e-15), "\(context), got \(value)")
    }
  }

  /// By hand (doc-comment example): two disjoint edges, each a community: 2 × (1/2 − (2/4)²) = 0.5.
  @Test func twoDisjointEdges() throws {
    #expect(try graph(nodeCount: 4, edges: [(0, 1), (2, 3)]).modularity(of: [7, 7, -1, -1]) == 0.5)
  }

  /// By hand: 0 ⇄ 1 (weights 1 and 2) and a loop 1 → 1 of weight 3. Projection: 0 – 1 weight 3, loop 3 on 1;
  /// m = 6, strengths 3 and 9. One community: Q = 6/6 − (12/12)² = 0. Split {0}, {1}: Q = (0 − (3/12)²) +
  /// (3/6 − (9/12)²) = −1/16 + 1/2 − 9/16 = −1/8.
  @Test func selfLoopCountsOnceInWeightTwiceInStrength() throws {
    var builder = GraphBuilder(nodeCount: 2)
    builder.addEdge(from: 0, to: 1, weight: 1)
    builder.addEdge(from: 1, to: 0, weight: 2)
    builder.addEdge(from: 1, to: 1, weight: 3)
    let looped = builder.build()
    #expect(isClose(try looped.modularity(of: [0, 0]), 0, relative: 0, absolute: 1e-15))
    #expect(isClose(try looped.modularity(of: [0, 1]), -0.125, relative: 1e-15))
  }

  @Test func edgelessGraphHasZeroModularity() throws {
    #expect(try InteractionGraph(nodeCount: 3).modularity(of: [0, 1, 1]) == 0)
  }

  @Test func wrongPartitionLengthThrows() {
    #expect(throws: CommunityError.partitionCountMismatch(nodeCount: 2, entryCount: 3)) {
      try graph(nodeCount: 2, edges: [(0, 1)]).modularity(of: [0, 0, 0])
    }
  }
}
