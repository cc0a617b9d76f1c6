import InteractionGraph
import Testing

@testable import OrgAnalysis

/// Small cases worked out by hand from the definitions on `ReportingTree`, `TreeDistance`, `spearmanCorrelation`,
/// `nominalAssortativity` and `LevelFlow.answersMost`.
@Suite struct HierarchyDefinitionTests {
  /// Chart entries: 0 CEO (root); 1, 2 report to 0; 3, 4 report to 1; 5 reports to 2; 6 reports to 3;
  /// 7's manager is not in the chart (manager index nil, not a root); 8 and 9 manage each other (a cycle).
  static let tree = ReportingTree(
    managerOfEntry: [nil, 0, 0, 1, 1, 2, 3, nil, 9, 8],
    isRoot: [true, false, false, false, false, false, false, false, false, false])

  @Test func treeMembersAndDepths() {
    #expect(Self.tree.depth == [0, 1, 1, 2, 2, 2, 3, nil, nil, nil])
    #expect(Self.tree.manager == [nil, 0, 0, 1, 1, 2, 3, nil, nil, nil])
  }

  /// Hand-checked relations: 3→1 own manager; 1→3 own report; 3→4 peers; 6→1, 0→6, 6→0 skip-level (2 and 3
  /// steps); 3→5, 6→4, 1→2's child 5 across branches; 1→2 peers under the CEO; anything with 7, 8 or 9 excluded.
  @Test func handCheckedTreeDistance() {
    let cases: [(Int, Int, TreeRelation?)] = [
      (3, 1, .manager), (1, 3, .directReport), (3, 4, .peer), (1, 2, .peer), (6, 1, .skipLevel),
      (0, 6, .skipLevel), (6, 0, .skipLevel), (3, 5, .acrossBranches), (6, 4, .acrossBranches),
      (1, 5, .acrossBranches), (7, 0, nil), (0, 8, nil), (8, 9, nil),
    ]
    for (source, target, relation) in cases {
      #expect(Self.tree.relation(from: source, to: target) == relation, "\(source) → \(target)")
    }
    // Nodes 0…5 are entries 3, 1, 4, 6, 0, 7; weights 2 (to manager), 3 (peer), 5 (skip), 7 (across), 11 (excluded).
    var builder = GraphBuilder(nodeCount: 6)
    for (source, target, weight) in [(0, 1, 2.0), (0, 2, 3.0), (3, 4, 5.0), (3, 2, 7.0), (5, 4, 11.0)] {
      builder.addEdge(from: source, to: target, weight: weight)
    }
    let distance = TreeDistance(graph: builder.build(), tree: Self.tree, memberOfNode: [3, 1, 4, 6, 0, 7])
    #expect(distance.weights == [.manager: 2, .directReport: 0, .peer: 3, .skipLevel: 5, .acrossBranches: 7])
    #expect(distance.includedWeight == 17 && distance.excludedWeight == 11)
    #expect(distance.share(.acrossBranches) == 7.0 / 17)
  }

  /// A chart where nobody has a manager has no reporting lines: nobody is a member.
  @Test func chartWithoutManagersHasNoMembers() {
    let tree = ReportingTree(managerOfEntry: [nil, nil], isRoot: [true, true])
    #expect(tree.relation(from: 0, to: 1) == nil)
  }

  /// x = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4; y = 10, 30, 20, 40 → 1, 3, 2, 4. Pearson of the ranks:
  /// deviations (−1.5, 0, 0, 1.5) and (−1.5, 0.5, −0.5, 1.5): 4.5 / √(4.5 · 5) = 0.9486832980505138
  /// (also `scipy.stats.spearmanr([1,2,2,3],[10,30,20,40])`).
  @Test func spearmanUsesAverageRanksForTies() throws {
    let value = try #require(spearmanCorrelation([1, 2, 2, 3], [10, 30, 20, 40]))
    #expect(abs(value - 0.9486832980505138) < 1e-15)
    #expect(spearmanCorrelation([1, 1, 1], [1, 2, 3]) == nil)
    #expect(spearmanCorrelation([1], [1]) == nil)
    // Values equal to 9 significant digits tie.
    #expect(averageRanks([0.5, 0.5 + 1e-12, 0.7], tieTolerance: 1e-9) == [1.5, 1.5, 3])
  }

  /// e = [[0.4, 0.1], [0.1, 0.4]]: a = b = (0.5, 0.5), Σab = 0.5, trace 0.8 → (0.8 − 0.5) / 0.5 = 0.6.
  /// One category only divides by zero in NetworkX: `nil`.
  @Test func nominalAssortativityByHand() throws {
    #expect(abs(try #require(nominalAssortativity([[4, 1], [1, 4]])) - 0.6) < 1e-15)
    #expect(nominalAssortativity([[3]]) == nil)
    #expect(nominalAssortativity([[0, 0], [0, 0]]) == nil)
  }

  /// Levels 0 (node 0) and 1 (nodes 1, 2): 1→0 weight 3, 2→0 weight 1, 2→1 weight 4, 0→1 weight 2.
  /// Matrix [[0, 2], [4, 4]]; row 1: shares 0.5 / 0.5 (tie: level 0 listed first); lifts 4/(8·4/10) = 1.25 and
  /// 4/(8·6/10) = 0.8333: level 0. Row 0 sends only to level 1 (lift 2/(2·6/10) = 1.6667 against 0, share 1).
  @Test func answersMostByHand() {
    var builder = GraphBuilder(nodeCount: 3)
    for (source, target, weight) in [(1, 0, 3.0), (2, 0, 1.0), (2, 1, 4.0), (0, 1, 2.0)] {
      builder.addEdge(from: source, to: target, weight: weight)
    }
    let answers = LevelFlow(graph: builder.build(), rankOfNode: [0, 1, 1], bands: nil).answersMost
    #expect(answers.map(\.level) == ["0", "1"])
    #expect(answers[0].highestLift?.level == "1" && answers[0].highestShare == .init(level: "1", value: 1))
    #expect(answers[1].highestLift?.level == "0")
    #expect(abs((answers[1].highestLift?.value ?? 0) - 1.25) < 1e-12)
    #expect(answers[1].highestShare == .init(level: "0", value: 0.5))
  }
}
