import ConversationModel
import OrgAnalysis

/// Small hand-built analyses whose figures can be checked by hand.
enum AnalysisFixtures {
  /// A directed `message` interaction repeated `count` times.
  struct Tie {
    var source: String
    var target: String
    var count: Int
  }

  /// A corpus of directory entries and `message` interactions, analysed with the default options.
  static func analysis(people: [PersonRecord] = [], ties: [Tie], org: OrgChart? = nil, bands: LevelBands? = nil)
    -> Analysis
  {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.csv", format: "interactions-csv")
    for person in people { builder.intern(person) }
    for tie in ties {
      for _ in 0..<tie.count { builder.add(.interaction(InteractionRecord(source: tie.source, target: tie.target))) }
    }
    var options = AnalysisOptions()
    options.levelBands = bands
    options.permutations = 0
    return Analyzer.analyze(builder.build(), org: org, options: options)
  }

  /// Six people in a four-level hierarchy of two departments:
  ///
  /// ```
  /// ceo (Executive, rank 0)
  /// ├── eng (Engineering, rank 1) ── lead (Engineering, rank 2) ── dev (Engineering, rank 3)
  /// └── sales (Sales, rank 1) ── rep (Sales, rank 2)
  /// ```
  ///
  /// Ties (11 interactions): dev→lead 3, lead→eng 2, eng→ceo 1, ceo→sales 1, rep→sales 2, dev→rep 1,
  /// sales→ceo 1.
  static let hierarchyTies: [Tie] = [
    Tie(source: "dev", target: "lead", count: 3), Tie(source: "lead", target: "eng", count: 2),
    Tie(source: "eng", target: "ceo", count: 1), Tie(source: "ceo", target: "sales", count: 1),
    Tie(source: "rep", target: "sales", count: 2), Tie(source: "dev", target: "rep", count: 1),
    Tie(source: "sales", target: "ceo", count: 1),
  ]

  static let hierarchyChart = OrgChart(
    entries: [
      OrgEntry(id: "ceo", name: "Cora Executive", title: "CEO", department: "Executive"),
      OrgEntry(id: "eng", name: "Eli Director", title: "Director", department: "Engineering", manager: "ceo"),
      OrgEntry(id: "sales", name: "Sol Director", title: "Director", department: "Sales", manager: "ceo"),
      OrgEntry(id: "lead", name: "Lea Manager", title: "Manager", department: "Engineering", manager: "eng"),
      OrgEntry(id: "rep", name: "Rex Manager", title: "Manager", department: "Sales", manager: "sales"),
      OrgEntry(id: "dev", name: "Dev Staff", title: "Engineer", department: "Engineering", manager: "lead"),
    ],
    path: "org.csv")

  /// The hierarchy fixture joined with its org chart, ranks named `0=executive,1=director,2=manager,3-=staff`.
  static func hierarchy() throws -> Analysis {
    analysis(
      ties: hierarchyTies, org: hierarchyChart,
      bands: try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff"))
  }
}
