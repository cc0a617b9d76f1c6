import ConversationModel
import OrgAnalysis
import Reports
import Testing

/// The hierarchy sentences of the terminal summary on `AnalysisFixtures.hierarchy()` (bands
/// executive/director/manager/staff), every figure worked out by hand from `hierarchyTies` and checked with
/// NetworkX 3.6.1 / SciPy 1.17.1 where named.
@Suite struct HierarchySummaryTests {
  private func paragraph(after start: String, in text: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let first = lines.firstIndex(where: { $0.hasPrefix(start) }) else { return [] }
    return Array(lines[first...].prefix { !$0.isEmpty })
  }

  /// Column totals executive 2, director 5, manager 4, staff 0 of 11: staff → manager lift 4 / (4 · 4 / 11) =
  /// 2.75; manager → director 4 / (4 · 5 / 11) = 2.2; director → executive 2 / (2 · 2 / 11) = 5.5; executive →
  /// director 1 / (1 · 5 / 11) = 2.2; each level sends to one level only (share 100%). Assortativity: no weight on
  /// the diagonal, Σ aᵢbᵢ = (1·2 + 2·5 + 4·4 + 4·0) / 121 = 28/121, r = −28/93 = −0.301 (NetworkX
  /// `attribute_assortativity_coefficient` on the weight-expanded multigraph: −0.3010752688172043).
  @Test func eachLevelSaysWhomItAnswersMost() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .terminal)
    #expect(paragraph(after: "The executive level answers", in: text) == [
      "The executive level answers the director level most relative to chance, 2.2× as often as random mixing "
        + "would give; that is also where the largest part of its talk goes (100.0%).",
      "The director level answers the executive level most relative to chance, 5.5× as often as random mixing "
        + "would give; that is also where the largest part of its talk goes (100.0%).",
      "The manager level answers the director level most relative to chance, 2.2× as often as random mixing "
        + "would give; that is also where the largest part of its talk goes (100.0%).",
      "The staff level answers the manager level most relative to chance, 2.8× as often as random mixing would "
        + "give; that is also where the largest part of its talk goes (100.0%).",
      "Level assortativity -0.301 (0 is random mixing, +1 all talk within a level).",
    ])
  }

  /// Tree distance: dev→lead 3, lead→eng 2, eng→ceo 1, rep→sales 2, sales→ceo 1 go to one's manager (9 of 11),
  /// ceo→sales to a direct report (1), dev→rep across branches (1). Spearman between rank (dev 3, lead 2, eng 1,
  /// ceo 0, sales 1, rep 2) and NetworkX PageRank: −0.971 (SciPy `spearmanr`); authority (NetworkX `hits`: lead
  /// 0.75, rep 0.25, the rest 0): +0.418. Flow hierarchy: only ceo ⇄ sales is a cycle, 1 − 2/7 = 0.71. Top decile
  /// of 6 nodes is 1 node (ceo, rank 0): no informal leader.
  @Test func formalAgainstInformalHierarchySentences() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .terminal)
    #expect(paragraph(after: "Along reporting lines", in: text) == [
      "Along reporting lines: 81.8% of talk goes to one's own manager, 9.1% to one's own direct reports, 0.0% to "
        + "peers under the same manager, 0.0% skips a level up or down the same chain, and 9.1% crosses branches. "
        + "Weight with someone outside the reporting tree, left out: 0.",
      "Formal rank and influence agree strongly (Spearman −0.97 between level rank and PageRank, +0.42 with "
        + "authority, over 6 people; negative means the formally senior are the more central).",
      "Flow hierarchy 0.71: the share of ties on no cycle of talk (1 is a pure chain of command, 0 means every tie "
        + "is answered back along some path).",
      "No informal leaders: nobody at the two lowest levels is in the top tenth by PageRank.",
    ])
  }

  /// Grouping by level still reports departments, with their own heading.
  @Test func departmentsAreReportedWhenGroupingByLevel() throws {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.csv", format: "interactions-csv")
    for tie in AnalysisFixtures.hierarchyTies {
      for _ in 0 ..< tie.count { builder.add(.interaction(InteractionRecord(source: tie.source, target: tie.target))) }
    }
    var options = AnalysisOptions()
    options.groupBy = .level
    options.permutations = 0
    let analysis = Analyzer.analyze(builder.build(), org: AnalysisFixtures.hierarchyChart, options: options)
    #expect(analysis.groups?.attribute == "level")
    #expect(analysis.departments?.order == ["Engineering", "Executive", "Sales"])
    let text = AnalysisSummary.render(analysis, style: .terminal)
    #expect(text.contains("\nTalk across departments\nWhole-network E-I index "))
  }
}

@Suite struct HierarchyMarkdownTests {
  /// Markdown would run the sentences into one paragraph: each is a list item there.
  @Test func markdownSentencesAreListItems() throws {
    let text = AnalysisSummary.render(try AnalysisFixtures.hierarchy(), style: .markdown)
    #expect(text.contains("\n- The staff level answers the manager level most relative to chance, 2.8×"))
    #expect(text.contains("## Formal and informal hierarchy\n\n- Along reporting lines: 81.8% of talk"))
    #expect(text.contains("\n- No informal leaders: nobody at the two lowest levels"))
  }
}
