import ConversationModel

extension ConversationSimulator {
  /// `channel_join` messages on the first working day at 07:00 for about 5 % of the people who post
  /// (at least one), in the shared channels and their department channel.
  mutating func addJoins(_ window: MonthWindow) {
    guard let firstDay = window.workingDays.first else { return }
    var newcomers = active
    newcomers.shuffle(using: &random)
    let count = max(1, Int((0.05 * Double(active.count)).rounded()))
    var second = 0
    for person in newcomers.prefix(count).sorted() {
      let department = organisation.people[person].department
      var joined = [0, 1, 2]
      if department < organisation.departments.count { joined.append(SampleChannel.index(ofDepartment: department)) }
      for channel in joined {
        let id = organisation.people[person].slackID ?? ""
        events.append(
          ChatEvent(
            channel: channel, time: firstDay * 86_400 + 7 * 3600 + second, author: .person(person),
            text: "<@\(id)> has joined the channel", subtype: .channelJoin))
        second += 7
      }
    }
  }

  /// The deploy bot (an `is_bot` user) posts in the engineering channel on about a third of working days,
  /// and an engineer answers 15 % of those posts; the reminder integration posts a `bot_message` in
  /// `general` every Monday at 09:00.
  mutating func addBotTraffic(_ window: MonthWindow) {
    let engineering = SampleChannel.index(ofDepartment: 0)
    for day in window.workingDays {
      if CivilDate.weekday(days: day) == 1 {
        events.append(
          ChatEvent(
            channel: 0, time: day * 86_400 + 9 * 3600, author: .integration,
            text: "Reminder: please post your weekly update in this thread.", subtype: .botMessage))
      }
      guard random.chance(0.35) else { continue }
      let (year, month, date) = CivilDate.components(days: day)
      var post = ChatEvent(
        channel: engineering, time: day * 86_400 + 14 * 3600 + random.index(3 * 3600), author: .botUser,
        text: "Deployed release \(year).\(month).\(date)-\(1 + random.index(4)) to production.")
      addReactions(to: &post)
      events.append(post)
      guard random.chance(0.15), let engineer = drawEngineer() else { continue }
      events.append(
        ChatEvent(
          channel: engineering, time: post.time + 60 + random.index(3600), author: .person(engineer),
          text: SampleText.reply(&random), root: events.count - 1))
      repliesToBots += 1
    }
  }

  /// Two thread roots a month from the contractor (the Slack user who is not in the org chart), in
  /// `projects`; nobody replies, some react.
  mutating func addContractorPosts(_ window: MonthWindow) {
    for _ in 0..<2 {
      var post = ChatEvent(
        channel: 2, time: window.randomWorkingTime(&random), author: .contractor, text: SampleText.root(&random))
      addReactions(to: &post)
      events.append(post)
    }
  }

  private mutating func drawEngineer() -> Int? {
    for _ in 0..<20 {
      guard let person = drawActivePerson() else { return nil }
      if organisation.people[person].department == 0 { return person }
    }
    return nil
  }
}

/// One calendar month in UTC: its label, day range and working days (Monday to Friday).
struct MonthWindow: Sendable {
  let label: String
  let startDay: Int
  let endDay: Int
  let workingDays: [Int]

  init(parameters: SampleParameters, offset: Int) {
    let (year, month) = CivilDate.adding(months: offset, toYear: parameters.startYear, month: parameters.startMonth)
    let (nextYear, nextMonth) = CivilDate.adding(months: 1, toYear: year, month: month)
    label = CivilDate.monthLabel(year: year, month: month)
    startDay = CivilDate.days(year: year, month: month, day: 1)
    endDay = CivilDate.days(year: nextYear, month: nextMonth, day: 1)
    workingDays = (startDay..<endDay).filter { (1...5).contains(CivilDate.weekday(days: $0)) }
  }

  /// The first second after the month, UTC epoch seconds.
  var end: Int { endDay * 86_400 }

  /// A second between 08:00 and 18:00 on a working day of the month.
  func randomWorkingTime(_ random: inout SampleRandom) -> Int {
    workingDays[random.index(workingDays.count)] * 86_400 + 8 * 3600 + random.index(10 * 3600)
  }
}
