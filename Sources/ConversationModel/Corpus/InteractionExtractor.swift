import Foundation

/// Derives interactions from messages, following DESIGN.md: a reply addresses the author of the message it
/// answers, a mention each distinct person mentioned, a reaction the author of the message reacted to.
///
/// Self-interactions and interactions with a bot on either side are counted as diagnostics
/// (`self_interaction`, `bot_interaction`) and never become interactions.
///
/// Choices: the result is built in the storage of the direct interactions (an mbox has more than two per
/// message), reserved once for every derived interaction that could be kept: the direct ones kept are
/// compacted to the front, the derived ones appended after them, and the two runs then swapped in place, so that
/// the order is the same as deriving first (derived, then direct, each in input order) without a second array
/// of interactions, or one grown by doubling, at the corpus's peak.
/// - Complexity: O(messages + mentions + reactions + direct) time, no memory beyond the result.
struct InteractionExtractor {
  let corpus: Corpus
  var diagnostics: DiagnosticLog
  private var result: [Interaction] = []
  /// Self and bot interactions among the direct ones, in the order their kinds first appeared.
  private var directTallies: [(kind: String, count: Int)] = []
  /// `Person.isBot` of every person, one byte each: read for every interaction, where the people themselves
  /// (88 bytes each) would miss the cache at random.
  private let isBotPerson: [Bool]

  init(corpus: Corpus) {
    self.corpus = corpus
    self.diagnostics = corpus.diagnostics
    isBotPerson = corpus.people.map(\.isBot)
  }

  /// Every interaction kept: the derived ones in message order, then the direct ones kept, in their order.
  /// `mayHaveSelf` false says no direct interaction has the same source and target: with no bot either, none is
  /// dropped, and they are kept without a pass over them.
  mutating func interactions(direct: consuming [Interaction], mayHaveSelf: Bool = true) -> [Interaction] {
    result = consume direct
    let kept = mayHaveSelf || isBotPerson.contains(true) ? keepDirect() : result.count
    result.reserveCapacity(kept + derivedBound())
    let messages = corpus.messages
    for index in messages.indices {
      let author = messages.author(of: index)
      let time = messages.time(of: index)
      let authorIsBot = corpus.isBot(messageAt: index)
      if let target = replyTarget(of: index) {
        keep(author, target.person, .reply, time, inferred: messages.isInferredReply(index),
             sourceIsBot: authorIsBot, targetIsBot: target.isBot)
      }
      for mentioned in messages.mentions(of: index) {
        keep(author, mentioned, .mention, time, sourceIsBot: authorIsBot, targetIsBot: false)
      }
      for reacting in messages.reactions(of: index) {
        keep(reacting, author, .reaction, time, sourceIsBot: false, targetIsBot: authorIsBot)
      }
    }
    for (kind, count) in directTallies { diagnostics.count(kind: kind, severity: .note, by: count) }
    // Derived after direct → derived before direct: reversing both runs, then the whole, rotates in place; with
    // one run empty (an edge list, or messages only) the rotation is the identity, and two passes over the
    // interactions are saved.
    guard kept > 0, kept < result.count else { return result }
    reverse(0..<kept)
    reverse(kept..<result.count)
    reverse(0..<result.count)
    return result
  }

  /// Reverses `result[range]` by swapping in place (a slice's `reverse()` may copy the whole array).
  private mutating func reverse(_ range: Range<Int>) {
    var (low, high) = (range.lowerBound, range.upperBound - 1)
    while low < high {
      result.swapAt(low, high)
      low += 1
      high -= 1
    }
  }

  /// Moves the direct interactions kept to the front of `result`, drops the rest (keeping the capacity) and
  /// tallies the dropped ones; returns how many were kept.
  private mutating func keepDirect() -> Int {
    // Over buffer pointers (millions of interactions: no uniqueness check per write), and an interaction is
    // written only once one before it was dropped.
    var tallies = directTallies
    let kept = isBotPerson.withUnsafeBufferPointer { isBot in
      result.withUnsafeMutableBufferPointer { result in
        var kept = 0
        for position in result.indices {
          let interaction = result[position]
          let (source, target) = (Int(interaction.source), Int(interaction.target))
          guard source == target || isBot[source] || isBot[target] else {
            if kept != position { result[kept] = interaction }
            kept += 1
            continue
          }
          let reason = source == target ? "self_interaction" : "bot_interaction"
          if let slot = tallies.firstIndex(where: { $0.kind == reason }) {
            tallies[slot].count += 1
          } else {
            tallies.append((reason, 1))
          }
        }
        return kept
      }
    }
    directTallies = tallies
    result.removeSubrange(kept...)
    return kept
  }

  /// The most interactions the messages can give: every reply, mention and reaction kept.
  private func derivedBound() -> Int {
    let messages = corpus.messages
    var replies = 0
    for index in messages.indices where messages.parent(of: index) != nil || messages.parentAuthor(of: index) != nil {
      replies += 1
    }
    return replies + messages.annotationCount
  }

  private func replyTarget(of index: Int) -> (person: PersonIndex, isBot: Bool)? {
    if let parent = corpus.messages.parent(of: index) {
      return (corpus.messages.author(of: parent), corpus.isBot(messageAt: parent))
    }
    return corpus.messages.parentAuthor(of: index).map { ($0, false) }
  }

  /// The diagnostic kind that drops an interaction, or `nil` to keep it.
  private func dropReason(_ source: PersonIndex, _ target: PersonIndex, sourceIsBot: Bool, targetIsBot: Bool)
    -> String?
  {
    if source == target { return "self_interaction" }
    if sourceIsBot || targetIsBot || isBotPerson[Int(source)] || isBotPerson[Int(target)] {
      return "bot_interaction"
    }
    return nil
  }

  private mutating func keep(
    _ source: PersonIndex, _ target: PersonIndex, _ kind: InteractionKind, _ time: Date?,
    inferred: Bool = false, sourceIsBot: Bool, targetIsBot: Bool
  ) {
    if let reason = dropReason(source, target, sourceIsBot: sourceIsBot, targetIsBot: targetIsBot) {
      diagnostics.count(kind: reason, severity: .note, by: 1)
    } else {
      result.append(Interaction(source: source, target: target, kind: kind, time: time, isInferred: inferred))
    }
  }
}
