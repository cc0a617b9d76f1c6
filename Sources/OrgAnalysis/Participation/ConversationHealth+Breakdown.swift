import ConversationModel
import Foundation

extension Breakdown where Value == ConversationHealth {
  /// Conversation health of a corpus, whole and per department, level, channel and window.
  ///
  /// Which group a figure belongs to: threads (size, depth, answers, time to first reply) by their starter's
  /// department and level, their root's channel and the window holding the root's time; replies (for
  /// `replyToPostRatio`) by their own author, channel and time; ties by their source's department and level, and
  /// by the window of the interactions that make them.
  /// Choices: whole-network and per-group ties are those of `selected`, the interactions the graph is built
  /// from (distinct source → target pairs), so the whole `reciprocity` is the summary's; per window, the ties of
  /// the window's dated interactions. Interactions carry no channel, so a channel's ties are its reply ties: a
  /// person's message in the channel → the author of the message it answers (the root on flat platforms, the
  /// export's `parent_user_id` when that message is missing), both people, different, whatever `--kinds` says.
  /// - Parameters:
  ///   - selected: the interactions of the graph (kinds and date range applied).
  ///   - window: cut into windows of this size; `nil` leaves `windows` empty.
  /// - Complexity: O(M + R + N + P + T log T) for M messages, N interactions, P people and T threads, with hashing.
  public init(corpus: Corpus, groups: PersonGroups, selected: [Interaction], window: WindowSize?) {
    let forest = ThreadForest(messages: corpus.messages)
    let threads = Self.threads(corpus, forest: forest)
    let replies = corpus.messages.indices.filter { index in
      !corpus.isBot(message: corpus.messages[index]) && !forest.isRoot(index)
    }
    let pairs = Set(selected.map { TiePair(source: $0.source, target: $0.target) })
    let health = { (threads: [ThreadSummary], replies: [Int], ties: TieCount) in
      ConversationHealth(
        threads: threads, replies: replies.count, orphanReplies: replies.lazy.filter { forest.root[$0] == nil }.count,
        ties: ties)
    }
    whole = health(threads, replies, Self.ties(pairs) { _ in "" }[""] ?? TieCount())
    let author = { (index: Int) in Int(corpus.messages[index].author) }
    byDepartment = Self.groups(
      groups.departmentOrder, threads: threads, threadKey: { groups.department[Int($0.starter)] },
      replies: replies, replyKey: { groups.department[author($0)] },
      ties: Self.ties(pairs) { groups.department[Int($0.source)] }, health: health)
    byLevel = Self.groups(
      groups.levelOrder, threads: threads, threadKey: { groups.level[Int($0.starter)] },
      replies: replies, replyKey: { groups.level[author($0)] },
      ties: Self.ties(pairs) { groups.level[Int($0.source)] }, health: health)
    let channels = Array(Set(corpus.messages.compactMap(\.channel))).sorted()
    byChannel = Self.groups(
      channels, threads: threads, threadKey: \.channel, replies: replies,
      replyKey: { corpus.messages[$0].channel }, ties: Self.channelTies(corpus), health: health)
    windows = window.map { size in
      Self.windows(corpus, size: size, threads: threads, replies: replies, selected: selected, health: health)
    } ?? []
  }

  /// Threads started by people, in root order, with their size, depth, answers and first reply.
  private static func threads(_ corpus: Corpus, forest: ThreadForest) -> [ThreadSummary] {
    var summaryOfRoot: [Int: Int] = [:]
    var threads: [ThreadSummary] = []
    for (index, message) in corpus.messages.enumerated() where forest.isRoot(index) && !corpus.isBot(message: message) {
      summaryOfRoot[index] = threads.count
      threads.append(ThreadSummary(starter: message.author, channel: message.channel, time: message.time, size: 0,
                                   depth: 0, isAnswered: false))
    }
    for (index, message) in corpus.messages.enumerated() where !corpus.isBot(message: message) {
      guard let root = forest.root[index], let thread = summaryOfRoot[root] else { continue }
      threads[thread].size += 1
      threads[thread].depth = max(threads[thread].depth, forest.depth[index])
      guard message.author != threads[thread].starter else { continue }
      threads[thread].isAnswered = true
      guard let start = threads[thread].time, let time = message.time else { continue }
      let seconds = time.timeIntervalSince(start)
      threads[thread].secondsToFirstReply = min(threads[thread].secondsToFirstReply ?? seconds, seconds)
    }
    return threads
  }

  /// One group entry per name in `order` that has a thread, a reply or a tie.
  private static func groups(
    _ order: [String], threads: [ThreadSummary], threadKey: (ThreadSummary) -> String?, replies: [Int],
    replyKey: (Int) -> String?, ties: [String: TieCount],
    health: ([ThreadSummary], [Int], TieCount) -> ConversationHealth
  ) -> [Group] {
    var threadsOf: [String: [ThreadSummary]] = [:]
    for thread in threads { if let key = threadKey(thread) { threadsOf[key, default: []].append(thread) } }
    var repliesOf: [String: [Int]] = [:]
    for reply in replies { if let key = replyKey(reply) { repliesOf[key, default: []].append(reply) } }
    return order.compactMap { name in
      guard threadsOf[name] != nil || repliesOf[name] != nil || ties[name] != nil else { return nil }
      return Group(name: name, value: health(threadsOf[name] ?? [], repliesOf[name] ?? [], ties[name] ?? TieCount()))
    }
  }

  private static func windows(
    _ corpus: Corpus, size: WindowSize, threads: [ThreadSummary], replies: [Int], selected: [Interaction],
    health: ([ThreadSummary], [Int], TieCount) -> ConversationHealth
  ) -> [Window] {
    let windows = messageWindows(corpus, size: size)
    let index = WindowIndex(size: size, windows: windows)
    var threadsOf = Array(repeating: [ThreadSummary](), count: windows.count)
    for thread in threads { if let position = index.position(of: thread.time) { threadsOf[position].append(thread) } }
    var repliesOf = Array(repeating: [Int](), count: windows.count)
    for reply in replies {
      if let position = index.position(of: corpus.messages[reply].time) { repliesOf[position].append(reply) }
    }
    var pairs = Set<TiePair>()
    for interaction in selected {
      guard let position = index.position(of: interaction.time) else { continue }
      pairs.insert(TiePair(source: interaction.source, target: interaction.target, scope: position))
    }
    let ties = Self.ties(pairs) { String($0.scope) }
    return windows.indices.map { position in
      Window(window: windows[position],
             value: health(threadsOf[position], repliesOf[position], ties[String(position)] ?? TieCount()))
    }
  }

  /// Ties of each channel: reply ties formed by the channel's messages (see the initializer).
  private static func channelTies(_ corpus: Corpus) -> [String: TieCount] {
    var channels: [String] = []
    var scopeOfChannel: [String: Int] = [:]
    var pairs = Set<TiePair>()
    for message in corpus.messages where !corpus.isBot(message: message) {
      guard let channel = message.channel else { continue }
      let answered = message.parent.flatMap { corpus.messages.indices.contains($0) ? corpus.messages[$0] : nil }
      guard let target = answered.map(\.author) ?? message.parentAuthor, target != message.author,
        !corpus.people[Int(target)].isBot, !(answered.map(corpus.isBot(message:)) ?? false)
      else { continue }
      let scope = scopeOfChannel[channel] ?? channels.count
      if scope == channels.count {
        scopeOfChannel[channel] = scope
        channels.append(channel)
      }
      pairs.insert(TiePair(source: message.author, target: target, scope: scope))
    }
    return ties(pairs) { channels[$0.scope] }
  }

  /// Ties and reciprocated ties per key of the source side; pairs with a `nil` key are left out.
  private static func ties(_ pairs: Set<TiePair>, key: (TiePair) -> String?) -> [String: TieCount] {
    var counts: [String: TieCount] = [:]
    for pair in pairs {
      guard let name = key(pair) else { continue }
      counts[name, default: TieCount()].ties += 1
      if pairs.contains(TiePair(source: pair.target, target: pair.source, scope: pair.scope)) {
        counts[name, default: TieCount()].reciprocated += 1
      }
    }
    return counts
  }
}

/// An ordered pair of people within one scope (a channel or a window; 0 for the whole graph).
struct TiePair: Hashable {
  var source: PersonIndex
  var target: PersonIndex
  var scope: Int = 0
}
