import Foundation

/// Derives interactions from messages, following DESIGN.md: a reply addresses the author of the message it
/// answers, a mention each distinct person mentioned, a reaction the author of the message reacted to.
///
/// Self-interactions and interactions with a bot on either side are counted as diagnostics
/// (`self_interaction`, `bot_interaction`) and never become interactions.
struct InteractionExtractor {
  let corpus: Corpus
  var diagnostics: DiagnosticLog
  private var result: [Interaction] = []

  init(corpus: Corpus) {
    self.corpus = corpus
    self.diagnostics = corpus.diagnostics
  }

  /// Reserves the most interactions there can be (every reply, mention and reaction kept) so that the array
  /// never grows by doubling at the corpus's peak.
  mutating func interactions(direct: [Interaction]) -> [Interaction] {
    let messages = corpus.messages
    var replies = 0
    for index in messages.indices where messages.parent(of: index) != nil || messages.parentAuthor(of: index) != nil {
      replies += 1
    }
    result.reserveCapacity(replies + messages.annotationCount + direct.count)
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
    for interaction in direct {
      keep(interaction.source, interaction.target, interaction.kind, interaction.time, weight: interaction.weight,
           sourceIsBot: false, targetIsBot: false)
    }
    return result
  }

  private func replyTarget(of index: Int) -> (person: PersonIndex, isBot: Bool)? {
    if let parent = corpus.messages.parent(of: index) {
      return (corpus.messages.author(of: parent), corpus.isBot(messageAt: parent))
    }
    return corpus.messages.parentAuthor(of: index).map { ($0, false) }
  }

  private mutating func keep(
    _ source: PersonIndex, _ target: PersonIndex, _ kind: InteractionKind, _ time: Date?, weight: Double = 1,
    inferred: Bool = false, sourceIsBot: Bool, targetIsBot: Bool
  ) {
    if source == target {
      diagnostics.count(kind: "self_interaction", severity: .note, by: 1)
    } else if sourceIsBot || targetIsBot || corpus.people[Int(source)].isBot || corpus.people[Int(target)].isBot {
      diagnostics.count(kind: "bot_interaction", severity: .note, by: 1)
    } else {
      result.append(
        Interaction(source: source, target: target, kind: kind, time: time, weight: weight, isInferred: inferred))
    }
  }
}
