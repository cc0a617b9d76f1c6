/// Everything read from the inputs: people, messages, the interactions they imply and what went wrong, with no
/// selection or analysis applied yet. Built by `CorpusBuilder`.
public struct Corpus: Sendable {
  public internal(set) var people: [Person] = []
  public internal(set) var messages = MessageList()
  /// Every interaction of every kind between two distinct people, neither a bot, in input order: replies,
  /// mentions and reactions derived from messages, then events read directly (interactions CSV).
  /// Self-interactions and interactions with bots are counted in `diagnostics` instead.
  public internal(set) var interactions: [Interaction] = []
  public internal(set) var inputs: [InputSummary] = []
  public var diagnostics = DiagnosticLog()
  /// Person of each platform id (or of the id merged into it), by `String`, except the canonical decimal ids kept
  /// in `decimalIndexByID` by their number (`DecimalKeyTable.number(of:)`), found there with no hashing.
  package var indexByID: [String: PersonIndex] = [:]
  package var decimalIndexByID = DecimalKeyTable()

  public init() {}

  /// The person with this platform id (or the person it was merged into), if any.
  public func personIndex(id: String) -> PersonIndex? {
    personIndex(id: id, number: DecimalKeyTable.number(of: id))
  }

  /// `personIndex(id:)` given the id's decimal number (`DecimalKeyTable.number(of:)`).
  package func personIndex(id: String, number: Int?) -> PersonIndex? {
    if let number, let index = decimalIndexByID.value(of: number) { return index }
    return indexByID[id]
  }

  /// How many interactions of each kind were found, before any selection.
  public var interactionCounts: [InteractionKind: Int] {
    var counts = Dictionary(uniqueKeysWithValues: InteractionKind.allCases.map { ($0, 0) })
    for interaction in interactions { counts[interaction.kind, default: 0] += 1 }
    return counts
  }

  /// True for a bot person, or for a message a bot sent.
  public func isBot(message: Message) -> Bool { message.isFromBot || people[Int(message.author)].isBot }

  /// True when message `index` was sent by a bot (`isBot(message:)` without rebuilding the message).
  public func isBot(messageAt index: Int) -> Bool {
    messages.isFromBot(index) || people[Int(messages.author(of: index))].isBot
  }

  /// Inferred replies among `interactions` (`Interaction.isInferred`); 0 unless reply inference was on.
  public var inferredReplyCount: Int { interactions.lazy.filter(\.isInferred).count }

  /// Messages sent in private conversations (`Message.isPrivate`), bots' included.
  public var privateMessageCount: Int { messages.indices.lazy.filter { self.messages.isPrivate($0) }.count }

  /// Messages not sent by bots.
  public var humanMessageCount: Int { messages.indices.lazy.filter { !self.isBot(messageAt: $0) }.count }
}
