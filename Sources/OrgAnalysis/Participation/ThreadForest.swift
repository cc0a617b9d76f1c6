import ConversationModel

/// The threads of a corpus: for every message, the root its parent chain leads to and its depth.
///
/// Definition: a message is a *root* when it has no reply target (`isReply` false and no `parent`, which also
/// excludes replies inferred by `--infer-replies`); every other message is a *reply*. Following `parent` from a
/// reply leads to a root, whose thread the reply belongs to, at depth = the number of parent links followed
/// (the root has depth 0; on platforms with flat threads, Slack among them, every reply has depth 1).
/// Choices: a reply whose chain ends at a message with a reply target that is not in the corpus
/// (`parent == nil`, a Slack `file_comment` or a reply to a deleted message), or that runs into a cycle, belongs
/// to no thread (`root` is `nil`); it is an *orphan reply*. Bots' messages are threads' members like any other
/// here; the figures decide what to do with them.
/// - Complexity: O(M) time and space for M messages: each message is walked once.
struct ThreadForest {
  /// Index of the root of each message's thread (a root's own index), `nil` for orphan replies.
  var root: [Int?]
  /// Parent links from the message to its root; 0 for roots and orphan replies.
  var depth: [Int]

  init(messages: MessageList) {
    let count = messages.count
    root = Array(repeating: nil, count: count)
    depth = Array(repeating: 0, count: count)
    // 0: not seen, 1: on the chain being walked, 2: resolved.
    var state = [UInt8](repeating: 0, count: count)
    var chain: [Int] = []
    for start in 0 ..< count where state[start] == 0 {
      chain.removeAll(keepingCapacity: true)
      var current = start
      var anchor: (root: Int, depth: Int)?
      while true {
        if state[current] == 2 {
          anchor = root[current].map { ($0, depth[current]) }
          break
        }
        // A message already on the chain: a cycle, whose members and followers reach no root.
        if state[current] == 1 { break }
        state[current] = 1
        chain.append(current)
        if let parent = messages[current].parent, parent >= 0, parent < count {
          current = parent
          continue
        }
        if !messages[current].isReply && messages[current].parent == nil { anchor = (current, -1) }
        break
      }
      for message in chain.reversed() {
        if let found = anchor {
          root[message] = found.root
          depth[message] = found.depth + 1
          anchor = (found.root, found.depth + 1)
        }
        state[message] = 2
      }
    }
  }

  /// Whether message `index` is a root.
  func isRoot(_ index: Int) -> Bool { root[index] == index }
}
