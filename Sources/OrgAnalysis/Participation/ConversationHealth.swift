import ConversationModel
import Foundation

/// How conversations go: thread size and depth, time to first reply, unanswered threads, replies per post and
/// reciprocity of ties.
///
/// Definitions (threads as in `ThreadForest`; a *person* is anyone who is not a bot):
/// - `threads`: roots sent by people. Threads a bot started are left out of every figure here.
/// - `size`: messages sent by people in the thread, root included; `depth`: the largest depth (parent links to
///   the root, root 0) of a message sent by a person in the thread, links through a bot's message included.
/// - Answered: some person other than the starter sent a message in the thread (at any depth); `unanswered`
///   counts the others, and `unansweredShare = unanswered / threads`. Bots' replies and the starter's own
///   replies never answer.
/// - `timeToFirstReply` (CHAOSS "Time to First Response"): seconds from the root's time to the earliest time of
///   a message in the thread by a person other than the starter, over answered threads where both times are
///   known (`timedAnswered` of them). A root without a time is counted in `undatedThreads`, an answered thread
///   whose answers all lack a time in `answeredWithoutTime`; neither is guessed. Values are kept as measured.
/// - `replies`: messages sent by people that are replies (orphan replies included); `replyToPostRatio =
///   replies / threads`, `nil` without threads. `orphanReplies`: those replies that belong to no thread.
/// - Reciprocity: `ties` are the distinct ordered pairs u → v of the directed graph, `reciprocatedTies` those
///   whose v → u is a tie too; `reciprocity = reciprocatedTies / ties` (NetworkX `overall_reciprocity`), `nil`
///   without ties.
/// The statistics are the mean, the median and 90th percentile with NumPy's default linear interpolation
/// between order statistics (position p · (n − 1)), and the maximum; all `nil` over no values.
public struct ConversationHealth: Sendable, Equatable {
  /// Mean, median, 90th percentile and maximum of some values, `nil` when there are none.
  public struct Statistics: Sendable, Equatable {
    public var count: Int
    public var mean: Double?
    public var median: Double?
    public var percentile90: Double?
    public var maximum: Double?

    /// The statistics of `values`.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
      count = values.count
      guard !values.isEmpty else { return }
      let sorted = values.sorted()
      mean = sorted.reduce(0, +) / Double(sorted.count)
      median = Trend.percentile(sorted, 0.5)
      percentile90 = Trend.percentile(sorted, 0.9)
      maximum = sorted.last
    }
  }

  public var threads: Int
  public var size: Statistics
  public var depth: Statistics
  public var answered: Int
  public var unanswered: Int
  public var unansweredShare: Double?
  /// Seconds, over the `timedAnswered` answered threads with both times known.
  public var timeToFirstReply: Statistics
  public var timedAnswered: Int { timeToFirstReply.count }
  public var undatedThreads: Int
  public var answeredWithoutTime: Int
  public var replies: Int
  public var orphanReplies: Int
  public var replyToPostRatio: Double?
  public var ties: Int
  public var reciprocatedTies: Int
  public var reciprocity: Double?

  /// The figures of some threads, replies and ties.
  /// - Complexity: O(T log T) for T threads.
  init(threads: [ThreadSummary], replies: Int, orphanReplies: Int, ties: TieCount) {
    self.threads = threads.count
    size = Statistics(threads.map { Double($0.size) })
    depth = Statistics(threads.map { Double($0.depth) })
    answered = threads.lazy.filter(\.isAnswered).count
    unanswered = self.threads - answered
    unansweredShare = threads.isEmpty ? nil : Double(unanswered) / Double(self.threads)
    timeToFirstReply = Statistics(threads.compactMap(\.secondsToFirstReply))
    undatedThreads = threads.lazy.filter { $0.time == nil }.count
    answeredWithoutTime = threads.lazy.filter { $0.isAnswered && $0.time != nil && $0.secondsToFirstReply == nil }
      .count
    self.replies = replies
    self.orphanReplies = orphanReplies
    replyToPostRatio = threads.isEmpty ? nil : Double(replies) / Double(threads.count)
    self.ties = ties.ties
    reciprocatedTies = ties.reciprocated
    reciprocity = ties.ties > 0 ? Double(ties.reciprocated) / Double(ties.ties) : nil
  }
}

/// One thread started by a person: what the health figures need of it.
struct ThreadSummary {
  var starter: PersonIndex
  var channel: String?
  var time: Date?
  var size: Int
  var depth: Int
  var isAnswered: Bool
  var secondsToFirstReply: Double?
}

/// Ties and reciprocated ties of some directed graph, or of the part of it whose sources are in one group.
struct TieCount: Equatable {
  var ties = 0
  var reciprocated = 0
}
