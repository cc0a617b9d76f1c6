import Foundation
import TestSupport
import Testing

/// The two e-mail networks of `../shared/data` through the interactions CSV, against
/// `Fixtures/real_network_figures.json` (written by `python3 Scripts/real_network_figures.py`: counts from the
/// raw files, graph figures by NetworkX 3.6.1 on the DiGraph of non-self rows).
@Suite struct EmailNetworkTests {
  let figures: RealNetworkFigures

  init() throws {
    figures = try IntegrationFixtures.bundled("real_network_figures", as: RealNetworkFigures.self)
  }

  private func expectGraphFigures(
    _ summary: AnalysisDocument.Summary, _ expected: RealNetworkFigures.Network,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(summary.people == expected.people, sourceLocation: sourceLocation)
    #expect(summary.interactions["message"] == expected.interactions, sourceLocation: sourceLocation)
    #expect(summary.nodes == expected.nodes, sourceLocation: sourceLocation)
    #expect(summary.activePeople == expected.nodes, sourceLocation: sourceLocation)
    #expect(summary.edges == expected.edges, sourceLocation: sourceLocation)
    #expect(summary.totalWeight == expected.totalWeight, sourceLocation: sourceLocation)
    #expect(isClose(summary.density, expected.density, relative: 1e-12), sourceLocation: sourceLocation)
    #expect(isClose(summary.reciprocity ?? .nan, expected.reciprocity, relative: 1e-12), sourceLocation: sourceLocation)
    #expect(summary.weakComponents == expected.weakComponents, sourceLocation: sourceLocation)
    #expect(summary.strongComponents == expected.strongComponents, sourceLocation: sourceLocation)
  }

  /// Enron (igraphdata): one row per recipient, `from,to,Time,…`, with the vertices file as the org chart.
  @Test func enronWithVerticesAsOrgChart() throws {
    let enron = figures.enron
    let (document, seconds) = try IntegrationFixtures.analyze([
      "analyze", "../shared/data/enron/enron_edges.csv", "--org", "../shared/data/enron/enron_vertices.csv",
      "--org-columns", "id=id,email=Email,name=Name,title=Note", "--format", "json",
    ])
    print("crosstalk analyze enron (debug): \(String(format: "%.2f", seconds)) s")
    let input = try #require(document.inputs.first)
    #expect(input.format == "interactions-csv")
    #expect(input.recordsRead == enron.rows)
    #expect(input.recordsUsed == enron.rows)
    #expect(input.recordsSkipped.isEmpty)
    #expect(document.diagnostics.counts["self_interaction"] == enron.selfRows)
    expectGraphFigures(document.summary, enron)
    let org = try #require(document.org)
    #expect(org.entries == enron.orgEntries)
    #expect(org.matchedById == enron.orgEntriesNamedInEdges)
    #expect(org.matchedById == 184)
    #expect(org.matchedByEmail == 0 && org.matchedByName == 0)
    #expect(org.unmatchedPeople.isEmpty && org.unmatchedEntries.isEmpty)
    // Vertex 1 is `1,a..martin,Thomas Martin,Vice President`: the mapped Name and Note columns name the person.
    let martin = try #require(document.people.first { $0.id == "1" })
    #expect(martin.title == "Vice President")
    #expect(martin.name == "Thomas Martin")
  }

  /// SNAP email-Eu-core: `u v` per line, space-separated, CRLF line ends, no header.
  @Test func emailEuCoreWithoutHeader() throws {
    let eu = figures.emailEuCore
    let (document, seconds) = try IntegrationFixtures.analyze([
      "analyze", "../shared/data/email-eu-core/email-Eu-core.txt", "--no-header", "--format", "json",
    ])
    print("crosstalk analyze email-Eu-core (debug): \(String(format: "%.2f", seconds)) s")
    let input = try #require(document.inputs.first)
    #expect(input.format == "interactions-csv")
    // SNAP publishes 25,571 edges (self-loops included) over 1,005 nodes.
    #expect(input.recordsRead == 25_571 && eu.rows == 25_571)
    #expect(input.recordsUsed == eu.rows)
    #expect(document.diagnostics.counts["self_interaction"] == eu.selfRows)
    #expect(eu.interactions == 24_929 && eu.people == 1_005)
    expectGraphFigures(document.summary, eu)
  }
}
