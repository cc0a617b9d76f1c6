import ConversationModel

extension Analyzer {
  /// The corpus's interactions inside `options.dateRange`, every kind; interactions without a time, which a
  /// bounded range cannot place, are counted as the diagnostic `undated_interaction` and left out.
  /// - Complexity: O(N) for N interactions.
  static func inDateRange(_ corpus: Corpus, options: AnalysisOptions, diagnostics: inout DiagnosticLog)
    -> [Interaction]
  {
    guard !options.dateRange.isUnbounded else { return corpus.interactions }
    let undated = corpus.interactions.lazy.filter { $0.time == nil }.count
    diagnostics.count(kind: "undated_interaction", severity: .warning, by: undated)
    return corpus.interactions.filter { options.dateRange.contains($0.time) }
  }

  /// The windowed analysis of the selected interactions; selected interactions without a time (left out of
  /// every window) are counted as the diagnostic `undated_interaction`, unless the date range already did.
  static func windowed(
    _ selected: [Interaction], size: WindowSize, corpus: Corpus, attributes: PersonAttributes,
    options: AnalysisOptions, diagnostics: inout DiagnosticLog
  ) -> WindowedAnalysis {
    let context = WindowContext(
      personCount: corpus.people.count, rankOfPerson: attributes.rank, departmentOfPerson: attributes.department,
      groupOfPerson: options.groupBy == .department ? attributes.department : attributes.level,
      groupAttribute: options.groupBy.rawValue, bands: options.levelBands, permutations: options.permutations,
      seed: options.seed)
    let analysis = WindowedAnalysis(
      selected: selected, size: size, context: context, resamples: options.bootstrapResamples, seed: options.seed)
    if options.dateRange.isUnbounded {
      diagnostics.count(kind: "undated_interaction", severity: .warning, by: analysis.undatedInteractions)
    }
    return analysis
  }
}
