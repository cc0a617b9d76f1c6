import ConversationModel
import Foundation
import Importers
import OrgAnalysis
import TestSupport
import Testing

/// `Scripts/reference_roles.py`'s output for `Samples/slack-export.zip` with `Samples/org-chart.csv`
/// (`sample_roles.json`).
struct SampleRoles: Decodable {
  let people: Int
  let departmentParticipation: [String: Double]
  let personaCounts: [String: Int]
}

/// Roles of the sample export against the Python reference (definitions restated in the script's docstring
/// from docs/roles.md): the participation coefficient over departments of every active person, and the persona
/// counts with the default thresholds.
@Suite struct SampleRolesTests {
  @Test func sampleExportMatchesPythonReference() throws {
    let expected = try IntegrationFixtures.bundled("sample_roles", as: SampleRoles.self)
    let root = TestPaths.packageRoot
    var corpus = try CorpusLoader.load([root.appendingPathComponent("Samples/slack-export.zip").path],
                                       options: ImportOptions())
    let chart = try OrgChartLoader.load(
      root.appendingPathComponent("Samples/org-chart.csv").path, columns: nil, diagnostics: &corpus.diagnostics)
    var options = AnalysisOptions()
    options.permutations = 0
    let analysis = Analyzer.analyze(corpus, org: chart, options: options)
    let roles = try #require(analysis.roles)
    #expect(analysis.people.count == expected.people)
    #expect(roles.bridgeBuilders.count == expected.departmentParticipation.count)
    for entry in roles.bridgeBuilders {
      let figure = try #require(entry.components.first { $0.name == "department_participation" }?.figure)
      let reference = try #require(expected.departmentParticipation[entry.id], "\(entry.id) not in the reference")
      #expect(isClose(figure, reference, relative: 1e-12), "\(entry.id): \(figure) against \(reference)")
    }
    let counts = Dictionary(uniqueKeysWithValues: Persona.allCases.map { ($0.rawValue, roles.personaCounts[$0]) })
    #expect(counts == expected.personaCounts)
  }
}
