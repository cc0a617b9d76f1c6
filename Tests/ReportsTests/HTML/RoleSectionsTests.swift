import ConversationModel
import Foundation
import OrgAnalysis
import Testing

@testable import Reports

/// The ambassadors, influencers and personas sections of the HTML report, each on its own.
@Suite struct RoleSectionsTests {
  private func body(_ section: ReportSection) -> String {
    guard case .body(let body) = section.content else { return "" }
    return body
  }

  private func reason(_ section: ReportSection) -> String? {
    guard case .omitted(let reason) = section.content else { return nil }
    return reason
  }

  private func context(_ analysis: Analysis) -> ReportContext {
    ReportContext(analysis: analysis, pictures: HTMLReportTests.fakePictures)
  }

  @Test func ambassadorsWithAnOrgChartHaveOverallDepartmentAndLevelShortlists() throws {
    let html = body(ReportSection.ambassadors(context(try AnalysisFixtures.monthly())))
    #expect(html.contains("<caption>Overall: the 6 people with the highest ambassador score</caption>")
      && html.contains("<h3>By department</h3>"))
    #expect(html.contains("<h3>By level</h3>"))
    // The default weights (docs/roles.md), as used.
    #expect(html.contains(
      "weights: influence 0.3, bridging 0.25, responsiveness 0.2, reciprocity 0.1, consistency 0.15"))
    #expect(html.contains("Broadcasters (people whose posts few answer) are left out"))
    #expect(html.contains("rowspan=\"") && html.contains(">Engineering</th>") && html.contains(">Sales</th>"))
    // Levels top first: executive before director before manager before staff, wherever they have people.
    let levels = ["executive", "director", "manager", "staff"].compactMap { html.range(of: ">\($0)</th>") }
    #expect(levels.count >= 2)
    #expect(levels.map(\.lowerBound) == levels.map(\.lowerBound).sorted())
    #expect(!html.contains("class=\"missing\""))
  }

  @Test func ambassadorsWithoutOrgChartSayWhyThereAreNoGroupShortlists() {
    let html = body(ReportSection.ambassadors(context(AnalysisFixtures.analysis(ties: AnalysisFixtures.hierarchyTies))))
    #expect(html.contains("<caption>Overall: the 6 people"))
    #expect(html.contains("No shortlist by department: nobody&apos;s department is known."))
    #expect(html.contains("No shortlist by level: nobody&apos;s level is known."))
  }

  @Test func ambassadorShortlistsOfGroupsTooSmallAreNotShown() throws {
    // Engineering 3, Sales 2, Executive 1 people: all below 5.
    let analysis = try AnalysisFixtures.monthly().suppressingGroups(smallerThan: 5)
    let html = body(ReportSection.ambassadors(context(analysis)))
    #expect(html.contains("No department has enough people to be shown (groups of fewer than 5 people"))
    #expect(!html.contains(">Engineering</th>"))
  }

  @Test func rolesWithoutAnyoneTakingPartAreOmittedWithAReason() {
    let analysis = AnalysisFixtures.analysis(people: [PersonRecord(id: "solo")], ties: [])
    #expect(reason(ReportSection.ambassadors(context(analysis)))?.contains("Nobody addressed anyone") == true)
    #expect(reason(ReportSection.influencers(context(analysis)))?.contains("Nobody addressed anyone") == true)
  }

  @Test func influencersAndBridgeBuildersListTopPeopleWithReasons() throws {
    let analysis = try AnalysisFixtures.monthly()
    let html = body(ReportSection.influencers(context(analysis)))
    #expect(html.contains("<h3>Influencers</h3>") && html.contains("<h3>Bridge-builders</h3>"))
    let roles = try #require(analysis.roles)
    let first = try #require(roles.influencers.first)
    #expect(html.contains(first.reasons.joined(separator: "; ")))
    #expect(html.contains("The 6 people with the highest influencer score"))
    #expect(html.contains("PageRank"))
  }

  @Test func namesAndGroupsWithMarkupAreEscapedInRoleTables() {
    let context = context(AnalysisFixtures.conversations())
    for section in [ReportSection.ambassadors(context), ReportSection.influencers(context)] {
      let html = body(section)
      #expect(html.contains("&lt;Ann &amp; co&gt;"), "\(section.id)")
      #expect(!html.contains("<Ann") && !html.contains("<x>"), "\(section.id)")
    }
    #expect(body(ReportSection.ambassadors(context)).contains("R&amp;D &lt;x&gt;"))
  }

  @Test func personasCountEveryPersonaWithItsRuleAndThresholds() throws {
    let analysis = try AnalysisFixtures.monthly()
    let html = body(ReportSection.personas(context(analysis)))
    let counts = try #require(analysis.roles?.personaCounts)
    for persona in Persona.allCases {
      #expect(html.contains("<th>\(persona.rawValue)</th><td class=\"number\">\(counts[persona] ?? 0)</td>"))
    }
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
    // Default thresholds (docs/roles.md): responders answer at least 75% of what they give.
    #expect(html.contains("Replies and reactions make at least 75.0% of what they give"))
    #expect(html.contains("Observers need the full user directory"))
  }

  @Test func personasFollowChangedThresholds() throws {
    var thresholds = PersonaThresholds()
    thresholds.responderMinimumAnswerShare = 0.6
    thresholds.broadcasterMinimumPosts = 3
    #expect(ReportSection.personaRule(.responder, thresholds).contains("at least 60.0% of what they give"))
    #expect(ReportSection.personaRule(.broadcaster, thresholds).hasPrefix("Posts at least 3 times"))
  }

  @Test func personasWithoutPeopleAreOmitted() {
    let analysis = AnalysisFixtures.analysis(ties: [])
    #expect(reason(ReportSection.personas(context(analysis))) == "The inputs name no people, so nobody has a persona.")
  }
}

extension RoleSectionsTests {
  /// Two posts, each mentioning the other poster and with a reaction from them, and no reply: 0 replies per post.
  private func flatAnalysis() -> Analysis {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.json", format: "yammer")
    for id in ["ann", "bob"] { builder.intern(PersonRecord(id: id)) }
    let day = Date(timeIntervalSince1970: 1_767_225_600)
    builder.add(.message(MessageRecord(
      id: "t1", author: "ann", time: day, channel: "general", mentions: ["bob"], reactions: ["bob"])))
    builder.add(.message(MessageRecord(
      id: "t2", author: "bob", time: day.addingTimeInterval(600), channel: "general", mentions: ["ann"],
      reactions: ["ann"])))
    var options = AnalysisOptions()
    options.permutations = 0
    return Analyzer.analyze(builder.build(), org: nil, options: options)
  }

  @Test func withoutRepliesAmbassadorsAndHealthPointToInferredReplies() {
    let context = ReportContext(analysis: flatAnalysis(), pictures: HTMLReportTests.fakePictures)
    for section in [ReportSection.ambassadors(context), ReportSection.health(context)] {
      guard case .body(let html) = section.content else { Issue.record("\(section.id) omitted"); continue }
      #expect(html.contains("Almost no message here is a reply"), "\(section.id)")
      #expect(html.contains("--infer-replies 10m"), "\(section.id)")
    }
    let withReplies = ReportContext(analysis: AnalysisFixtures.conversations(), pictures: HTMLReportTests.fakePictures)
    guard case .body(let html) = ReportSection.ambassadors(withReplies).content else { return }
    #expect(!html.contains("Almost no message here is a reply"))
  }
}
