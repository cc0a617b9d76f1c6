import Foundation
import TestSupport
import Testing

/// Krackhardt's high-tech managers through `crosstalk analyze`, with an org chart that joins the vertices file
/// (level, department) with the reports-to edges (manager), written to a temporary file at test time.
///
/// Expected: `Tests/OrgAnalysisTests/Fixtures/hierarchy-krackhardt-advice.json` (`Scripts/reference_hierarchy.py`:
/// NetworkX 3.6.1 `attribute_assortativity_coefficient`, `flow_hierarchy`, `pagerank`, `hits`, SciPy 1.17.1
/// `spearmanr`, plain Python for answers-most and tree distance).
@Suite struct KrackhardtHierarchyTests {
  struct Fixture: Decodable {
    struct Target: Decodable {
      let level: String
      let lift: Double?
      let share: Double?
    }
    struct Preference: Decodable {
      let level: String
      let highestLift: Target
      let highestShare: Target
    }
    struct Tree: Decodable {
      let weights: [String: Double]
      let excludedWeight: Double
    }
    struct Correlation: Decodable { let pagerank, authority: Double }
    struct Leader: Decodable { let node: Int }
    struct EI: Decodable { let eiIndex: Double }
    let answersMost: [Preference]
    let levelAssortativity: Double
    let departmentAssortativity: Double
    let departmentEi: EI
    let treeDistance: Tree
    let flowHierarchy: Double
    let rankCorrelation: Correlation
    let informalLeaders: [Leader]
  }

  /// The JSON keys this test reads.
  struct Document: Decodable {
    struct Target: Decodable {
      let level: String
      let lift: Double?
      let share: Double?
    }
    struct Preference: Decodable {
      let level: String
      let highestLift: Target?
      let highestShare: Target?
    }
    struct Levels: Decodable {
      let answersMost: [Preference]
      let assortativity: Double?
    }
    struct Mixing: Decodable {
      let attribute: String
      let eiIndex: Double?
      let assortativity: Double?
    }
    struct Tree: Decodable {
      let weights: [String: Double]
      let excludedWeight: Double
    }
    struct Correlation: Decodable {
      let people: Int
      let pagerank, authority: Double?
    }
    struct Leader: Decodable {
      let id: String?
      let levelRank: Int
    }
    struct Hierarchy: Decodable {
      let flowHierarchy: Double?
      let rankCorrelation: Correlation
      let informalLeaders: [Leader]
      let treeDistance: Tree?
    }
    let levels: Levels
    let groups: Mixing
    let departments: Mixing
    let hierarchy: Hierarchy
  }

  /// `id,level,dept,manager`: the vertices file's rows with each person's reports-to target.
  static func orgChart() throws -> URL {
    let base = TestPaths.sharedData("krackhardt-hightech")
    var manager: [String: String] = [:]
    for line in try String(contentsOf: base.appendingPathComponent("ht_reports_edges.csv"), encoding: .utf8)
      .split(whereSeparator: \.isNewline).dropFirst()
    {
      let fields = line.split(separator: ",").map(String.init)
      if fields.count == 2 { manager[fields[0]] = fields[1] }
    }
    var text = "id,level,dept,manager\n"
    for line in try String(contentsOf: base.appendingPathComponent("ht_advice_vertices.csv"), encoding: .utf8)
      .split(whereSeparator: \.isNewline).dropFirst()
    {
      let fields = line.split(separator: ",").map(String.init)
      guard fields.count == 5 else { continue }
      text += "\(fields[0]),\(fields[3]),\(fields[4]),\(manager[fields[0]] ?? "")\n"
    }
    let url = try TestPaths.temporaryDirectory().appendingPathComponent("krackhardt-org.csv")
    try Data(text.utf8).write(to: url)
    return url
  }

  static func run(groupBy: String) throws -> Document {
    let arguments = [
      "analyze", "../shared/data/krackhardt-hightech/ht_advice_edges.csv", "--org", try orgChart().path,
      "--org-columns", "id=id,level=level,department=dept,manager=manager", "--group-by", groupBy,
      "--format", "json", "--permutations", "0",
    ]
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 0, "\(result.standardError)")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Document.self, from: result.standardOutput)
  }

  @Test func hierarchyFiguresMatchReference() throws {
    let fixture = try IntegrationFixtures.packageFile(
      "Tests/OrgAnalysisTests/Fixtures/hierarchy-krackhardt-advice.json", as: Fixture.self)
    let document = try Self.run(groupBy: "department")
    let answers = document.levels.answersMost
    #expect(answers.map(\.level) == fixture.answersMost.map(\.level))
    #expect(answers.map { $0.highestLift?.level } == fixture.answersMost.map(\.highestLift.level))
    #expect(answers.map { $0.highestShare?.level } == fixture.answersMost.map(\.highestShare.level))
    for (actual, expected) in zip(answers, fixture.answersMost) {
      #expect(isClose(actual.highestLift?.lift ?? .nan, expected.highestLift.lift ?? 0, relative: 1e-12))
      #expect(isClose(actual.highestShare?.share ?? .nan, expected.highestShare.share ?? 0, relative: 1e-12))
    }
    #expect(isClose(document.levels.assortativity ?? .nan, fixture.levelAssortativity, relative: 1e-9))
    #expect(isClose(document.departments.assortativity ?? .nan, fixture.departmentAssortativity, relative: 1e-9))
    let hierarchy = document.hierarchy
    #expect(hierarchy.flowHierarchy == fixture.flowHierarchy)
    #expect(hierarchy.rankCorrelation.people == 21)
    // The CLI's PageRank stops at NetworkX's default tolerance; the ranks, and so Spearman, are the same.
    #expect(isClose(hierarchy.rankCorrelation.pagerank ?? .nan, fixture.rankCorrelation.pagerank, relative: 1e-9))
    #expect(isClose(hierarchy.rankCorrelation.authority ?? .nan, fixture.rankCorrelation.authority, relative: 1e-9))
    #expect(hierarchy.informalLeaders.map(\.id) == fixture.informalLeaders.map { String($0.node) })
    let tree = try #require(hierarchy.treeDistance)
    let names = ["manager": "manager", "direct_report": "direct_report", "peer": "peer", "skip_level": "skip_level",
                 "across_branches": "across"]
    for (key, fixtureKey) in names { #expect(tree.weights[key] == fixture.treeDistance.weights[fixtureKey], "\(key)") }
    #expect(tree.excludedWeight == fixture.treeDistance.excludedWeight)
  }

  /// The terminal sentences, with the fixture's figures rounded: lifts 1.638, 1.670, 1.021; shares 50%, 60%,
  /// 63.9%; Spearman −0.686 and −0.595; informal leaders 20 and 1.
  @Test func terminalSentencesSayTheReferenceFigures() throws {
    let result = try CommandRunner.run([
      "analyze", "../shared/data/krackhardt-hightech/ht_advice_edges.csv", "--org", try Self.orgChart().path,
      "--org-columns", "id=id,level=level,department=dept,manager=manager", "--permutations", "0",
    ])
    let text = String(decoding: result.standardOutput, as: UTF8.self)
    for sentence in [
      "Level 0 answers level 1 most relative to chance, 1.6× as often as random mixing would give; that is also "
        + "where the largest part of its talk goes (50.0%).",
      "Level 1 answers level 0 most relative to chance, 1.7× as often as random mixing would give; the largest "
        + "part of its talk (60.0%) goes to level 2.",
      "Level 2 answers its own level most relative to chance, but only about as often as random mixing would give "
        + "(1.02×); that is also where the largest part of its talk goes (63.9%).",
      "Formal rank and influence agree strongly (Spearman −0.69 between level rank and PageRank, −0.59 with "
        + "authority, over 21 people;",
      "Informal leaders, at the two lowest levels but in the top tenth by PageRank: 20 (level 1, PageRank 0.1638), "
        + "1 (level 1, PageRank 0.0939).",
    ] {
      #expect(text.contains(sentence), "missing: \(sentence)")
    }
  }

  /// With `--group-by level`, `groups` is about levels and `departments` still carries department E-I.
  @Test func departmentFiguresStayWhenGroupingByLevel() throws {
    let fixture = try IntegrationFixtures.packageFile(
      "Tests/OrgAnalysisTests/Fixtures/hierarchy-krackhardt-advice.json", as: Fixture.self)
    let document = try Self.run(groupBy: "level")
    #expect(document.groups.attribute == "level")
    #expect(document.departments.attribute == "department")
    #expect(isClose(document.departments.eiIndex ?? .nan, fixture.departmentEi.eiIndex, relative: 1e-12))
    #expect(isClose(document.groups.assortativity ?? .nan, fixture.levelAssortativity, relative: 1e-9))
  }
}
