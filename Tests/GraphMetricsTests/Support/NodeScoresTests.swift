import GraphMetrics
import Testing

@Suite struct NodeScoresTests {
  /// By hand: descending score, ties by ascending node index.
  @Test func rankingBreaksTiesByNodeIndex() {
    let scores = NodeScores([0.5, 2, 2, 1])
    #expect(scores.ranking() == [1, 2, 3, 0])
    #expect(scores.top(2) == [RankedNode(node: 1, score: 2), RankedNode(node: 2, score: 2)])
    #expect(scores.top(10).count == 4)
    #expect(scores.maximum == RankedNode(node: 1, score: 2))
  }

  @Test func emptyScoresHaveNoMaximum() {
    #expect(NodeScores([]).maximum == nil && NodeScores([]).ranking().isEmpty)
  }
}
