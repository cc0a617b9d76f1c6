import OrgAnalysis
import Reports
import Testing

@Suite struct AnalysisSummaryTests {
  /// The lines of the section that follows `heading`, up to the next blank line.
  private func section(_ heading: String, in text: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
  }

  private func fields(_ line: String) -> [String] { line.split(separator: " ").map(String.init) }

  @Test func overviewCountsInteractionsAndGraphFigures() throws {
    let analysis = try AnalysisFixtures.hierarchy()
    let text = AnalysisSummary.render(analysis, style: .terminal)
    #expect(text.hasPrefix(
      "People 6 (6 active), messages 0; interactions found: reply 0, mention 0, reaction 0, message 11.\n"))
    // NetworkX 3.6.1 on the fixture's graph: density 7/30, overall_reciprocity 2/7, 5 strongly connected
    // components ({ceo, sales} and four singletons).
    #expect(text.contains(
      "Graph of reply, mention, message: 6 people, 7 ties, total weight 11, density 0.2333, reciprocity 0.2857, "
        + "1 weak and 5 strong components, \(analysis.summary.communities) communities (modularity "))
  }

  @Test func pageRankRankingListsTheHighestFirst() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .terminal, top: 3)
    let rows = section("Top people by PageRank", in: text)
    #expect(rows.count == 4)  // header and the top 3
    #expect(rows.first.map(fields) == ["#", "person", "title", "department", "level", "pagerank", "betweenness",
                                       "in", "out"])
    // People are shown by their org-chart name (split into two fields here).
    // NetworkX 3.6.1 pagerank(alpha=0.85, weight="weight"): ceo 0.42875, sales 0.41520, eng 0.05980;
    // betweenness_centrality(normalized=True): ceo 0.1, sales 0.075, eng 0.125.
    #expect(rows.dropFirst().map(fields) == [
      ["1", "Cora", "Executive", "CEO", "Executive", "executive", "0.4288", "0.1000", "2", "1"],
      ["2", "Sol", "Director", "Director", "Sales", "director", "0.4152", "0.0750", "3", "1"],
      ["3", "Eli", "Director", "Director", "Engineering", "director", "0.0598", "0.1250", "2", "1"],
    ])
  }

  @Test func levelSectionShowsTheMatrixWithLiftAndShares() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .terminal)
    let rows = section("Talk across levels", in: text)
    #expect(rows.first == "Observed weight (lift over random mixing):")
    // By hand: staff → manager weight 4 of 11; expected 4 × 4 / 11, lift 11/4.
    // Zero cells show lift 0.00× where some weight was expected, – where none was (nobody sends to staff).
    #expect(rows.contains { fields($0) == ["staff", "0", "(0.00×)", "0", "(0.00×)", "4", "(2.75×)", "0", "(–)"] })
    // 10 of 11 upward (every tie but ceo → sales), no skip-level tie.
    #expect(text.contains("\nUpward 90.9%, downward 9.1%, lateral 0.0%; skip-level 0.0%, cross-level 100.0%."))
  }

  @Test func orgChartSectionReportsTheJoin() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .terminal)
    #expect(section("Org chart", in: text) == [
      "6 entries, 6 with a known level. Matched 6 people (6 by id, 0 by e-mail, 0 by name).",
      "People in the export not in the chart: 0.", "Chart entries not in the export: 0.",
      "Levels (--levels auto): 0 from the level column, 6 from the manager tree, 0 from titles (built-in rules), "
        + "0 unknown; 4 entries have direct reports.",
      "Departments: 6 from the department column, 0 from the manager tree (branches at depth 1), 0 unknown.",
    ])
  }

  @Test func withoutAnOrgChartThereIsNoLevelOrOrgSection() {
    let analysis = AnalysisFixtures.analysis(ties: AnalysisFixtures.hierarchyTies)
    let text = AnalysisSummary.render(analysis, style: .terminal)
    #expect(!text.contains("Talk across levels"))
    #expect(!text.contains("Org chart"))
    #expect(text.contains("fixture.csv (interactions-csv): 11 records read, 11 used, 0 skipped."))
  }

  @Test func markdownUsesHeadingsAndPipeTables() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .markdown, top: 2)
    #expect(text.contains("## Top people by PageRank\n\n| # | person | title |"))
    #expect(text.contains("| 1 | Cora Executive | CEO | Executive | executive | 0.4288 |"))
    #expect(text.contains("## Talk across levels\n\n"))
  }
}
