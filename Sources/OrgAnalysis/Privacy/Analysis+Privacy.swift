import ConversationModel

/// What `Analysis.pseudonymized(by:)` and `Analysis.suppressingGroups(smallerThan:)` did to an analysis, so every
/// output can say it.
public struct PrivacySummary: Sendable, Equatable {
  /// True when ids, names and manager ids were replaced by keyed pseudonyms.
  public var pseudonymized = false
  /// True when the pseudonym key came from the user (stable across runs), false for a key made for this run.
  public var stableKey = false
  /// Groups with fewer people than this are left out of every group figure; 1 keeps every group.
  public var minGroupSize = 1
  /// How many groups were left out, per attribute (`department`, `level`, or another breakdown's name).
  public var suppressedGroups: [String: Int] = [:]

  public init() {}
}

extension Analysis {
  /// This analysis with every person id (people, managers, unmatched org-chart entries, role entries, window
  /// node ids)
  /// replaced by its pseudonym, names removed, and diagnostics' offending values redacted.
  ///
  /// Definition: ids become `pseudonymizer.pseudonym(of: id)`; `name` becomes `nil`, so every picture and table
  /// labels people by pseudonym; a manager id becomes the pseudonym its own row carries; titles, departments and
  /// levels are kept (they are what the analysis is about; `suppressingGroups` hides small groups). A diagnostic
  /// example keeps its kind, severity and position but loses its `value`, and text between single quotes in
  /// its message becomes `'…'` (importers quote offending values that way). Input paths are kept.
  ///
  /// - Complexity: O(people + diagnostics examples + window nodes), one HMAC per string.
  public func pseudonymized(by pseudonymizer: Pseudonymizer, stableKey: Bool) -> Analysis {
    var copy = self
    var cache: [String: String] = [:]
    func alias(_ id: String) -> String {
      if let known = cache[id] { return known }
      let made = pseudonymizer.pseudonym(of: id)
      cache[id] = made
      return made
    }
    for index in copy.people.indices {
      copy.people[index].id = alias(people[index].id)
      copy.people[index].name = nil
      copy.people[index].manager = people[index].manager.map(alias)
    }
    copy.org?.unmatchedPeople = org?.unmatchedPeople.map(alias) ?? []
    copy.org?.unmatchedEntries = org?.unmatchedEntries.map(alias) ?? []
    if var roles = copy.roles {
      for index in roles.influencers.indices { roles.influencers[index].pseudonymize(alias) }
      for index in roles.bridgeBuilders.indices { roles.bridgeBuilders[index].pseudonymize(alias) }
      for index in roles.ambassadors.indices { roles.ambassadors[index].pseudonymize(alias) }
      copy.roles = roles
    }
    if var windowed = copy.windows {
      for index in windowed.windows.indices {
        windowed.windows[index].idOfNode = windowed.windows[index].idOfNode.map(alias)
      }
      copy.windows = windowed
    }
    copy.diagnostics = diagnostics.mappingExamples(Self.redacted)
    var privacy = copy.privacy ?? PrivacySummary()
    privacy.pseudonymized = true
    privacy.stableKey = stableKey
    copy.privacy = privacy
    return copy
  }

  /// This analysis without the figures of groups (departments, levels) that have fewer than `minimum` people.
  ///
  /// Definition: a group's size is the number of people in the people table (bots excluded, silent people
  /// included) with that department or level, over the whole period. Rows and columns of such groups leave the
  /// level matrix and the group and department matrices (and their expected counts and lifts), and their
  /// per-group E-I figures leave `perGroup`, for the whole period and every window; their ambassador shortlists
  /// are hidden (`Roles.hiddenGroups`), and their participation and health entries leave the breakdowns. A
  /// channel's size is its members as participation counts them (people who posted or reacted in it); smaller
  /// channels leave the participation and health breakdowns. Whole-network figures (shares,
  /// E-I of the whole network, assortativity) are kept: they are sums over every group and single out nobody.
  /// People keep their department and level in the people table.
  ///
  /// - Complexity: O(people + G² · (windows + 1)) for G groups.
  public func suppressingGroups(smallerThan minimum: Int) -> Analysis {
    var copy = self
    var privacy = copy.privacy ?? PrivacySummary()
    privacy.minGroupSize = max(1, minimum)
    guard minimum > 1 else {
      copy.privacy = privacy
      return copy
    }
    let departmentSizes = Self.sizes(people.map(\.department))
    let levelSizes = Self.sizes(people.map(\.level))
    let keepDepartment = { (name: String) in departmentSizes[name, default: 0] >= minimum }
    let keepLevel = { (name: String) in levelSizes[name, default: 0] >= minimum }
    let keepGroup = groups?.attribute == GroupAttribute.level.rawValue ? keepLevel : keepDepartment
    privacy.suppressedGroups["department"] = departmentSizes.values.filter { $0 < minimum }.count
    privacy.suppressedGroups["level"] = levelSizes.values.filter { $0 < minimum }.count
    copy.levels = levels?.keeping(keepLevel)
    copy.groups = groups?.keepingGroups(keepGroup)
    copy.departments = departments?.keepingGroups(keepDepartment)
    let channelSizes = Dictionary(
      (participationBreakdown?.byChannel ?? []).map { ($0.name, $0.value.people) }, uniquingKeysWith: max)
    let keepChannel = { (name: String) in channelSizes[name, default: 0] >= minimum }
    privacy.suppressedGroups["channel"] = channelSizes.values.filter { $0 < minimum }.count
    copy.participationBreakdown = participationBreakdown?.keeping(
      department: keepDepartment, level: keepLevel, channel: keepChannel)
    copy.health = health?.keeping(department: keepDepartment, level: keepLevel, channel: keepChannel)
    copy.roles?.hiddenGroups = [
      .department: Set(departmentSizes.filter { $0.value < minimum }.keys),
      .level: Set(levelSizes.filter { $0.value < minimum }.keys),
    ]
    if var windowed = copy.windows {
      for index in windowed.windows.indices {
        windowed.windows[index].levels = windowed.windows[index].levels?.keeping(keepLevel)
        windowed.windows[index].groups = windowed.windows[index].groups?.keepingGroups(keepGroup)
        windowed.windows[index].departments = windowed.windows[index].departments?.keepingGroups(
          keepDepartment)
      }
      copy.windows = windowed
    }
    copy.privacy = privacy
    return copy
  }

  private static func sizes(_ names: [String?]) -> [String: Int] {
    var sizes: [String: Int] = [:]
    for case let name? in names { sizes[name, default: 0] += 1 }
    return sizes
  }

  private static func redacted(_ diagnostic: Diagnostic) -> Diagnostic {
    var copy = diagnostic
    copy.value = nil
    var message = ""
    var quoted = false
    for character in diagnostic.message {
      if character == "'" {
        message += quoted ? "…'" : "'"
        quoted.toggle()
      } else if !quoted {
        message.append(character)
      }
    }
    if quoted { message += "…" }
    copy.message = message
    return copy
  }
}

extension Breakdown {
  /// The breakdown with only the departments, levels and channels the predicates accept; windows are kept.
  func keeping(
    department: (String) -> Bool, level: (String) -> Bool, channel: (String) -> Bool
  ) -> Breakdown {
    var copy = self
    copy.byDepartment = byDepartment.filter { department($0.name) }
    copy.byLevel = byLevel.filter { level($0.name) }
    copy.byChannel = byChannel.filter { channel($0.name) }
    return copy
  }
}

extension RoleEntry {
  /// The entry with its id replaced by `alias(id)` and no name.
  fileprivate mutating func pseudonymize(_ alias: (String) -> String) {
    id = alias(id)
    name = nil
  }
}

/// A square matrix of figures between named groups, with expected values and lifts: the level matrix and the
/// group-mixing matrix.
protocol GroupMatrices {
  var order: [String] { get set }
  var matrix: [[Double]] { get set }
  var expected: [[Double]] { get set }
  var lift: [[Double?]] { get set }
}

extension GroupMatrices {
  /// The figures with only the groups `keep` accepts: their entries of `order` and their rows and columns.
  /// - Complexity: O(G²) for G groups.
  func keeping(_ keep: (String) -> Bool) -> Self {
    var copy = self
    let kept = order.indices.filter { keep(order[$0]) }
    func rows<T>(_ matrix: [[T]]) -> [[T]] { kept.map { row in kept.map { matrix[row][$0] } } }
    copy.order = kept.map { order[$0] }
    copy.matrix = rows(matrix)
    copy.expected = rows(expected)
    copy.lift = rows(lift)
    return copy
  }
}

extension LevelFlow: GroupMatrices {}

extension GroupMixing: GroupMatrices {
  /// The mixing figures with only the groups `keep` accepts, in the matrices and in `perGroup`.
  func keepingGroups(_ keep: (String) -> Bool) -> GroupMixing {
    var copy = keeping(keep)
    copy.perGroup = perGroup.filter { keep($0.name) }
    return copy
  }
}
