import ConversationModel
import InteractionGraph

/// The graph of the selected interactions: nodes are the people who took part in at least one of them.
///
/// Edge weight `u → v` is the summed weight of the selected interactions from `u` to `v` (1 each, or the
/// interactions CSV weight). Nodes are numbered in corpus order, so output is deterministic.
///
/// Choices: the corpus's interactions are read in place with the kinds as a bit mask (no copy of the selected
/// interactions, no hashing per interaction), and people are mapped to nodes through a 4-byte table.
/// - Complexity: O(people + interactions) time, plus `GraphBuilder.build()`.
public struct SelectedGraph: Sendable {
  public let graph: InteractionGraph
  /// Corpus person of each node.
  public let personOfNode: [PersonIndex]
  /// Node of each corpus person, or `nil` for people with no selected interaction.
  public let nodeOfPerson: [Int?]

  public init(corpus: Corpus, kinds: Set<InteractionKind>) {
    self.init(personCount: corpus.people.count, interactions: corpus.interactions, kinds: KindMask(kinds))
  }

  /// The graph of interactions already selected (by kind, date range or time window), over a corpus of
  /// `personCount` people; nodes are numbered by the same rule as the whole graph's (corpus order among the
  /// people who take part), so `personOfNode` and `nodeOfPerson` relate any two such graphs.
  public init(personCount: Int, selected: [Interaction]) {
    self.init(personCount: personCount, interactions: selected, kinds: KindMask.all)
  }

  private init(personCount: Int, interactions: [Interaction], kinds: KindMask) {
    var nodeOfPersonIndex = [Int32](repeating: 0, count: personCount)
    var selectedCount = 0
    for interaction in interactions where kinds.contains(interaction.kind) {
      nodeOfPersonIndex[Int(interaction.source)] = 1
      nodeOfPersonIndex[Int(interaction.target)] = 1
      selectedCount += 1
    }
    var nodeOfPerson: [Int?] = Array(repeating: nil, count: personCount)
    var personOfNode: [PersonIndex] = []
    for person in 0 ..< personCount {
      guard nodeOfPersonIndex[person] != 0 else {
        nodeOfPersonIndex[person] = -1
        continue
      }
      nodeOfPersonIndex[person] = Int32(personOfNode.count)
      nodeOfPerson[person] = personOfNode.count
      personOfNode.append(PersonIndex(person))
    }
    var builder = GraphBuilder(nodeCount: personOfNode.count)
    builder.reserveCapacity(selectedCount)
    for interaction in interactions where kinds.contains(interaction.kind) {
      builder.addEdge(
        from: Int(nodeOfPersonIndex[Int(interaction.source)]), to: Int(nodeOfPersonIndex[Int(interaction.target)]),
        weight: interaction.weight)
    }
    graph = builder.build()
    self.personOfNode = personOfNode
    self.nodeOfPerson = nodeOfPerson
  }
}

/// A set of interaction kinds as bits, tested without hashing.
private struct KindMask {
  static let all = KindMask(Set(InteractionKind.allCases))

  private let bits: UInt8

  init(_ kinds: Set<InteractionKind>) {
    bits = kinds.reduce(0) { $0 | Self.bit($1) }
  }

  func contains(_ kind: InteractionKind) -> Bool { bits & Self.bit(kind) != 0 }

  private static func bit(_ kind: InteractionKind) -> UInt8 {
    switch kind {
    case .reply: 1
    case .mention: 2
    case .reaction: 4
    case .message: 8
    }
  }
}
