import Foundation
import GraphMetrics
import InteractionGraph
import TestSupport
import Testing

@testable import OrgAnalysis

/// Hierarchy figures against `Scripts/reference_hierarchy.py` (fixtures `hierarchy-*.json`), which computes them
/// independently with NetworkX 3.6.1 (`attribute_mixing_matrix` and `attribute_assortativity_coefficient` on a
/// weight-expanded MultiDiGraph, `flow_hierarchy`, `pagerank`, `hits`), SciPy 1.17.1 `spearmanr`, and plain Python
/// for tree distance, E-I indices and a 20,000-shuffle (Krackhardt) / 2,000-shuffle (email-Eu-core) permutation
/// test. Both sides read the raw files of `../shared/data`.
@Suite struct HierarchyReferenceTests {
  struct Fixture: Decodable {
    struct Target: Decodable {
      var level: String
      var lift: Double?
      var share: Double?
    }
    struct Preference: Decodable {
      var level: String
      var highestLift: Target?
      var highestShare: Target?
    }
    struct Group: Decodable {
      var name: String
      var internalWeight, externalWeight: Double
      var eiIndex: Double?
    }
    struct EI: Decodable {
      var order: [String]
      var eiIndex: Double
      var eiPValue: Double
      var permutations: Int
      var perGroup: [Group]
    }
    struct Tree: Decodable {
      var weights: [String: Double]
      var includedWeight, excludedWeight: Double
    }
    struct Correlation: Decodable { var pagerank, authority: Double }
    struct Leader: Decodable {
      var node, rank: Int
      var pagerank: Double
    }
    var nodeCount: Int
    var ranks: [Int]?
    var departments: [String]?
    var managers: [Int?]?
    var answersMost: [Preference]?
    var levelAssortativity: Double?
    var departmentAssortativity: Double
    var departmentEi: EI
    var treeDistance: Tree?
    var flowHierarchy: Double
    var pagerank: [Double]?
    var authority: [Double]?
    var rankCorrelation: Correlation?
    var informalLeaders: [Leader]?
    var edgeCount: Int?
    var totalWeight: Double?
  }

  static func load(_ name: String) throws -> Fixture {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/hierarchy-\(name)", withExtension: "json"))
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Fixture.self, from: Data(contentsOf: url))
  }

  /// Whitespace- or comma-separated integer pairs, one per line; lines that are not two integers (a header) skipped.
  static func pairs(_ url: URL) throws -> [(Int, Int)] {
    try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
      let fields = line.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
      return fields.count == 2 ? (fields[0], fields[1]) : nil
    }
  }

  /// The graph of `pairs` without self-loops; a repeated pair adds 1 to the weight.
  static func graph(nodeCount: Int, _ pairs: [(Int, Int)]) -> InteractionGraph {
    var builder = GraphBuilder(nodeCount: nodeCount)
    for (source, target) in pairs where source != target { builder.addEdge(from: source, to: target) }
    return builder.build()
  }

  static func krackhardt() throws -> (Fixture, InteractionGraph) {
    let fixture = try load("krackhardt-advice")
    let edges = try pairs(TestPaths.sharedData("krackhardt-hightech/ht_advice_edges.csv"))
    return (fixture, graph(nodeCount: fixture.nodeCount, edges))
  }

  @Test func krackhardtAnswersMostAndAssortativity() throws {
    let (fixture, graph) = try Self.krackhardt()
    let flow = LevelFlow(graph: graph, rankOfNode: try #require(fixture.ranks), bands: nil)
    let expected = try #require(fixture.answersMost)
    let actual = flow.answersMost
    #expect(actual.map(\.level) == expected.map(\.level))
    #expect(actual.map { $0.highestLift?.level } == expected.map { $0.highestLift?.level })
    #expect(actual.map { $0.highestShare?.level } == expected.map { $0.highestShare?.level })
    expectClose(actual.compactMap { $0.highestLift?.value }, expected.compactMap { $0.highestLift?.lift })
    expectClose(actual.compactMap { $0.highestShare?.value }, expected.compactMap { $0.highestShare?.share })
    expectClose([flow.assortativity ?? .nan], [fixture.levelAssortativity ?? .nan])
    let departments = try #require(fixture.departments)
    let mixing = GroupMixing(graph: graph, attribute: "department", groupOfNode: departments, permutations: 0)
    expectClose([mixing.assortativity ?? .nan], [fixture.departmentAssortativity])
  }

  @Test func krackhardtTreeDistanceFromReportsToEdges() throws {
    let (fixture, graph) = try Self.krackhardt()
    let managers = try #require(fixture.managers)
    let tree = ReportingTree(managerOfEntry: managers, isRoot: managers.map { $0 == nil })
    let distance = TreeDistance(graph: graph, tree: tree, memberOfNode: Array(0 ..< fixture.nodeCount))
    let expected = try #require(fixture.treeDistance)
    let names: [TreeRelation: String] = [
      .manager: "manager", .directReport: "direct_report", .peer: "peer", .skipLevel: "skip_level",
      .acrossBranches: "across",
    ]
    for relation in TreeRelation.allCases {
      #expect(distance.weights[relation] == expected.weights[names[relation] ?? ""], "\(relation)")
    }
    #expect(distance.includedWeight == expected.includedWeight)
    #expect(distance.excludedWeight == expected.excludedWeight)
  }

  /// PageRank and authority are NetworkX's own (fixture), so the correlation and leaders test the definitions;
  /// Crosstalk's precise PageRank is checked to give the same leaders.
  @Test func krackhardtFormalAgainstInformalHierarchy() throws {
    let (fixture, graph) = try Self.krackhardt()
    let ranks = try #require(fixture.ranks).map { Optional($0) }
    let flows = HierarchyFlows(
      graph: graph, rankOfNode: ranks, pagerank: try #require(fixture.pagerank),
      authority: try #require(fixture.authority), tree: nil, memberOfNode: [])
    let correlation = try #require(fixture.rankCorrelation)
    expectClose([flows.pagerankCorrelation ?? .nan, flows.authorityCorrelation ?? .nan],
                [correlation.pagerank, correlation.authority])
    #expect(flows.flowHierarchy == fixture.flowHierarchy)
    let leaders = try #require(fixture.informalLeaders)
    #expect(flows.informalLeaders.map(\.node) == leaders.map(\.node))
    #expect(flows.informalLeaders.map(\.rank) == leaders.map(\.rank))
    let own = HierarchyFlows(
      graph: graph, rankOfNode: ranks, pagerank: graph.pageRank(options: .precise).scores.values,
      authority: graph.hubsAndAuthorities().authorities.values, tree: nil, memberOfNode: [])
    #expect(own.informalLeaders.map(\.node) == leaders.map(\.node))
    expectClose([own.pagerankCorrelation ?? .nan, own.authorityCorrelation ?? .nan],
                [correlation.pagerank, correlation.authority])
  }

  @Test func krackhardtDepartmentEIWithPermutationTest() throws {
    let (fixture, graph) = try Self.krackhardt()
    let departments = try #require(fixture.departments)
    let mixing = GroupMixing(graph: graph, attribute: "department", groupOfNode: departments, permutations: 1000)
    // E-I takes few distinct values here, so where the mean-centred cut falls moves one run's p-value a lot
    // (Python, 1,000 shuffles, seeds 0–11: 0.405 … 0.541). One run within 0.15, the mean of ten seeds within 0.05.
    expectEI(mixing, fixture.departmentEi, pValueTolerance: 0.15)
    let pValues = (1 ... 10).compactMap { seed in
      GroupMixing(graph: graph, attribute: "department", groupOfNode: departments, permutations: 1000,
                  seed: UInt64(seed)).eiPValue
    }
    let mean = pValues.reduce(0, +) / Double(pValues.count)
    #expect(abs(mean - fixture.departmentEi.eiPValue) <= 0.05, "mean p \(mean) of \(pValues)")
  }

  @Test func emailEuCoreDepartmentsEIAssortativityAndFlowHierarchy() throws {
    let fixture = try Self.load("email-eu-core")
    let base = TestPaths.sharedData("email-eu-core")
    let labels = try Self.pairs(base.appendingPathComponent("email-Eu-core-department-labels.txt"))
    #expect(labels.count == fixture.nodeCount)
    var department: [String?] = Array(repeating: nil, count: fixture.nodeCount)
    for (node, label) in labels { department[node] = String(label) }
    let graph = Self.graph(
      nodeCount: fixture.nodeCount, try Self.pairs(base.appendingPathComponent("email-Eu-core.txt")))
    #expect(graph.edgeCount == fixture.edgeCount && graph.totalWeight == fixture.totalWeight)
    let mixing = GroupMixing(graph: graph, attribute: "department", groupOfNode: department, permutations: 1000)
    expectEI(mixing, fixture.departmentEi, pValueTolerance: 0.002)  // no shuffle comes near: 1/(n+1) on both sides
    expectClose([mixing.assortativity ?? .nan], [fixture.departmentAssortativity])
    expectClose([graph.flowHierarchy() ?? .nan], [fixture.flowHierarchy])
  }

  private func expectEI(_ mixing: GroupMixing, _ expected: Fixture.EI, pValueTolerance: Double) {
    #expect(mixing.order == expected.order)
    expectClose([mixing.eiIndex ?? .nan], [expected.eiIndex])
    expectClose(mixing.perGroup.map(\.internalWeight), expected.perGroup.map(\.internalWeight))
    expectClose(mixing.perGroup.map(\.externalWeight), expected.perGroup.map(\.externalWeight))
    expectClose(mixing.perGroup.map { $0.eiIndex ?? .nan }, expected.perGroup.map { $0.eiIndex ?? .nan })
    let pValue = mixing.eiPValue ?? .nan
    #expect(abs(pValue - expected.eiPValue) <= pValueTolerance, "p = \(pValue), reference \(expected.eiPValue)")
  }

  private func expectClose(_ actual: [Double], _ expected: [Double]) {
    let wrong = mismatches(actual, expected, relative: 1e-9)
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }
}
