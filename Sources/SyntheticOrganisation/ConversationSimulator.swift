import SeededRandom
/// Simulates the conversations of a synthetic organisation month by month and counts what it wrote.
///
/// Definition, per calendar month m with planted crossing probability c(m):
/// 1. `round(active × threadsPerPersonPerMonth)` thread roots; the author is drawn by activity; the root goes
///    to a shared channel with probability max(0.35, c) (always for the CEO), else to the author's
///    department channel.
/// 2. `round(roots × repliesPerThread)` replies; the replier is drawn by activity; the reply crosses
///    departments with probability c(m) (c + brokerCrossDepartmentBoost for brokers, at most 0.95); within
///    the chosen pool the root author's level is drawn with weight `levelPropensity[replier][author]` ×
///    roots of that level, then a root of that level uniformly. When the chosen pool holds no root to
///    answer, another replier is drawn (up to eight times), so the crossing decision is never overridden.
/// 3. Mentions, reactions, `thread_broadcast`, bot posts and `channel_join` messages are added around them.
/// Choices: the realised counts (not the plan) go into the manifest; replies never answer one's own root.
/// - Complexity: O(M · (T + R) · D) for M months, T roots, R replies and D departments per month.
struct ConversationSimulator {
  let parameters: SampleParameters
  let organisation: SampleOrganisation
  let channels: [SampleChannel]
  var random: SampleRandom
  var events: [ChatEvent] = []
  var replyCounts = Array(repeating: Array(repeating: 0, count: 4), count: 4)
  var months: [SampleMonthFigures] = []
  var repliesToBots = 0
  /// Person indices of everyone who posts, and the running sums of their activity.
  let active: [Int]
  let activeCumulative: [Double]
  /// `reachable[department][level]`: people who post, by department (the executive office last) and level.
  let reachable: [[[Int]]]

  init(parameters: SampleParameters, organisation: SampleOrganisation, random: SampleRandom) {
    self.parameters = parameters
    self.organisation = organisation
    self.random = random
    channels = SampleChannel.channels(for: organisation)
    active = organisation.people.indices.filter { organisation.people[$0].posts }
    var sum = 0.0
    activeCumulative = active.map { index in
      sum += organisation.people[index].activity
      return sum
    }
    var groups = Array(
      repeating: Array(repeating: [Int](), count: 4), count: organisation.departments.count + 1)
    for index in active {
      let person = organisation.people[index]
      groups[person.department][person.level.rawValue].append(index)
    }
    reachable = groups
  }

  /// Runs every month and returns the events in creation order.
  mutating func run() {
    for month in 0..<parameters.months { simulate(month: month) }
  }

  private mutating func simulate(month: Int) {
    let window = MonthWindow(parameters: parameters, offset: month)
    let share = parameters.plannedCrossDepartmentShare(month: month)
    var figures = SampleMonthFigures(
      month: window.label, plannedCrossDepartmentShare: share, threads: 0, replies: 0, crossDepartmentReplies: 0,
      mentions: 0, crossDepartmentMentions: 0)
    if month == 0 { addJoins(window) }
    var pools = RootPools(departments: organisation.departments.count + 1)
    let rootCount = Int((Double(active.count) * parameters.threadsPerPersonPerMonth).rounded())
    for _ in 0..<rootCount { addRoot(window, share: share, pools: &pools, figures: &figures) }
    addBotTraffic(window)
    addContractorPosts(window)
    let replyCount = Int((Double(rootCount) * parameters.repliesPerThread).rounded())
    for _ in 0..<replyCount { addReply(window, share: share, pools: pools, figures: &figures) }
    months.append(figures)
  }

  /// The crossing probability of a person this month.
  func crossProbability(_ person: Int, share: Double) -> Double {
    organisation.people[person].isBroker ? min(0.95, share + parameters.brokerCrossDepartmentBoost) : share
  }

  private mutating func addRoot(
    _ window: MonthWindow, share: Double, pools: inout RootPools, figures: inout SampleMonthFigures
  ) {
    guard let author = drawActivePerson() else { return }
    let person = organisation.people[author]
    let shared = person.level == .executive || random.chance(max(0.35, crossProbability(author, share: share)))
    let channel = shared ? sharedChannel() : SampleChannel.index(ofDepartment: person.department)
    var event = ChatEvent(
      channel: channel, time: window.randomWorkingTime(&random), author: .person(author),
      text: SampleText.root(&random))
    addMentions(to: &event, author: author, share: share, addressee: nil, figures: &figures)
    addReactions(to: &event)
    pools.add(event: events.count, department: person.department, level: person.level, shared: shared)
    events.append(event)
    figures.threads += 1
  }

  private mutating func addReply(
    _ window: MonthWindow, share: Double, pools: RootPools, figures: inout SampleMonthFigures
  ) {
    var found: (replier: Int, root: Int, rootAuthor: Int)?
    for _ in 0..<8 where found == nil {
      guard let replier = drawActivePerson() else { return }
      let cross = random.chance(crossProbability(replier, share: share))
      if let root = chooseRoot(replier: replier, cross: cross, pools: pools),
        case .person(let rootAuthor) = events[root].author
      {
        found = (replier, root, rootAuthor)
      }
    }
    guard let (replier, root, rootAuthor) = found else { return }
    let delay = 60 + Int(random.exponential(mean: 4 * 3600))
    var event = ChatEvent(
      channel: events[root].channel, time: min(events[root].time + delay, window.end - 1),
      author: .person(replier), text: SampleText.reply(&random),
      subtype: random.chance(0.03) ? .threadBroadcast : nil, root: root)
    addMentions(to: &event, author: replier, share: share, addressee: rootAuthor, figures: &figures)
    addReactions(to: &event)
    events.append(event)
    let people = organisation.people
    replyCounts[people[replier].level.rawValue][people[rootAuthor].level.rawValue] += 1
    figures.replies += 1
    if people[replier].department != people[rootAuthor].department { figures.crossDepartmentReplies += 1 }
  }

  /// A person who posts, drawn with probability proportional to activity.
  mutating func drawActivePerson() -> Int? {
    random.pick(cumulative: activeCumulative).map { active[$0] }
  }

  private mutating func sharedChannel() -> Int {
    // general 30 %, random 25 %, projects 45 %
    let draw = random.unit()
    return draw < 0.30 ? 0 : (draw < 0.55 ? 1 : 2)
  }
}

/// Thread roots of the current month by department and level: all of them, and those in shared channels.
struct RootPools {
  var all: [[[Int]]]
  var shared: [[[Int]]]

  init(departments: Int) {
    all = Array(repeating: Array(repeating: [], count: 4), count: departments)
    shared = all
  }

  mutating func add(event: Int, department: Int, level: SampleLevel, shared isShared: Bool) {
    all[department][level.rawValue].append(event)
    if isShared { shared[department][level.rawValue].append(event) }
  }
}
