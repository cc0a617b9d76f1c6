import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct LeidenTests {
  /// Expected: igraph `community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)`
  /// over seeds 0-9 (`Scripts/reference_communities.py`). Eight trials must reach 99 % of igraph's best run,
  /// and the single default run 99 % of igraph's worst run.
  @Test(arguments: ["karate", "krackhardt_advice", "random_weighted_300", "slack_houston_mentions"])
  func modularityWithinOnePercentOfIgraph(name: String) throws {
    let reference = try CommunitiesFixture.load()
    let entry = try #require(reference.graphs.first { $0.name == name })
    let graph = try ReferenceFixture.load(name).graph()
    let best = graph.leidenCommunities(seed: 0, trials: 8)
    let single = graph.leidenCommunities()
    let igraph = entry.igraphLeiden
    #expect(best.modularity >= 0.99 * igraph.best, "\(name): Q = \(best.modularity), igraph best \(igraph.best)")
    let worst = igraph.modularity.min() ?? 0
    #expect(single.modularity >= 0.99 * worst, "\(name): Q = \(single.modularity), igraph worst run \(worst)")
    #expect(isClose(best.modularity, try graph.modularity(of: best.communityOfNode), relative: 1e-12))
  }

  /// Leiden's guarantee: every community induces a connected subgraph of the undirected projection.
  @Test(arguments: ["karate", "random_weighted_300", "slack_houston_mentions"])
  func communitiesAreConnected(name: String) throws {
    let graph = try ReferenceFixture.load(name).graph()
    for seed in UInt64(0) ..< 4 {
      let partition = graph.leidenCommunities(seed: seed)
      for members in partition.members() {
        #expect(isConnected(members, in: graph), "\(name) seed \(seed): community \(members) is disconnected")
      }
      #expect(graph.leidenCommunities(seed: seed) == partition, "\(name) seed \(seed): not deterministic")
    }
  }

  /// By hand (doc-comment example): Q = 2 (3/7 − (7/14)²) = 5/14.
  @Test func twoTrianglesSplit() {
    let edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]
    for seed in UInt64(0) ..< 5 {
      let partition = graph(nodeCount: 6, edges: edges).leidenCommunities(seed: seed)
      #expect(partition.communityOfNode == [0, 0, 0, 1, 1, 1], "seed \(seed)")
      #expect(isClose(partition.modularity, 5.0 / 14.0, relative: 1e-12), "seed \(seed)")
    }
  }

  @Test func graphsWithoutEdgesGiveSingletons() {
    #expect(InteractionGraph(nodeCount: 0).leidenCommunities().count == 0)
    let isolated = InteractionGraph(nodeCount: 3).leidenCommunities()
    #expect(isolated.communityOfNode == [0, 1, 2] && isolated.modularity == 0)
  }
}

/// Whether `members` are connected using edges among themselves, in either direction.
private func isConnected(_ members: [Int], in graph: InteractionGraph) -> Bool {
  let memberSet = Set(members)
  guard let first = members.first else { return true }
  var seen: Set<Int> = [first]
  var stack = [first]
  while let node = stack.popLast() {
    let around = graph.outEdges(of: node).map { Int(graph.outTargets[$0]) }
      + graph.inEdges(of: node).map { Int(graph.inSources[$0]) }
    for neighbour in around where memberSet.contains(neighbour) && !seen.contains(neighbour) {
      seen.insert(neighbour)
      stack.append(neighbour)
    }
  }
  return seen.count == members.count
}
