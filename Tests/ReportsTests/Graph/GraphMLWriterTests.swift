import ConversationModel
import OrgAnalysis
import Reports
import Testing

// Checked once by hand with NetworkX 3.6.1 on the sample:
//
//   crosstalk analyze Samples/slack-export.zip --org Samples/org-chart.csv --format graphml --output /tmp/x.graphml
//   crosstalk analyze Samples/slack-export.zip --org Samples/org-chart.csv --format gexf --output /tmp/x.gexf
//   cd /tmp
//   python3 -c "import networkx as nx; g=nx.read_graphml('x.graphml'); print(g.number_of_nodes(), g.number_of_edges())"
//   54 411
//   python3 -c "import networkx as nx; g=nx.read_gexf('x.gexf'); print(g.number_of_nodes(), g.number_of_edges())"
//   54 411
//
// Both are DiGraphs of total weight 1337, as `--format json`'s summary (nodes 54, edges 411, total_weight 1337);
// node ULW9L0AXY reads back with department 'Executive', level_rank 0 (int), has_direct_reports True (bool).
@Suite struct GraphMLWriterTests {
  private func parsed(_ analysis: Analysis) throws -> ParsedXML {
    try #require(ParsedXML(GraphMLWriter.render(analysis)))
  }

  /// The `attr.name` → key id and `attr.type` of every node key.
  private func nodeKeys(_ document: ParsedXML) -> [String: (id: String, type: String)] {
    var keys: [String: (id: String, type: String)] = [:]
    for key in document.all("key") where key.attributes["for"] == "node" {
      keys[key.attributes["attr.name"] ?? ""] = (key.attributes["id"] ?? "", key.attributes["attr.type"] ?? "")
    }
    return keys
  }

  /// The text of a node's `<data>` for the attribute named `name`.
  private func value(_ document: ParsedXML, node id: String, attribute name: String) -> String? {
    guard let key = nodeKeys(document)[name]?.id,
      let node = document.index(of: "node", where: { $0.attributes["id"] == id })
    else { return nil }
    return document.children(of: node, named: "data").first { $0.attributes["key"] == key }?.text
  }

  @Test func declaresATypedKeyPerPeopleTableColumnAndAnEdgeWeight() throws {
    let document = try parsed(try AnalysisFixtures.hierarchy())
    let keys = nodeKeys(document)
    #expect(keys.count == PeopleTable.columns.flatMap(\.csvKeys).count)
    #expect(keys["department"]?.type == "string")
    #expect(keys["level_rank"]?.type == "int")
    #expect(keys["pagerank"]?.type == "double")
    #expect(keys["has_direct_reports"]?.type == "boolean")
    #expect(keys["brokerage_liaison"]?.type == "int")
    let edgeKeys = document.all("key").filter { $0.attributes["for"] == "edge" }
    #expect(edgeKeys.map { $0.attributes["attr.name"] } == ["weight"])
    #expect(edgeKeys.first?.attributes["attr.type"] == "double")
  }

  @Test func hierarchyFixtureHasItsNodesEdgesWeightsAndAttributes() throws {
    // AnalysisFixtures.hierarchyTies: six people, seven ties, 11 interactions, dev→lead 3 times.
    let document = try parsed(try AnalysisFixtures.hierarchy())
    #expect(document.all("graph").first?.attributes["edgedefault"] == "directed")
    #expect(document.all("node").count == 6)
    let edges = document.all("edge")
    #expect(edges.count == 7)
    let weights = document.all("data").filter { $0.attributes["key"] == "weight" }.compactMap { Double($0.text) }
    #expect(weights.count == 7)
    #expect(weights.reduce(0, +) == 11)
    let devToLead = try #require(
      document.index(of: "edge") { $0.attributes["source"] == "dev" && $0.attributes["target"] == "lead" })
    #expect(document.children(of: devToLead, named: "data").first?.text == "3")
    // AnalysisFixtures.hierarchyChart: dev is "Dev Staff" of Engineering, and manages nobody.
    #expect(value(document, node: "dev", attribute: "department") == "Engineering")
    #expect(value(document, node: "dev", attribute: "name") == "Dev Staff")
    #expect(value(document, node: "dev", attribute: "has_direct_reports") == "false")
    #expect(value(document, node: "lead", attribute: "has_direct_reports") == "true")
  }

  @Test func awkwardIDsAndNamesRoundTrip() throws {
    let people = [PersonRecord(id: "a&<b>", name: #"Zoë "Z" O'Neil <x>"#), PersonRecord(id: "c'd\"", name: "東京")]
    let analysis = AnalysisFixtures.analysis(
      people: people, ties: [AnalysisFixtures.Tie(source: "a&<b>", target: "c'd\"", count: 2)])
    let document = try parsed(analysis)
    #expect(Set(document.all("node").compactMap { $0.attributes["id"] }) == ["a&<b>", "c'd\""])
    #expect(document.all("edge").first?.attributes["source"] == "a&<b>")
    #expect(document.all("edge").first?.attributes["target"] == "c'd\"")
    #expect(value(document, node: "a&<b>", attribute: "name") == #"Zoë "Z" O'Neil <x>"#)
    #expect(value(document, node: "c'd\"", attribute: "name") == "東京")
  }

  @Test func peopleWithoutInteractionsAreNotNodes() throws {
    let people = [PersonRecord(id: "u1"), PersonRecord(id: "u2"), PersonRecord(id: "silent")]
    let analysis = AnalysisFixtures.analysis(
      people: people, ties: [AnalysisFixtures.Tie(source: "u1", target: "u2", count: 1)])
    let document = try parsed(analysis)
    #expect(document.all("node").compactMap { $0.attributes["id"] } == ["u1", "u2"])
  }
}
