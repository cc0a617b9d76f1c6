import ConversationModel

extension Analyzer {
  /// Sets `participationBreakdown` and `health`, grouping people by their department and level as the people
  /// table shows them (org chart first, else the export's directory).
  /// - Complexity: that of the two `Breakdown` initializers, linear in messages, interactions and people.
  static func addParticipationBreakdowns(
    to analysis: inout Analysis, corpus: Corpus, attributes: PersonAttributes, selected: [Interaction],
    window: WindowSize?
  ) {
    let groups = PersonGroups(department: attributes.department, level: attributes.level, levelRank: attributes.rank)
    analysis.participationBreakdown = Breakdown(corpus: corpus, groups: groups, window: window)
    analysis.health = Breakdown(corpus: corpus, groups: groups, selected: selected, window: window)
  }
}
