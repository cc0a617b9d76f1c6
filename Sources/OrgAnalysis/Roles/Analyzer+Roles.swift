import ConversationModel
import GraphMetrics
import InteractionGraph

extension Analyzer {
  /// Gives every person row a persona and computes `analysis.roles` (docs/roles.md).
  ///
  /// - Parameter interactions: every interaction within the date range, of every kind.
  /// - Complexity: two Gould–Fernandez brokerage counts, O(Σ deg²), plus O(M + I + n log n).
  static func addRoles(
    to analysis: inout Analysis, corpus: Corpus, interactions: [Interaction], options: AnalysisOptions
  ) {
    let activity = RoleActivity(corpus: corpus, interactions: interactions, dateRange: options.dateRange)
    let personOfRow = corpus.people.indices.filter { !corpus.people[$0].isBot }
    let thresholds = options.roles.personaThresholds
    for (row, person) in personOfRow.enumerated() {
      analysis.people[row].persona = thresholds.persona(
        posts: activity.posts[person], replies: activity.replies[person], reactions: activity.reactionsGiven[person],
        repliesReceived: activity.repliesReceived[person], received: activity.received(person))
    }
    let context = roleContext(analysis, personOfRow: personOfRow, activity: activity)
    analysis.roles = roles(context: context, options: options.roles)
  }

  private static func roles(context: RoleContext, options: RoleOptions) -> Roles {
    let influenceComponents = context.components(context.influenceFigures())
    let bridgeComponents = context.components(context.bridgeFigures())
    let influence = context.candidates.indices.map {
      context.meanEntry(candidate: $0, components: influenceComponents[$0])
    }
    let bridging = context.candidates.indices.map {
      context.meanEntry(candidate: $0, components: bridgeComponents[$0])
    }
    let personas = context.rows.map(\.persona)
    var counts = Dictionary(uniqueKeysWithValues: Persona.allCases.map { ($0, 0) })
    for persona in personas.compactMap({ $0 }) { counts[persona, default: 0] += 1 }
    return Roles(
      influencers: influence.rankedByScore(), bridgeBuilders: bridging.rankedByScore(),
      ambassadors: context.ambassadors(
        influence: influence, bridging: bridging, personaOfRow: personas, weights: options.ambassadorWeights),
      options: options, personaCounts: counts)
  }

  private static func roleContext(_ analysis: Analysis, personOfRow: [Int], activity: RoleActivity) -> RoleContext {
    let rows = analysis.people
    let graph = analysis.selection.graph
    let personOfNode = analysis.selection.personOfNode
    let rowOfPerson = Dictionary(uniqueKeysWithValues: personOfRow.enumerated().map { ($1, $0) })
    let rowOfNode = personOfNode.map { rowOfPerson[Int($0)] }
    let departments = rowOfNode.map { $0.flatMap { rows[$0].department } }
    let ranks = rowOfNode.map { $0.flatMap { rows[$0].levelRank } }
    let departmentIndex = Dictionary(
      uniqueKeysWithValues: Set(departments.compactMap { $0 }).sorted().enumerated().map { ($1, $0) })
    let departmentOfNode = departments.map { $0.flatMap { departmentIndex[$0] } }
    let hasDepartments = departmentOfNode.contains { $0 != nil }
    let unknown = departmentIndex.count
    return RoleContext(
      rows: rows, candidates: rows.indices.filter { rows[$0].node != nil }, personOfRow: personOfRow,
      activity: activity, graph: graph,
      departmentBrokerage: hasDepartments ? crossGroupBrokerage(graph, groups: departmentOfNode) : nil,
      levelBrokerage: ranks.contains { $0 != nil } ? crossGroupBrokerage(graph, groups: ranks) : nil,
      departmentParticipation: hasDepartments
        ? (try? graph.participationCoefficients(modules: departmentOfNode.map { $0 ?? unknown }))?.values : nil)
  }

  /// Brokerage two-paths across groups per node: every Gould–Fernandez role but coordinator.
  private static func crossGroupBrokerage(_ graph: InteractionGraph, groups: [Int?]) -> [Double]? {
    guard let analysis = try? graph.brokerageRoles(groups: groups) else { return nil }
    return graph.nodes.map { node in
      let counts = analysis.counts[node]
      return Double(counts.total - counts[.coordinator])
    }
  }
}
