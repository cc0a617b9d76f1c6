import ConversationModel

extension Analyzer {
  /// The corpus's interactions inside `options.dateRange`, every kind; interactions without a time, which a
  /// bounded range cannot place, are counted as the diagnostic `undated_interaction` and left out.
  /// - Complexity: O(N) for N interactions.
  static func inDateRange(_ corpus: Corpus, options: AnalysisOptions, diagnostics: inout DiagnosticLog)
    -> [Interaction]
  {
    guard !options.dateRange.isUnbounded else { return corpus.interactions }
    for interaction in corpus.interactions where interaction.time == nil {
      reportUndated(interaction, corpus: corpus, leftOutOf: "everything (--since/--until)", &diagnostics)
    }
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
      groupAttribute: options.groupBy.rawValue, bands: attributes.levelBands, permutations: options.permutations,
      seed: options.seed, personIDs: corpus.people.map(\.id), entryOfPerson: attributes.entry,
      reportingTree: attributes.reportingTree)
    let analysis = WindowedAnalysis(
      selected: selected, size: size, context: context, resamples: options.bootstrapResamples, seed: options.seed)
    if options.dateRange.isUnbounded {
      for interaction in selected where interaction.time == nil {
        reportUndated(interaction, corpus: corpus, leftOutOf: "the time windows", &diagnostics)
      }
    }
    return analysis
  }

  /// One `undated_interaction` warning naming the interaction's two people (`source → target`).
  private static func reportUndated(
    _ interaction: Interaction, corpus: Corpus, leftOutOf scope: String, _ diagnostics: inout DiagnosticLog
  ) {
    let people = "\(corpus.people[Int(interaction.source)].id) → \(corpus.people[Int(interaction.target)].id)"
    let message = "\(interaction.kind.rawValue) without a time, left out of \(scope)"
    diagnostics.emit(Diagnostic(.warning, kind: "undated_interaction", message: message, value: people))
  }
}
