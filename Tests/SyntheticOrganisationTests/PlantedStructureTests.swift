import Foundation
import SyntheticOrganisation
import Testing

@Suite struct PlantedStructureTests {
  /// Person-to-person replies measured from the export: (month label, replier id, root author id).
  private func measuredReplies(_ sample: SlackExportFixture) -> [(month: String, from: String, to: String)] {
    let people = Set(sample.output.manifest.people.compactMap(\.slackUserID))
    var result: [(month: String, from: String, to: String)] = []
    for message in sample.allMessages where message.isReply {
      guard let from = message.user, let to = message.parent_user_id, people.contains(from), people.contains(to)
      else { continue }
      let date = Date(timeIntervalSince1970: TimeInterval(message.seconds))
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
      let parts = calendar.dateComponents([.year, .month], from: date)
      result.append((String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0), from, to))
    }
    return result
  }

  @Test func crossDepartmentShareMeasuredFromMessagesMatchesManifestAndRises() throws {
    let sample = try SlackExportFixture.standardSample()
    let departments = sample.departmentByUser
    let replies = measuredReplies(sample)
    for figures in sample.output.manifest.months {
      let month = replies.filter { $0.month == figures.month }
      let crossing = month.filter { departments[$0.from] != departments[$0.to] }.count
      #expect(month.count == figures.replies && crossing == figures.crossDepartmentReplies, "\(figures.month)")
      // Tolerance 0.12: brokers (+0.4) and the CEO (always "Executive") lift the realised share above the plan.
      #expect(abs(figures.crossDepartmentReplyShare - figures.plannedCrossDepartmentShare) < 0.12, "\(figures)")
    }
    let shares = sample.output.manifest.months.map(\.crossDepartmentReplyShare)
    // Planted rise is 0.20 (0.15 → 0.35); with about 150 replies a month the standard error of a month's
    // share is about 0.035, so the realised rise must exceed half the planted one.
    let first = try #require(shares.first)
    let last = try #require(shares.last)
    #expect(last - first > 0.10, "shares \(shares)")
  }

  @Test(arguments: [UInt64(2), 3, 4])
  func crossDepartmentShareRisesForOtherSeeds(seed: UInt64) throws {
    let output = try SampleGenerator.generate(SampleParameters(people: 120, months: 6, seed: seed))
    let shares = output.manifest.months.map(\.crossDepartmentReplyShare)
    let firstHalf = shares.prefix(3).reduce(0, +) / 3
    let secondHalf = shares.suffix(3).reduce(0, +) / 3
    #expect(secondHalf - firstHalf > 0.06, "seed \(seed): shares \(shares)")  // planted difference: 0.12
  }

  @Test func levelPairCountsMeasuredFromMessagesMatchManifest() throws {
    let sample = try SlackExportFixture.standardSample()
    let level = Dictionary(
      uniqueKeysWithValues: sample.output.manifest.people.compactMap { person in
        person.slackUserID.map { ($0, person.level.rawValue) }
      })
    var counts = Array(repeating: Array(repeating: 0, count: 4), count: 4)
    for reply in measuredReplies(sample) {
      if let from = level[reply.from], let to = level[reply.to] { counts[from][to] += 1 }
    }
    #expect(counts == sample.output.manifest.replyCounts)
  }

  @Test func staffAnswerManagersMostAndManagersAnswerDirectorsMoreThanStaffDo() throws {
    let counts = try SlackExportFixture.standardSample().output.manifest.replyCounts
    let staff = SampleLevel.staff.rawValue
    let manager = SampleLevel.manager.rawValue
    let director = SampleLevel.director.rawValue
    #expect(counts[staff][manager] == counts[staff].max())
    func share(_ row: Int, _ column: Int) -> Double { Double(counts[row][column]) / Double(counts[row].reduce(0, +)) }
    #expect(share(manager, director) > share(staff, director))
    #expect(share(director, SampleLevel.executive.rawValue) > share(manager, SampleLevel.executive.rawValue))
  }

  @Test func silentPeoplePostNothingAndAreListedEverywhere() throws {
    let sample = try SlackExportFixture.standardSample()
    let silent = Set(sample.output.manifest.silentUserIDs)
    #expect(silent.count == 5)  // round(0.08 × 59 people with an account)
    #expect(silent.isSubset(of: Set(sample.users.map(\.id))))
    for message in sample.allMessages {
      #expect(!silent.contains(message.user ?? ""))
      #expect((message.reactions ?? []).allSatisfy { silent.isDisjoint(with: $0.users) })
    }
  }

  @Test func brokersCrossDepartmentsMoreThanOthers() throws {
    let sample = try SlackExportFixture.standardSample()
    let departments = sample.departmentByUser
    let brokers = Set(sample.output.manifest.brokerUserIDs)
    #expect(brokers.count == 3)
    var tally: [Bool: (cross: Int, all: Int)] = [true: (0, 0), false: (0, 0)]
    for reply in measuredReplies(sample) {
      let isBroker = brokers.contains(reply.from)
      let crosses = departments[reply.from] != departments[reply.to]
      tally[isBroker, default: (0, 0)].all += 1
      if crosses { tally[isBroker, default: (0, 0)].cross += 1 }
    }
    let brokerShare = Double(tally[true]?.cross ?? 0) / Double(max(1, tally[true]?.all ?? 0))
    let otherShare = Double(tally[false]?.cross ?? 0) / Double(max(1, tally[false]?.all ?? 0))
    // Planted: brokers cross with probability c + 0.4 against c (c = 0.15 ... 0.35).
    #expect(brokerShare > otherShare + 0.25, "brokers \(brokerShare), others \(otherShare)")
  }

  @Test func activityIsHeavyTailed() throws {
    let sample = try SlackExportFixture.standardSample()
    var posts: [String: Int] = [:]
    for message in sample.allMessages where message.subtype == nil { posts[message.user ?? "", default: 0] += 1 }
    let people = Set(sample.output.manifest.people.compactMap(\.slackUserID))
    let counts = posts.filter { people.contains($0.key) }.values.sorted(by: >)
    let topTenth = counts.prefix(max(1, counts.count / 10)).reduce(0, +)
    // Lognormal activity with sigma 1: the top tenth of posters write well over a tenth of the messages.
    #expect(Double(topTenth) / Double(counts.reduce(0, +)) > 0.25, "counts \(counts)")
  }
}
