import ConversationModel
import Foundation
import GraphMetrics
import Importers
import InteractionGraph
import OrgAnalysis
import TestSupport
import Testing

/// The importer's Houston mention graph is the graph of
/// `Tests/GraphMetricsTests/Fixtures/slack_houston_mentions.json` (an independent Python parse of the export by
/// `Scripts/reference_metrics.py`, values by NetworkX 3.6.1).
///
/// The fixture keeps users without mentions as isolated nodes, while `SelectedGraph` has only active people,
/// so the edge sets are compared by Slack id, and the metrics on a graph built in the fixture's node order.
@Suite struct SlackHoustonMentionGraphTests {
  let fixture: HoustonMentionFixture
  let corpus: Corpus

  init() throws {
    fixture = try IntegrationFixtures.packageFile(HoustonMentionFixture.path, as: HoustonMentionFixture.self)
    corpus = try CorpusLoader.load([TestPaths.sharedData("slack-houstondatavis").path], options: ImportOptions())
  }

  /// `"source→target"` by Slack id, with the weight, for every edge of the fixture.
  private var fixtureEdges: [String: Double] {
    var edges: [String: Double] = [:]
    for edge in fixture.edges {
      edges["\(fixture.nodeIds[Int(edge[0])])→\(fixture.nodeIds[Int(edge[1])])"] = edge[2]
    }
    return edges
  }

  @Test func selectedMentionGraphHasFixtureEdgesAndWeights() {
    let selection = SelectedGraph(corpus: corpus, kinds: [.mention])
    let graph = selection.graph
    var edges: [String: Double] = [:]
    for source in graph.nodes {
      for edge in graph.outEdges(of: source) {
        let from = corpus.people[Int(selection.personOfNode[source])].id
        let to = corpus.people[Int(selection.personOfNode[Int(graph.outTargets[edge])])].id
        edges["\(from)→\(to)"] = graph.outWeights[edge]
      }
    }
    #expect(graph.edgeCount == fixture.edges.count)
    let expected = fixtureEdges
    let missing = expected.keys.filter { edges[$0] == nil }.sorted()
    let extra = edges.keys.filter { expected[$0] == nil }.sorted()
    let reweighted = edges.keys.filter { expected[$0] != nil && expected[$0] != edges[$0] }.sorted()
    #expect(missing.isEmpty, "edges in the fixture, not in the importer's graph: \(missing)")
    #expect(extra.isEmpty, "edges in the importer's graph, not in the fixture: \(extra)")
    #expect(reweighted.isEmpty, "edges with another weight: \(reweighted.map { "\($0) \(edges[$0] ?? 0)" })")
    let fixtureActive = Set(expected.keys.flatMap { $0.components(separatedBy: "→") })
    #expect(graph.nodeCount == fixtureActive.count)
  }

  /// The importer's mention interactions in a graph over the fixture's node ids, isolated users included.
  private func graphInFixtureOrder() throws -> InteractionGraph {
    let nodeOfID = Dictionary(uniqueKeysWithValues: fixture.nodeIds.enumerated().map { ($1, $0) })
    var builder = GraphBuilder(nodeCount: fixture.nodeIds.count)
    for interaction in corpus.interactions where interaction.kind == .mention {
      let source = try #require(nodeOfID[corpus.people[Int(interaction.source)].id])
      let target = try #require(nodeOfID[corpus.people[Int(interaction.target)].id])
      builder.addEdge(from: source, to: target, weight: interaction.weight)
    }
    return builder.build()
  }

  @Test func metricsOnFixtureNodeOrderMatchNetworkX() throws {
    let graph = try graphInFixtureOrder()
    let expected = fixture.expected
    #expect(graph.inDegrees() == expected.inDegree)
    #expect(graph.outDegrees() == expected.outDegree)
    let checks: [(String, [Double], [Double], Double)] = [
      // NetworkX pagerank with its default tol=1e-6; ours iterates the same way (PageRankOptions.networkX).
      ("pagerank", graph.pageRank().scores.values, expected.pagerank, 1e-9),
      ("betweenness", graph.betweennessCentrality().values, expected.betweenness, 1e-9),
      ("closeness", graph.closenessCentrality().values, expected.closeness, 1e-9),
      ("harmonic", graph.harmonicCentrality().values, expected.harmonic, 1e-9),
    ]
    for (metric, actual, reference, relative) in checks {
      let differences = mismatches(actual, reference, relative: relative)
      let shown = differences.prefix(5).map { "\(fixture.nodeIds[max($0.index, 0)]) \($0.actual) vs \($0.expected)" }
      #expect(differences.isEmpty, "\(metric): \(shown)")
    }
  }
}
