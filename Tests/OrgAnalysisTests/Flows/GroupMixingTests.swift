import InteractionGraph
import SeededRandom
import Testing

@testable import OrgAnalysis

@Suite struct GroupMixingTests {
  /// Two groups of ten that talk almost only inside: the E-I index is far below what shuffled labels give.
  @Test func permutationTestDetectsInwardTalk() {
    var builder = GraphBuilder(nodeCount: 20)
    for node in 0..<20 {
      let base = node < 10 ? 0 : 10
      builder.addEdge(from: node, to: base + (node + 1) % 10, weight: 3)
      builder.addEdge(from: node, to: base + (node + 3) % 10)
    }
    builder.addEdge(from: 0, to: 10)
    let groups: [String?] = (0..<20).map { $0 < 10 ? "a" : "b" }
    let mixing = GroupMixing(graph: builder.build(), attribute: "department", groupOfNode: groups, permutations: 999)
    // E = 1, I = 80: (1 − 80) / 81.
    #expect(mixing.eiIndex == (1.0 - 80.0) / 81.0)
    #expect((mixing.eiPValue ?? 1) <= 0.01)
  }

  @Test func permutationTestIsSeededAndUnremarkableForRandomLabels() {
    var generator = SplitMix64(seed: 7)
    var builder = GraphBuilder(nodeCount: 60)
    for _ in 0..<400 {
      let source = Int.random(in: 0..<60, using: &generator)
      let target = Int.random(in: 0..<60, using: &generator)
      if source != target { builder.addEdge(from: source, to: target) }
    }
    let graph = builder.build()
    let groups: [String?] = (0..<60).map { ["x", "y", "z"][$0 % 3] }
    let first = GroupMixing(graph: graph, attribute: "department", groupOfNode: groups, permutations: 500, seed: 3)
    let again = GroupMixing(graph: graph, attribute: "department", groupOfNode: groups, permutations: 500, seed: 3)
    #expect(first.eiPValue == again.eiPValue)
    #expect((first.eiPValue ?? 0) > 0.05)
  }

  @Test func noGroupWeightGivesNoIndex() {
    let mixing = GroupMixing(
      graph: InteractionGraph(nodeCount: 3), attribute: "department", groupOfNode: ["a", "b", nil])
    #expect(mixing.eiIndex == nil && mixing.eiPValue == nil)
    #expect(mixing.perGroup.map(\.eiIndex) == [nil, nil])
  }
}
