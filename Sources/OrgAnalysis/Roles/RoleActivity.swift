import ConversationModel
import Foundation

/// What each corpus person gives and receives, counted for the personas and the ambassador components.
///
/// Counted over every interaction kind (whatever `--kinds` selects for the graph) within the date range, and over
/// the people's own messages (bots' excluded) dated within it:
/// - gives: `posts` (messages that are not replies: they start a thread or stand alone), `replies` (reply and
///   person-to-person `message` interactions the person sent) and `reactionsGiven`;
/// - receives: `repliesReceived` (reply and `message` interactions), `mentionsReceived`, `reactionsReceived`;
/// - `distinctRepliers`: the distinct people who sent the person a reply;
/// - `medianReplySeconds`: the median of (reply time − answered message time) over the person's replies to a
///   message of someone else (both dated, the answered message in the corpus, delay ≥ 0); `nil` without one;
/// - `activeMonths`: calendar months (UTC) in which the person sent a message or a dated interaction, out of
///   `months`, the months from the first to the last dated message or interaction of anyone.
struct RoleActivity: Sendable {
  var posts: [Int]
  var replies: [Int]
  var reactionsGiven: [Int]
  var repliesReceived: [Int]
  var mentionsReceived: [Int]
  var reactionsReceived: [Int]
  var distinctRepliers: [Int]
  var medianReplySeconds: [Double?]
  var activeMonths: [Int]
  var months: Int

  /// - Complexity: O(M + I + R log R) for M messages, I interactions and R replies with a delay.
  init(corpus: Corpus, interactions: [Interaction], dateRange: DateRange) {
    let count = corpus.people.count
    let zeros = Array(repeating: 0, count: count)
    (posts, replies, reactionsGiven) = (zeros, zeros, zeros)
    (repliesReceived, mentionsReceived, reactionsReceived) = (zeros, zeros, zeros)
    var repliers = Array(repeating: Set<PersonIndex>(), count: count)
    var monthsOfPerson = Array(repeating: Set<Int>(), count: count)
    var allMonths = Set<Int>()
    for interaction in interactions {
      let (source, target) = (Int(interaction.source), Int(interaction.target))
      switch interaction.kind {
      case .reply, .message:
        replies[source] += 1
        repliesReceived[target] += 1
        if interaction.kind == .reply { repliers[target].insert(interaction.source) }
      case .mention: mentionsReceived[target] += 1
      case .reaction:
        reactionsGiven[source] += 1
        reactionsReceived[target] += 1
      }
      if let month = interaction.time.map(Self.month) {
        monthsOfPerson[source].insert(month)
        allMonths.insert(month)
      }
    }
    var delays = Array(repeating: [Double](), count: count)
    for message in corpus.messages where !corpus.isBot(message: message) && dateRange.contains(message.time) {
      let author = Int(message.author)
      if !message.isReply { posts[author] += 1 }
      if let month = message.time.map(Self.month) {
        monthsOfPerson[author].insert(month)
        allMonths.insert(month)
      }
      if let delay = Self.replyDelay(message, corpus: corpus) { delays[author].append(delay) }
    }
    distinctRepliers = repliers.map(\.count)
    medianReplySeconds = delays.map(Self.median)
    activeMonths = monthsOfPerson.map(\.count)
    if let first = allMonths.min(), let last = allMonths.max() { months = last - first + 1 } else { months = 0 }
  }

  /// Everything the person gave: posts, replies and reactions.
  func given(_ person: Int) -> Int { posts[person] + replies[person] + reactionsGiven[person] }

  /// Everything the person received: replies, mentions and reactions.
  func received(_ person: Int) -> Int { repliesReceived[person] + mentionsReceived[person] + reactionsReceived[person] }

  /// Months since year 0 of the date's UTC calendar month.
  private static func month(_ date: Date) -> Int {
    let (year, month, _) = CivilDate.components(days: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    return year * 12 + month - 1
  }

  /// Seconds from the answered message to `message`, when it answers another person's dated message.
  private static func replyDelay(_ message: Message, corpus: Corpus) -> Double? {
    guard let parentIndex = message.parent, let time = message.time else { return nil }
    let parent = corpus.messages[parentIndex]
    guard parent.author != message.author, !corpus.isBot(message: parent), let parentTime = parent.time else {
      return nil
    }
    let delay = time.timeIntervalSince(parentTime)
    return delay >= 0 ? delay : nil
  }

  /// The median (mean of the two middle values for an even count); `nil` for no values.
  private static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
