import Foundation

/// One synthetic person of the org chart, with their Slack identity when they have one.
struct SyntheticPerson: Sendable {
  var orgID: String
  /// Nil only for the one person of the org chart who has no Slack account.
  var slackID: String?
  var firstName: String
  var lastName: String
  var email: String
  var title: String
  /// Index into the organisation's departments; `departments.count` is the executive office.
  var department: Int
  var level: SampleLevel
  var manager: Int?
  /// Relative activity (lognormal); zero for people who never post.
  var activity: Double
  var isSilent = false
  var isBroker = false

  var name: String { "\(firstName) \(lastName)" }
  /// The Slack handle: the e-mail's local part.
  var handle: String { String(email.prefix { $0 != "@" }) }
  /// True for people who write messages: a Slack account and not silent.
  var posts: Bool { slackID != nil && !isSilent }
}

/// A Slack account that is not a person of the org chart: the contractor and the bot user.
struct SlackOnlyUser: Sendable {
  var slackID: String
  var handle: String
  var realName: String
  var email: String?
  var title: String
  var isBot: Bool
  var botID: String?
}

/// The synthetic organisation: departments, people in org-chart order and the extra Slack accounts.
struct SampleOrganisation: Sendable {
  var departments: [DepartmentTemplate]
  var people: [SyntheticPerson]
  var contractor: SlackOnlyUser
  var botUser: SlackOnlyUser
  /// The `bot_id` of the integration that posts `bot_message` messages (no user account).
  var integrationBotID: String
  var integrationName = "Standup Reminder"
  var teamID: String

  /// The department name of a person's department index (the executive office included).
  func departmentName(_ index: Int) -> String {
    index < departments.count ? departments[index].name : DepartmentTemplate.executiveName
  }
}

extension SampleOrganisation {
  /// Builds the organisation: CEO, a director per department, managers (about one per seven below the
  /// director) and staff split round-robin between the managers; then names, ids, activity and roles.
  /// - Complexity: O(n log n) for n people.
  static func build(_ parameters: SampleParameters, random: inout SampleRandom) -> SampleOrganisation {
    let templates = Array(DepartmentTemplate.all.prefix(DepartmentTemplate.count(forPeople: parameters.people)))
    let sizes = DepartmentTemplate.sizes(members: parameters.people - 1, templates: templates)
    var names = NameFactory()
    var ids = IdentifierFactory()
    let width = max(3, String(parameters.people).count)
    var people: [SyntheticPerson] = []
    func add(_ title: String, _ department: Int, _ level: SampleLevel, _ manager: Int?) {
      let (first, last, email) = names.next(random: &random)
      let orgID = "e" + String(repeating: "0", count: width - String(people.count + 1).count) + "\(people.count + 1)"
      let activity = exp(parameters.activitySigma * random.normal()) * level.activityFactor
      people.append(
        SyntheticPerson(
          orgID: orgID, slackID: ids.next(prefix: "U", random: &random), firstName: first, lastName: last,
          email: email, title: title, department: department, level: level, manager: manager, activity: activity))
    }
    add("Chief Executive Officer", templates.count, .executive, nil)
    for (department, template) in templates.enumerated() {
      let director = people.count
      add(template.directorTitle, department, .director, 0)
      let managers = max(1, min(sizes[department] - 1, Int((Double(sizes[department] - 1) / 7).rounded())))
      let firstManager = people.count
      for _ in 0..<managers { add(template.managerTitle, department, .manager, director) }
      for staff in 0..<(sizes[department] - 1 - managers) {
        let title = template.staffTitles[random.index(template.staffTitles.count)]
        add(title, department, .staff, firstManager + staff % managers)
      }
    }
    var organisation = SampleOrganisation(
      departments: templates, people: people,
      contractor: makeContractor(names: &names, ids: &ids, random: &random),
      botUser: SlackOnlyUser(
        slackID: ids.next(prefix: "U", random: &random), handle: "deploybot", realName: "Deploy Bot", email: nil,
        title: "", isBot: true, botID: ids.next(prefix: "B", random: &random)),
      integrationBotID: ids.next(prefix: "B", random: &random), teamID: ids.next(prefix: "T", random: &random))
    organisation.assignRoles(parameters, random: &random)
    return organisation
  }

  private static func makeContractor(
    names: inout NameFactory, ids: inout IdentifierFactory, random: inout SampleRandom
  ) -> SlackOnlyUser {
    let (first, last, email) = names.next(random: &random)
    return SlackOnlyUser(
      slackID: ids.next(prefix: "U", random: &random), handle: String(email.prefix { $0 != "@" }),
      realName: "\(first) \(last)", email: email, title: "Contractor", isBot: false, botID: nil)
  }

  /// Picks the person without a Slack account (a staff member), the silent people and the brokers.
  private mutating func assignRoles(_ parameters: SampleParameters, random: inout SampleRandom) {
    let staff = people.indices.filter { people[$0].level == .staff }
    let orgOnly = staff[random.index(staff.count)]
    people[orgOnly].slackID = nil
    people[orgOnly].activity = 0
    var candidates = people.indices.filter { people[$0].level >= .manager && $0 != orgOnly }
    candidates.shuffle(using: &random)
    let slackPeople = people.count - 1
    let silentCount = min(candidates.count / 2, Int((parameters.silentShare * Double(slackPeople)).rounded()))
    for index in candidates.prefix(silentCount) {
      people[index].isSilent = true
      people[index].activity = 0
    }
    var brokerDepartments = Set<Int>()
    let brokerLimit = min(parameters.brokerCount, departments.count)
    for index in candidates.dropFirst(silentCount) where brokerDepartments.count < brokerLimit {
      guard brokerDepartments.insert(people[index].department).inserted else { continue }
      people[index].isBroker = true
    }
  }
}

extension SampleLevel {
  /// Activity multiplier by level: leaders write a little more than the median person.
  var activityFactor: Double {
    switch self {
    case .executive: 1.2
    case .director: 1.5
    case .manager: 1.3
    case .staff: 1.0
    }
  }
}

/// Draws distinct names and e-mails; a repeated name gets a numbered e-mail.
struct NameFactory {
  private var usedNames = Set<String>()
  private var usedEmails = Set<String>()

  mutating func next(random: inout SampleRandom) -> (first: String, last: String, email: String) {
    var first = ""
    var last = ""
    for _ in 0..<8 {
      first = NamePool.firstNames[random.index(NamePool.firstNames.count)]
      last = NamePool.lastNames[random.index(NamePool.lastNames.count)]
      if usedNames.insert("\(first) \(last)").inserted { break }
    }
    let local = "\(first.lowercased()).\(last.lowercased())"
    var email = "\(local)@example.com"
    var suffix = 2
    while !usedEmails.insert(email).inserted {
      email = "\(local)\(suffix)@example.com"
      suffix += 1
    }
    return (first, last, email)
  }
}

/// Draws distinct Slack-style ids (`U…`, `C…`, `B…`, `T…`).
struct IdentifierFactory {
  private var used = Set<String>()

  mutating func next(prefix: String, random: inout SampleRandom) -> String {
    while true {
      let id = random.slackID(prefix: prefix, length: 8)
      if used.insert(id).inserted { return id }
    }
  }
}
