import ConversationModel
import GraphMetrics
import InteractionGraph

/// The analysis pipeline: select interactions, build the graph, compute metrics, join the org chart, and
/// measure flows across levels and groups.
public enum Analyzer {
  /// Analyses a corpus, optionally joined with an org chart.
  ///
  /// Diagnostics of the org chart (unknown managers, cycles) and of the join (unmatched people on either side)
  /// are added to the corpus's own.
  ///
  /// - Complexity: dominated by betweenness and closeness, O(|V|·|E|) on the selected graph.
  public static func analyze(_ corpus: Corpus, org: OrgChart?, options: AnalysisOptions) -> Analysis {
    var diagnostics = corpus.diagnostics
    let inRange = inDateRange(corpus, options: options, diagnostics: &diagnostics)
    let selected = selectedByKind(inRange, kinds: options.kinds)
    let selection =
      options.dateRange.isUnbounded
      ? SelectedGraph(corpus: corpus, kinds: options.kinds)
      : SelectedGraph(personCount: corpus.people.count, selected: selected)
    let metrics = NodeMetrics(graph: selection.graph, accuracy: options.accuracy)
    let attributes = PersonAttributes(corpus: corpus, org: org, options: options, diagnostics: &diagnostics)
    let rankOfNode = selection.personOfNode.map { attributes.rank[Int($0)] }
    let levels =
      rankOfNode.contains { $0 != nil }
      ? LevelFlow(graph: selection.graph, rankOfNode: rankOfNode, bands: attributes.levelBands) : nil
    let groupOfNode = selection.personOfNode.map { person in
      switch options.groupBy {
      case .department: attributes.department[Int(person)]
      case .level: attributes.level[Int(person)]
      }
    }
    let groups =
      groupOfNode.contains { $0 != nil }
      ? GroupMixing(graph: selection.graph, attribute: options.groupBy.rawValue, groupOfNode: groupOfNode,
                    permutations: options.permutations, seed: options.seed) : nil
    let windows = options.window.map { size in
      windowed(selected, size: size, corpus: corpus, attributes: attributes, options: options,
               diagnostics: &diagnostics)
    }
    let groupIndex = Dictionary(uniqueKeysWithValues: (groups?.order ?? []).enumerated().map { ($1, $0) })
    let positions = GroupPositions(
      graph: selection.graph, groupOfNode: groupOfNode.map { $0.flatMap { groupIndex[$0] } },
      method: options.communities, seed: options.seed)
    var analysis = Analysis(
      inputs: corpus.inputs, diagnostics: diagnostics,
      summary: summary(corpus, interactions: inRange, selection: selection, metrics: metrics,
                       communities: positions.communities, kinds: options.kinds),
      people: peopleRows(corpus, interactions: inRange, selection: selection, metrics: metrics, positions: positions,
                         attributes: attributes),
      levels: levels, groups: groups, org: attributes.joinSummary, windows: windows, selection: selection)
    addHierarchy(to: &analysis, attributes: attributes, metrics: metrics, options: options)
    analysis.participation = Participation(corpus: corpus)
    addParticipationBreakdowns(to: &analysis, corpus: corpus, attributes: attributes, selected: selected,
                               window: options.window)
    addRoles(to: &analysis, corpus: corpus, interactions: inRange, options: options)
    return analysis
  }

  /// The interactions of `interactions` whose kind is in `kinds`, in order: `interactions` itself (no copy) when
  /// every kind in it is selected, as in an interactions CSV of one kind.
  /// - Complexity: O(interactions).
  private static func selectedByKind(_ interactions: [Interaction], kinds: Set<InteractionKind>) -> [Interaction] {
    let excluded = InteractionKind.allCases.filter { !kinds.contains($0) }
    guard interactions.contains(where: { excluded.contains($0.kind) }) else { return interactions }
    return interactions.filter { kinds.contains($0.kind) }
  }

  private static func summary(
    _ corpus: Corpus, interactions: [Interaction], selection: SelectedGraph, metrics: NodeMetrics,
    communities: CommunityPartition, kinds: Set<InteractionKind>
  ) -> Analysis.Summary {
    var counts = Dictionary(uniqueKeysWithValues: InteractionKind.allCases.map { ($0, 0) })
    for interaction in interactions { counts[interaction.kind, default: 0] += 1 }
    let graph = selection.graph
    return Analysis.Summary(
      people: corpus.people.lazy.filter { !$0.isBot }.count, activePeople: graph.nodeCount,
      messages: corpus.humanMessageCount, interactions: counts,
      inferredReplies: interactions.lazy.filter { $0.kind == .reply && $0.isInferred }.count,
      privateMessages: corpus.messages.lazy.filter { $0.isPrivate && !corpus.isBot(message: $0) }.count,
      kinds: kinds.sorted(),
      nodes: graph.nodeCount, edges: graph.edgeCount, totalWeight: graph.totalWeight, density: metrics.density,
      reciprocity: metrics.reciprocity, weakComponents: metrics.weakComponentCount,
      strongComponents: metrics.strongComponentCount, communities: communities.count,
      modularity: communities.modularity,
      estimates: [
        .init(metric: "betweenness", method: metrics.betweennessMethod),
        .init(metric: "closeness", method: metrics.closenessMethod),
        .init(metric: "harmonic", method: metrics.harmonicMethod),
      ])
  }

  private static func peopleRows(
    _ corpus: Corpus, interactions: [Interaction], selection: SelectedGraph, metrics: NodeMetrics,
    positions: GroupPositions, attributes: PersonAttributes
  ) -> [Analysis.PersonRow] {
    var messages = Array(repeating: 0, count: corpus.people.count)
    for message in corpus.messages where !corpus.isBot(message: message) { messages[Int(message.author)] += 1 }
    var repliesSent = Array(repeating: 0, count: corpus.people.count)
    var repliesReceived = repliesSent
    for interaction in interactions where interaction.kind == .reply {
      repliesSent[Int(interaction.source)] += 1
      repliesReceived[Int(interaction.target)] += 1
    }
    return corpus.people.indices.filter { !corpus.people[$0].isBot }.map { index in
      let person = corpus.people[index]
      let node = selection.nodeOfPerson[index]
      return Analysis.PersonRow(
        id: person.id, name: attributes.name[index], title: attributes.title[index],
        department: attributes.department[index],
        level: attributes.level[index], levelRank: attributes.rank[index], manager: attributes.manager[index],
        levelSource: attributes.levelSource[index], hasDirectReports: attributes.hasDirectReports[index],
        orgMatch: attributes.orgMatch[index],
        messages: messages[index], repliesSent: repliesSent[index], repliesReceived: repliesReceived[index],
        node: node, metrics: metrics.row(node: node), positions: positions.row(node: node))
    }
  }
}
