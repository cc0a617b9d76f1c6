import ConversationModel

extension Breakdown where Value == Participation {
  /// `Participation` (Gini, Lorenz curve, 90-9-1 split, top shares, active share), whole and per department,
  /// level, channel and window.
  ///
  /// Who is counted: per department and level, the people (not bots) of that department or level, with all
  /// their messages; per channel, the people who posted or reacted in the channel (the export lists no channel
  /// membership), with their messages in it, so a channel has no observers; per window, every person, with the
  /// messages they sent in the window and the reactions on those messages (reactions carry no time of their
  /// own). A creator of a channel or window sent a root (a message that is not a reply) in it; messages without
  /// a time are in no window (`undatedMessages` counts those sent by people).
  /// Choices: a department or level that only bots have is no entry.
  /// - Complexity: O(M + R + P log P + W · P) for M messages, R reactions, P people and W windows, with hashing.
  public init(corpus: Corpus, groups: PersonGroups, window: WindowSize?) {
    let tally = ParticipationTally(corpus: corpus) { _ in 0 }
    let humans = corpus.people.indices.filter { !corpus.people[$0].isBot }
    whole = tally.participation(people: humans, scope: 0)
    let inDepartment = Dictionary(grouping: humans.filter { groups.department[$0] != nil }) {
      groups.department[$0] ?? ""
    }
    byDepartment = groups.departmentOrder.compactMap { name in
      inDepartment[name].map { Group(name: name, value: tally.participation(people: $0, scope: 0)) }
    }
    let inLevel = Dictionary(grouping: humans.filter { groups.level[$0] != nil }) { groups.level[$0] ?? "" }
    byLevel = groups.levelOrder.compactMap { name in
      inLevel[name].map { Group(name: name, value: tally.participation(people: $0, scope: 0)) }
    }
    let channels = Array(Set(corpus.messages.compactMap(\.channel))).sorted()
    let scopeOfChannel = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1, $0) })
    let byChannelTally = ParticipationTally(corpus: corpus) { $0.channel.flatMap { scopeOfChannel[$0] } }
    byChannel = channels.indices.compactMap { scope in
      let members = byChannelTally.members(scope: scope)
      guard !members.isEmpty else { return nil }
      return Group(name: channels[scope], value: byChannelTally.participation(people: members, scope: scope))
    }
    windows = window.map { size in
      let windows = messageWindows(corpus, size: size)
      let index = WindowIndex(size: size, windows: windows)
      let byWindow = ParticipationTally(corpus: corpus) { index.position(of: $0.time) }
      return windows.indices.map { position in
        Window(window: windows[position], value: byWindow.participation(people: humans, scope: position))
      }
    } ?? []
  }
}

/// Messages sent, roots sent and reactions given per (scope, person), for the scopes a message is put in.
private struct ParticipationTally {
  struct Key: Hashable {
    var scope: Int
    var person: Int
  }

  var messages: [Key: Int] = [:]
  var created = Set<Key>()
  var reacted = Set<Key>()
  /// People (not bots) who posted or reacted, per scope, in first-seen order.
  var membersOfScope: [Int: [Int]] = [:]

  /// Tallies every message `scope` puts somewhere (`nil`: nowhere); bots' messages and reactions are left out.
  init(corpus: Corpus, scope: (Message) -> Int?) {
    for message in corpus.messages {
      guard let scope = scope(message) else { continue }
      for reactor in message.reactions where !corpus.people[Int(reactor)].isBot {
        note(Key(scope: scope, person: Int(reactor)))
        reacted.insert(Key(scope: scope, person: Int(reactor)))
      }
      guard !corpus.isBot(message: message) else { continue }
      let key = Key(scope: scope, person: Int(message.author))
      note(key)
      messages[key, default: 0] += 1
      if !message.isReply { created.insert(key) }
    }
  }

  private mutating func note(_ key: Key) {
    if messages[key] == nil && !created.contains(key) && !reacted.contains(key) {
      membersOfScope[key.scope, default: []].append(key.person)
    }
  }

  func members(scope: Int) -> [Int] { (membersOfScope[scope] ?? []).sorted() }

  func participation(people: [Int], scope: Int) -> Participation {
    let keys = people.map { Key(scope: scope, person: $0) }
    return Participation(
      messages: keys.map { messages[$0] ?? 0 }, created: keys.map(created.contains),
      reacted: keys.map(reacted.contains))
  }
}
