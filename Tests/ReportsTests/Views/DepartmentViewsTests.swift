import DOT
import OrgAnalysis
import Reports
import Testing

/// The department pictures on the hierarchy fixture (`AnalysisFixtures.hierarchy()`): the departments view,
/// the hierarchy per level × department, and the network in rows by level.
@Suite struct DepartmentViewsTests {
  private func labels(_ graph: DOTGraph) -> [String] {
    graph.edges.compactMap { edge in
      for case .label(let label) in edge.attributes { return "\(edge.source)->\(edge.target) \(label.dotValue)" }
      return nil
    }
  }

  @Test func departmentsViewHasOneNamedCirclePerDepartmentAndNoClusters() throws {
    let graph = try #require(DepartmentsView().graph(try AnalysisFixtures.hierarchy()))
    #expect(graph.subgraphs.isEmpty)  // clusters made Graphviz 2.43 corrupt the heap (see DepartmentsView)
    #expect(graph.nodes.map(\.id) == ["department0", "department1", "department2"])
    // Engineering (dev, lead, eng) keeps dev→lead 3 and lead→eng 2 of the 7 it sends (with eng→ceo, dev→rep).
    #expect(graph.nodes[0].attributes.contains(.label(.lines(["Engineering", "3 people", "71.4% inside"]))))
  }

  @Test func departmentsViewLabelsTiesWithShareAndLift() throws {
    let graph = try #require(DepartmentsView().graph(try AnalysisFixtures.hierarchy()))
    // By hand, departments Engineering (0), Executive (1), Sales (2); matrix [5 1 1; 0 0 1; 0 1 2], total 11.
    // eng→ceo 1: lift 1 × 11 / (7 × 2) = 0.79; dev→rep 1: 1 × 11 / (7 × 4) = 0.39; ceo→sales 1: 11 / 4 = 2.75;
    // sales→ceo 1: 1 × 11 / (3 × 2) = 1.83.
    #expect(labels(graph) == [
      "department0->department1 \"9.1% · 0.79×\"", "department0->department2 \"9.1% · 0.39×\"",
      "department1->department2 \"9.1% · 2.75×\"", "department2->department1 \"9.1% · 1.83×\"",
    ])
  }

  @Test func departmentsViewWorksWhenGroupsAreLevels() throws {
    var analysis = try AnalysisFixtures.hierarchy()
    let byDepartment = try #require(DepartmentsView().graph(analysis))
    analysis.groups = nil  // as when --group-by level: the view computes the department mixing itself
    #expect(DepartmentsView().graph(analysis) == byDepartment)
  }

  @Test func departmentsViewNeedsDepartments() {
    let analysis = AnalysisFixtures.analysis(ties: [.init(source: "a", target: "b", count: 1)])
    #expect(DepartmentsView().graph(analysis) == nil)
  }

  @Test func hierarchyByDepartmentRanksBoxesByLevel() throws {
    let graph = try #require(HierarchyView(byDepartment: true).graph(try AnalysisFixtures.hierarchy()))
    let ranks = graph.subgraphs.filter { $0.rank == .same }.map { $0.nodes.map(\.id) }
    // Boxes by level then department: executive·Executive, director·Engineering, director·Sales,
    // manager·Engineering, manager·Sales, staff·Engineering.
    #expect(ranks == [["box0"], ["box1", "box2"], ["box3", "box4"], ["box5"]])
    let columns = graph.subgraphs.filter { $0.kind == .cluster }.map { $0.nodes.map(\.id) }
    #expect(columns == [["box1", "box3", "box5"], ["box0"], ["box2", "box4"]])
  }

  @Test func hierarchyByDepartmentColoursDirections() throws {
    let graph = try #require(HierarchyView(byDepartment: true).graph(try AnalysisFixtures.hierarchy()))
    // dev→rep (staff·Engineering → manager·Sales) is upward: blue; ceo→sales is downward: vermillion.
    let upward = try #require(graph.edges.first { $0.source == "box5" && $0.target == "box4" })
    #expect(upward.attributes.contains(.color(Color(red: 0, green: 114, blue: 178))))
    let downward = try #require(graph.edges.first { $0.source == "box0" && $0.target == "box2" })
    #expect(downward.attributes.contains(.color(Color(red: 213, green: 94, blue: 0))))
    // 1 of 11, lift 1 × 11 / (1 × 3) = 3.67 (column total of director·Sales: ceo→sales 1 + rep→sales 2).
    #expect(labels(graph).contains("box0->box2 \"9.1% · 3.67×\""))
  }

  @Test func networkLevelsLayoutRanksPeopleByLevelInDepartmentClusters() throws {
    let view = NetworkView(layout: .levels)
    let analysis = try AnalysisFixtures.hierarchy()
    let graph = view.graph(analysis)
    #expect(view.engineName(for: analysis) == "dot")
    #expect(Set(graph.subgraphs.filter { $0.rank == .same }.map { Set($0.nodes.map(\.id)) }) == [
      ["ceo"], ["eng", "sales"], ["lead", "rep"], ["dev"],
    ])
    #expect(graph.subgraphs.filter { $0.kind == .cluster }.map { Set($0.nodes.map(\.id)) } == [
      ["eng", "lead", "dev"], ["ceo"], ["sales", "rep"],
    ])
    #expect(graph.attributes.contains(.newRank(true)))
  }

  @Test func networkLevelsLayoutPutsUnknownLevelsLast() throws {
    let ties = AnalysisFixtures.hierarchyTies + [.init(source: "visitor", target: "ceo", count: 1)]
    let analysis = AnalysisFixtures.analysis(
      ties: ties, org: AnalysisFixtures.hierarchyChart,
      bands: try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff"))
    let graph = NetworkView(layout: .levels).graph(analysis)
    let ranks = graph.subgraphs.filter { $0.rank == .same }.map { $0.nodes.map(\.id) }
    #expect(ranks.last == ["visitor"])
    #expect(graph.subgraphs.contains { $0.kind == .cluster && $0.nodes.map(\.id) == ["visitor"] })
  }

  @Test func networkLevelsLayoutDrawsATwoWayTieInOneRowAsOneEdge() throws {
    // eng and sales share the director row; eng→sales and sales→eng are one two-headed edge (a pair of
    // opposite flat edges made Graphviz 2.43 loop in process); eng→ceo crosses rows and keeps its own edge.
    let ties = AnalysisFixtures.hierarchyTies + [
      .init(source: "eng", target: "sales", count: 2), .init(source: "sales", target: "eng", count: 1),
    ]
    let analysis = AnalysisFixtures.analysis(
      ties: ties, org: AnalysisFixtures.hierarchyChart,
      bands: try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff"))
    let edges = NetworkView(layout: .levels).graph(analysis).edges
    let between = edges.filter { Set([$0.source, $0.target]) == ["eng", "sales"] }
    #expect(between.count == 1)
    #expect(between.first?.attributes.contains(.arrows(.both)) == true)
    #expect(edges.contains { $0.source == "eng" && $0.target == "ceo" && $0.attributes.contains(.constraint(false)) })
  }
}
