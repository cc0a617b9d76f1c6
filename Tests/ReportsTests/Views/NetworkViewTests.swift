import DOT
import OrgAnalysis
import Reports
import Testing

@Suite struct NetworkViewTests {
  /// a → H 5, a → b 1, a → c 2, b → H 3, b → c 1, c → H 2, H → a 1, d → a 1.
  ///
  /// NetworkX 3.6.1 `pagerank(alpha=0.85, weight="weight")`: H 0.3874, a 0.3848, c 0.1268, b 0.0709, d 0.0300.
  private static let ties: [AnalysisFixtures.Tie] = [
    .init(source: "a", target: "H", count: 5), .init(source: "a", target: "b", count: 1),
    .init(source: "a", target: "c", count: 2), .init(source: "b", target: "H", count: 3),
    .init(source: "b", target: "c", count: 1), .init(source: "c", target: "H", count: 2),
    .init(source: "H", target: "a", count: 1), .init(source: "d", target: "a", count: 1),
  ]

  private func edges(_ graph: DOTGraph) -> Set<String> { Set(graph.edges.map { "\($0.source)->\($0.target)" }) }

  @Test func keepsTheTopPeopleByPageRank() {
    let analysis = AnalysisFixtures.analysis(ties: Self.ties)
    #expect(NetworkView(top: 4).graph(analysis).nodes.map(\.id) == ["H", "a", "c", "b"])
    #expect(NetworkView(top: 2).graph(analysis).nodes.map(\.id) == ["H", "a"])
    #expect(NetworkView(top: 50).graph(analysis).nodes.count == 5)
  }

  @Test func edgesOnlyJoinShownPeople() {
    let graph = NetworkView(top: 2).graph(AnalysisFixtures.analysis(ties: Self.ties))
    #expect(edges(graph) == ["a->H", "H->a"])
  }

  @Test func keepsEachPersonsStrongestOutgoingAndIncomingTies() {
    let graph = NetworkView(top: 4, tiesPerPerson: 1).graph(AnalysisFixtures.analysis(ties: Self.ties))
    // Strongest out-ties among the shown: a → H, b → H, c → H, H → a. Strongest in-ties: b ← a,
    // c ← a (2 beats b → c's 1). b → c is neither, so it is left out.
    #expect(edges(graph) == ["a->H", "b->H", "c->H", "H->a", "a->b", "a->c"])
  }

  @Test func moreTiesPerPersonKeepsWeakerOutgoingTies() {
    let graph = NetworkView(top: 4, tiesPerPerson: 2).graph(AnalysisFixtures.analysis(ties: Self.ties))
    #expect(edges(graph).contains("b->c"))
  }

  @Test func largerPageRankDrawsLargerNodes() {
    let graph = NetworkView(top: 4).graph(AnalysisFixtures.analysis(ties: Self.ties))
    let widths = graph.nodes.map { node in
      node.attributes.compactMap { attribute -> Double? in
        if case .width(let width) = attribute { return width }
        return nil
      }.first ?? 0
    }
    #expect(widths.first == 1.0)  // the largest PageRank: 0.15 + 0.85 × √1
    #expect(widths == widths.sorted(by: >))
  }

  @Test func smallPicturesUseNeato() {
    let analysis = AnalysisFixtures.analysis(ties: Self.ties)
    #expect(NetworkView().engineName(for: analysis) == "neato")
  }
}
