import ConversationModel
import OrgAnalysis
import Testing

@testable import Reports

/// The `roles` JSON object, the Roles summary section and `crosstalk people` listings on a hand-built star:
/// everyone answers `hub`, which the influencer ranking must put first.
@Suite struct RolesJSONTests {
  private let analysis = AnalysisFixtures.analysis(
    people: ["hub", "a", "b", "c"].map { PersonRecord(id: $0, department: $0 == "c" ? "Ops" : "Sales") },
    ties: [
      .init(source: "a", target: "hub", count: 3), .init(source: "b", target: "hub", count: 2),
      .init(source: "c", target: "hub", count: 1), .init(source: "hub", target: "a", count: 1),
    ])

  private func member(_ value: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.0 == key }?.1
  }

  @Test func rolesObjectListsTheHubFirstWithScoreAndReasons() throws {
    let document = AnalysisJSON.document(analysis)
    let roles = try #require(member(document, "roles"))
    guard case .array(let influencers) = try #require(member(roles, "influencers")) else {
      Issue.record("influencers is not an array")
      return
    }
    #expect(influencers.count == 4)
    let first = try #require(influencers.first)
    #expect(member(first, "id") == .string("hub"))
    guard case .array(let reasons) = try #require(member(first, "reasons")) else { return }
    #expect(!reasons.isEmpty)
    let ambassadors = try #require(member(roles, "ambassadors"))
    #expect(member(ambassadors, "weights") == .object(zip(AmbassadorWeights.keys, AmbassadorWeights().values)
      .map { ($0, .number($1)) }))
    guard case .object(let byDepartment) = try #require(member(ambassadors, "by_department")) else { return }
    #expect(byDepartment.map(\.0) == ["Ops", "Sales"])
    let personas = try #require(member(roles, "personas"))
    guard case .object(let counts) = try #require(member(personas, "counts")) else { return }
    #expect(counts.map(\.0) == Persona.allCases.map(\.rawValue))
  }

  @Test func peopleTableCarriesThePersona() throws {
    let header = try #require(PeopleTable.csv(analysis).split(separator: "\n").first)
    #expect(header.hasSuffix(",persona"))
    // Only interactions of kind `message` and no posts: a gives 3 and receives 1, so a responder.
    #expect(analysis.people.first { $0.id == "a" }?.persona == .responder)
  }

  @Test func summaryHasARolesSectionAndListingsFilter() {
    let text = AnalysisSummary.render(analysis, style: .terminal)
    #expect(text.contains("Roles\nInfluencers (attention received):"))
    #expect(text.contains("Personas: engager"))
    let sales = RoleListing.lines(analysis, role: .influencer, department: "Sales")
    #expect(sales.map(\.id).first == "hub" && !sales.contains { $0.id == "c" })
    #expect(sales.map(\.rank) == Array(1...sales.count))
    #expect(RoleListing.csv(sales).hasPrefix("rank,id,name,department,level,score,reasons\n1,hub,"))
  }
}
