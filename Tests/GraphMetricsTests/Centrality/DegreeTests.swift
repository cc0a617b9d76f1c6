import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@Suite struct DegreeTests {
  /// Expected: NetworkX 3.6.1 `G.in_degree`, `G.out_degree`, and the same with weight="weight".
  @Test(arguments: ReferenceFixture.allNames)
  func degreesAndStrengthsMatchNetworkX(name: String) throws {
    let fixture = try ReferenceFixture.load(name)
    let graph = try fixture.graph()
    #expect(graph.inDegrees() == fixture.expected.inDegree, "graph '\(name)' in-degree")
    #expect(graph.outDegrees() == fixture.expected.outDegree, "graph '\(name)' out-degree")
    fixture.expectScores(graph.inStrengths().values, fixture.expected.inStrength, metric: "in-strength",
                         relative: 1e-12)
    fixture.expectScores(graph.outStrengths().values, fixture.expected.outStrength, metric: "out-strength",
                         relative: 1e-12)
  }

  /// By hand: a self-loop of weight 2 counts once in each degree and fully in each strength; repeated
  /// interactions merge into one edge (degree 1) whose weight is their sum.
  @Test func selfLoopAndRepeatedInteractions() {
    var builder = GraphBuilder(nodeCount: 2)
    builder.addEdge(from: 0, to: 0, weight: 2)
    builder.addEdge(from: 0, to: 1)
    builder.addEdge(from: 0, to: 1)
    let graph = builder.build()
    #expect(graph.outDegrees() == [2, 0] && graph.inDegrees() == [1, 1])
    #expect(graph.outStrengths().values == [4, 0] && graph.inStrengths().values == [2, 2])
  }
}
