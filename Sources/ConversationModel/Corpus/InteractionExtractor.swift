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

  mutating func interactions(direct: [Interaction]) -> [Interaction] {
    for message in corpus.messages {
      let authorIsBot = corpus.isBot(message: message)
      if let target = replyTarget(of: message) {
        keep(message.author, target.person, .reply, message.time, inferred: message.isInferredReply,
             sourceIsBot: authorIsBot, targetIsBot: target.isBot)
      }
      for mentioned in message.mentions {
        keep(message.author, mentioned, .mention, message.time, sourceIsBot: authorIsBot, targetIsBot: false)
      }
      for reacting in message.reactions {
        keep(reacting, message.author, .reaction, message.time, sourceIsBot: false, targetIsBot: authorIsBot)
      }
    }
    for interaction in direct {
      keep(interaction.source, interaction.target, interaction.kind, interaction.time, weight: interaction.weight,
           sourceIsBot: false, targetIsBot: false)
    }
    return result
  }

  private func replyTarget(of message: Message) -> (person: PersonIndex, isBot: Bool)? {
    if let parent = message.parent {
      let parentMessage = corpus.messages[parent]
      return (parentMessage.author, corpus.isBot(message: parentMessage))
    }
    return message.parentAuthor.map { ($0, false) }
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
