import ConversationModel
import OrgAnalysis
import Reports
import Testing

// Checked once by hand with NetworkX 3.6.1 on the sample: see GraphMLWriterTests.swift.
@Suite struct GEXFWriterTests {
  private func parsed(_ analysis: Analysis) throws -> ParsedXML {
    try #require(ParsedXML(GEXFWriter.render(analysis)))
  }

  /// The title → attribute id and type of every node attribute.
  private func attributes(_ document: ParsedXML) -> [String: (id: String, type: String)] {
    var result: [String: (id: String, type: String)] = [:]
    for attribute in document.all("attribute") {
      let declared = attribute.attributes
      result[declared["title"] ?? ""] = (declared["id"] ?? "", declared["type"] ?? "")
    }
    return result
  }

  private func value(_ document: ParsedXML, node id: String, attribute title: String) -> String? {
    guard let attribute = attributes(document)[title]?.id,
      let node = document.index(of: "node", where: { $0.attributes["id"] == id }),
      let values = document.index(of: "attvalues", where: { $0.parent == node })
    else { return nil }
    return document.children(of: values, named: "attvalue")
      .first { $0.attributes["for"] == attribute }?.attributes["value"]
  }

  @Test func declaresVersionDirectionAndTypedNodeAttributes() throws {
    let document = try parsed(try AnalysisFixtures.hierarchy())
    #expect(document.all("gexf").first?.attributes["version"] == "1.3")
    #expect(document.all("graph").first?.attributes["defaultedgetype"] == "directed")
    #expect(document.all("attributes").map { $0.attributes["class"] } == ["node"])
    let declared = attributes(document)
    #expect(declared.count == PeopleTable.columns.flatMap(\.csvKeys).count)
    #expect(declared["department"]?.type == "string")
    #expect(declared["level_rank"]?.type == "integer")
    #expect(declared["betweenness"]?.type == "double")
    #expect(declared["has_direct_reports"]?.type == "boolean")
  }

  @Test func hierarchyFixtureHasItsNodesEdgesWeightsAndAttributes() throws {
    // AnalysisFixtures.hierarchyTies: six people, seven ties, 11 interactions, dev→lead 3 times.
    let document = try parsed(try AnalysisFixtures.hierarchy())
    #expect(document.all("node").count == 6)
    let edges = document.all("edge")
    #expect(edges.count == 7)
    #expect(Set(edges.compactMap { $0.attributes["id"] }).count == 7)
    let weights: [Double] = edges.compactMap { edge in edge.attributes["weight"].flatMap { Double($0) } }
    #expect(weights.reduce(0, +) == 11)
    let devToLead = edges.first { $0.attributes["source"] == "dev" && $0.attributes["target"] == "lead" }
    #expect(devToLead?.attributes["weight"] == "3")
    // AnalysisFixtures.hierarchyChart: dev is "Dev Staff" of Engineering.
    #expect(document.all("node").first { $0.attributes["id"] == "dev" }?.attributes["label"] == "Dev Staff")
    #expect(value(document, node: "dev", attribute: "department") == "Engineering")
    #expect(value(document, node: "lead", attribute: "has_direct_reports") == "true")
  }

  @Test func awkwardIDsAndLabelsRoundTrip() throws {
    let people = [PersonRecord(id: "a&<b>", name: #"Zoë "Z" O'Neil <x>"#), PersonRecord(id: "c'd\"")]
    let analysis = AnalysisFixtures.analysis(
      people: people, ties: [AnalysisFixtures.Tie(source: "a&<b>", target: "c'd\"", count: 2)])
    let document = try parsed(analysis)
    let nodes = document.all("node")
    #expect(nodes.first { $0.attributes["id"] == "a&<b>" }?.attributes["label"] == #"Zoë "Z" O'Neil <x>"#)
    // Without a name the label is the id.
    #expect(nodes.first { $0.attributes["id"] == "c'd\"" }?.attributes["label"] == "c'd\"")
    #expect(document.all("edge").first?.attributes["weight"] == "2")
    #expect(value(document, node: "a&<b>", attribute: "name") == #"Zoë "Z" O'Neil <x>"#)
  }
}
