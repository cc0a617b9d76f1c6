import ConversationModel
import InteractionGraph

/// The graph of the selected interactions: nodes are the people who took part in at least one of them.
///
/// Edge weight `u → v` is the summed weight of the selected interactions from `u` to `v` (1 each, or the
/// interactions CSV weight). Nodes are numbered in corpus order, so output is deterministic.
///
/// - Complexity: O(people + interactions) time, plus `GraphBuilder.build()`.
public struct SelectedGraph: Sendable {
  public let graph: InteractionGraph
  /// Corpus person of each node.
  public let personOfNode: [PersonIndex]
  /// Node of each corpus person, or `nil` for people with no selected interaction.
  public let nodeOfPerson: [Int?]

  public init(corpus: Corpus, kinds: Set<InteractionKind>) {
    self.init(personCount: corpus.people.count, selected: corpus.interactions.filter { kinds.contains($0.kind) })
  }

  /// The graph of interactions already selected (by kind, date range or time window), over a corpus of
  /// `personCount` people; nodes are numbered by the same rule as the whole graph's (corpus order among the
  /// people who take part), so `personOfNode` and `nodeOfPerson` relate any two such graphs.
  public init(personCount: Int, selected: [Interaction]) {
    var isActive = Array(repeating: false, count: personCount)
    for interaction in selected {
      isActive[Int(interaction.source)] = true
      isActive[Int(interaction.target)] = true
    }
    var nodeOfPerson: [Int?] = Array(repeating: nil, count: personCount)
    var personOfNode: [PersonIndex] = []
    for person in 0 ..< personCount where isActive[person] {
      nodeOfPerson[person] = personOfNode.count
      personOfNode.append(PersonIndex(person))
    }
    var builder = GraphBuilder(nodeCount: personOfNode.count)
    builder.reserveCapacity(selected.count)
    for interaction in selected {
      if let source = nodeOfPerson[Int(interaction.source)], let target = nodeOfPerson[Int(interaction.target)] {
        builder.addEdge(from: source, to: target, weight: interaction.weight)
      }
    }
    graph = builder.build()
    self.personOfNode = personOfNode
    self.nodeOfPerson = nodeOfPerson
  }
}
