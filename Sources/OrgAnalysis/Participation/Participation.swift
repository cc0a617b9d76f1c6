import ConversationModel

/// How evenly the whole network takes part: inequality of messages per person and the 90-9-1 split.
///
/// Definitions, all over the people who are not bots (silent people included, with zero messages):
/// - `gini`: G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean) of the messages per person xᵢ; 0 when nobody posted.
/// - `lorenz`: the Lorenz curve at 21 people shares 0, 0.05, …, 1 (people sorted by messages, fewest first),
///   each with the share of all messages those people sent; between whole people the curve is linear.
/// - 90-9-1 split: `creators` sent at least one message that is not a reply (`Message.isReply` false: it starts
///   a thread or stands alone); `contributors` are the others who sent a reply or reacted to any message;
///   `observers` did neither.
/// - `topOnePercentShare`, `topTenPercentShare`: the share of messages sent by the ⌈n/100⌉ (⌈n/10⌉) people with
///   the most messages; `nil` when nobody posted.
/// - `activeShare`: (creators + contributors) / people; `nil` without people.
///
/// Messages of every date are counted, as in the people table's `messages`.
public struct Participation: Sendable, Equatable {
  /// One point of the Lorenz curve.
  public struct LorenzPoint: Sendable, Equatable {
    public var peopleShare: Double
    public var messageShare: Double
  }

  public var people: Int
  /// People with at least one message.
  public var posters: Int
  public var messages: Int
  public var gini: Double
  public var lorenz: [LorenzPoint]
  public var creators: Int
  public var contributors: Int
  public var observers: Int
  public var topOnePercentShare: Double?
  public var topTenPercentShare: Double?
  public var activeShare: Double?

  /// Points of the Lorenz curve: people shares 0, 1/20, …, 1.
  public static let lorenzSteps = 20

  /// Participation of the corpus's people who are not bots; bots' messages and reactions are left out.
  ///
  /// - Complexity: O(M + R + n log n) for M messages, R reactions and n people.
  public init(corpus: Corpus) {
    let count = corpus.people.count
    var messages = Array(repeating: 0, count: count)
    var created = Array(repeating: false, count: count)
    var reacted = Array(repeating: false, count: count)
    for message in corpus.messages {
      for reactor in message.reactions { reacted[Int(reactor)] = true }
      guard !corpus.isBot(message: message) else { continue }
      messages[Int(message.author)] += 1
      if !message.isReply { created[Int(message.author)] = true }
    }
    let humans = corpus.people.indices.filter { !corpus.people[$0].isBot }
    self.init(
      messages: humans.map { messages[$0] }, created: humans.map { created[$0] },
      reacted: humans.map { reacted[$0] })
  }

  /// Participation from per-person figures (index i is one person): messages sent, whether they sent a message
  /// that is not a reply, and whether they reacted. The three arrays have one entry per person.
  ///
  /// - Complexity: O(n log n).
  public init(messages: [Int], created: [Bool], reacted: [Bool]) {
    people = messages.count
    posters = messages.lazy.filter { $0 > 0 }.count
    self.messages = messages.reduce(0, +)
    let ascending = messages.sorted()
    gini = Self.gini(sorted: ascending)
    lorenz = Self.lorenz(sorted: ascending, steps: Self.lorenzSteps)
    creators = 0
    contributors = 0
    for index in messages.indices {
      if created[index] {
        creators += 1
      } else if messages[index] > 0 || reacted[index] {
        contributors += 1
      }
    }
    observers = people - creators - contributors
    topOnePercentShare = Self.topShare(sorted: ascending, divisor: 100)
    topTenPercentShare = Self.topShare(sorted: ascending, divisor: 10)
    activeShare = people > 0 ? Double(creators + contributors) / Double(people) : nil
  }

  /// The Gini coefficient Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean) of non-negative values; 0 when they sum to 0.
  ///
  /// Computed from the ascending order as Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σx), i = 1…n, which equals the pairwise form.
  /// - Complexity: O(n log n).
  public static func gini(_ values: [Int]) -> Double { gini(sorted: values.sorted()) }

  private static func gini(sorted values: [Int]) -> Double {
    let total = values.reduce(0, +)
    guard total > 0 else { return 0 }
    let n = values.count
    var weighted = 0.0
    for (offset, value) in values.enumerated() { weighted += Double(2 * (offset + 1) - n - 1) * Double(value) }
    return weighted / (Double(n) * Double(total))
  }

  /// The Lorenz curve at people shares k/steps, linear between whole people; the line of equality when nobody
  /// posted (every share is then as good as any other, and the Gini is 0).
  private static func lorenz(sorted values: [Int], steps: Int) -> [LorenzPoint] {
    let total = values.reduce(0, +)
    var cumulative = [0]
    for value in values { cumulative.append(cumulative[cumulative.count - 1] + value) }
    let n = values.count
    return (0...steps).map { step in
      let peopleShare = Double(step) / Double(steps)
      guard total > 0 else { return LorenzPoint(peopleShare: peopleShare, messageShare: peopleShare) }
      let position = peopleShare * Double(n)
      let whole = min(Int(position.rounded(.down)), n)
      let fraction = position - Double(whole)
      let next = whole < n ? Double(values[whole]) * fraction : 0
      return LorenzPoint(peopleShare: peopleShare, messageShare: (Double(cumulative[whole]) + next) / Double(total))
    }
  }

  /// The share of the total held by the ⌈n / divisor⌉ largest values (integer arithmetic, so 10 % of 30 is 3,
  /// not 4 from a rounding error); `nil` when the total is 0.
  private static func topShare(sorted values: [Int], divisor: Int) -> Double? {
    let total = values.reduce(0, +)
    guard total > 0 else { return nil }
    let count = (values.count + divisor - 1) / divisor
    return Double(values.suffix(count).reduce(0, +)) / Double(total)
  }
}
