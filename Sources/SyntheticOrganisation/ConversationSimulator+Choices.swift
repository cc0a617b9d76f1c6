extension ConversationSimulator {
  /// A thread root of this month for `replier` to answer, from their own department (`cross` false) or
  /// from the others (`cross` true: shared channels only, except for the CEO who reads every channel).
  /// The root author's level is drawn with weight `levelPropensity[replier][author]` × roots of that level.
  /// Returns nil when the pool holds no root by someone else with a positive weight (after four draws).
  /// - Complexity: O(D) for D departments.
  mutating func chooseRoot(replier: Int, cross: Bool, pools: RootPools) -> Int? {
    let person = organisation.people[replier]
    let departments = cross ? pools.all.indices.filter { $0 != person.department } : [person.department]
    let lists = cross && person.level != .executive ? pools.shared : pools.all
    let events = self.events  // shares storage; read-only inside the closure
    return drawMember(
      of: lists, departments: departments, row: parameters.levelPropensity[person.level.rawValue]
    ) { candidate in
      events[candidate].author != .person(replier)
    }
  }

  /// A person to mention, by the same crossing and level rules as replies, over everyone who posts.
  mutating func chooseMentionTarget(author: Int, share: Double) -> Int? {
    let person = organisation.people[author]
    let crossFirst = random.chance(crossProbability(author, share: share))
    for cross in [crossFirst, !crossFirst] {
      let departments = cross ? reachable.indices.filter { $0 != person.department } : [person.department]
      let target = drawMember(
        of: reachable, departments: departments, row: parameters.levelPropensity[person.level.rawValue]
      ) { $0 != author }
      if let target { return target }
    }
    return nil
  }

  /// Draws a level by `row[level]` × members of that level in `departments`, then a member uniformly;
  /// retries up to four times when `accept` refuses the member.
  private mutating func drawMember(
    of lists: [[[Int]]], departments: [Int], row: [Double], accept: (Int) -> Bool
  ) -> Int? {
    var counts = [Int](repeating: 0, count: row.count)
    for level in row.indices {
      counts[level] = departments.reduce(0) { $0 + lists[$1][level].count }
    }
    let weights = row.indices.map { row[$0] * Double(counts[$0]) }
    for _ in 0..<4 {
      guard let level = random.pick(weights: weights) else { return nil }
      var offset = random.index(counts[level])
      for department in departments {
        let list = lists[department][level]
        if offset < list.count {
          if accept(list[offset]) { return list[offset] }
          break
        }
        offset -= list.count
      }
    }
    return nil
  }

  /// Adds mentions to a person's message: the addressee (a reply's root author) with probability 0.2,
  /// and with probability 0.2 (roots) or 0.08 (replies) someone chosen like a reply target; counts them.
  mutating func addMentions(
    to event: inout ChatEvent, author: Int, share: Double, addressee: Int?, figures: inout SampleMonthFigures
  ) {
    var targets: [Int] = []
    if let addressee, addressee != author, random.chance(0.2) { targets.append(addressee) }
    if random.chance(addressee == nil ? 0.2 : 0.08), let other = chooseMentionTarget(author: author, share: share),
      !targets.contains(other)
    {
      targets.append(other)
    }
    guard !targets.isEmpty else { return }
    let people = organisation.people
    for target in targets {
      figures.mentions += 1
      if people[target].department != people[author].department { figures.crossDepartmentMentions += 1 }
    }
    let tokens = targets.compactMap { people[$0].slackID }.map { "<@\($0)>" }
    event.text = tokens.joined(separator: " ") + " " + event.text
    event.mentions = targets
    event.mentionsInBlocks = random.chance(0.5)
  }

  /// With probability 0.2 adds one or two reaction emoji, each from one to three people of the channel.
  mutating func addReactions(to event: inout ChatEvent) {
    guard random.chance(0.2) else { return }
    let nameCount = random.chance(0.3) ? 2 : 1
    for _ in 0..<nameCount {
      let name = SampleText.reactionNames[random.index(SampleText.reactionNames.count)]
      guard !event.reactions.contains(where: { $0.name == name }) else { continue }
      let wanted = 1 + random.index(3)
      var reactors: [Int] = []
      for _ in 0..<(4 * wanted) where reactors.count < wanted {
        guard let person = drawActivePerson() else { break }
        guard event.author != .person(person), !reactors.contains(person),
          channels[event.channel].admits(organisation.people[person])
        else { continue }
        reactors.append(person)
      }
      if !reactors.isEmpty { event.reactions.append(ReactionDraft(name: name, reactors: reactors)) }
    }
  }
}
