import ConversationModel
import Testing

@testable import OrgAnalysis

@Suite struct RoleTests {
  @Test func starCentreIsTheTopInfluencer() throws {
    let roles = try #require(RoleCorpus.starWithAnnouncer().analysed().roles)
    let top = try #require(roles.influencers.first)
    #expect(top.id == "hub")
    #expect(top.reasons.contains("answered by 5 different people"))
    // 8 replies to 2 messages; every other person gets no reply at all.
    let perPost = try #require(top.components.first { $0.name == "replies_per_post" })
    #expect(perPost.figure == 4 && perPost.value == 1)
  }

  /// P = 1 − Σₛ (kₛ/k)²: x's undirected ties weigh 2 each (one message each way) to a1 (A), b1 and b2 (B), so
  /// k = 6, k_A = 2, k_B = 4 and P = 1 − (1/3)² − (2/3)² = 4/9 (by hand).
  @Test func personJoiningTwoCliquesIsTheTopBridgeBuilder() throws {
    let analysis = RoleCorpus.twoCliquesAndBridge().analysed()
    let roles = try #require(analysis.roles)
    let top = try #require(roles.bridgeBuilders.first)
    #expect(top.id == "x")
    let participation = try #require(top.components.first { $0.name == "department_participation" })
    #expect(abs(try #require(participation.figure) - 4.0 / 9.0) < 1e-12)
    #expect(top.components.first { $0.name == "betweenness" }?.value == 1)
    #expect(roles.bridgeBuilders.dropFirst().allSatisfy { $0.score < top.score })
  }

  @Test func announcerWhoIsNeverAnsweredIsABroadcasterAndNeverAnAmbassador() throws {
    let analysis = RoleCorpus.starWithAnnouncer().analysed()
    let announcer = try #require(analysis.people.first { $0.id == "announcer" })
    #expect(announcer.node != nil)
    #expect(announcer.persona == .broadcaster)
    let roles = try #require(analysis.roles)
    #expect(roles.influencers.contains { $0.id == "announcer" })
    #expect(!roles.ambassadors.contains { $0.id == "announcer" })
    for weights in ["influence=1,bridging=0,responsiveness=0,reciprocity=0,consistency=0", "consistency=5"] {
      var options = RoleOptions()
      options.ambassadorWeights = try AmbassadorWeights(parsing: weights)
      let ambassadors = try #require(RoleCorpus.starWithAnnouncer().analysed(options).roles).ambassadors
      #expect(!ambassadors.contains { $0.id == "announcer" })
    }
  }

  @Test func personasOfTheStar() throws {
    let analysis = RoleCorpus.starWithAnnouncer().analysed()
    let persona = Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.id, $0.persona) })
    // hub: 2 posts, no replies, 8 replies received: 4 per post ≥ 1.
    #expect(persona["hub"] == .catalyst)
    // p1: 2 replies, nothing else given; receives 3 mentions ≥ 2 given, so not a responder.
    #expect(persona["p1"] == .engager)
    // p4: 1 reply given, nothing received.
    #expect(persona["p4"] == .responder)
    #expect(analysis.roles?.personaCounts == [.catalyst: 1, .engager: 1, .responder: 4, .broadcaster: 1, .observer: 0])
  }

  /// The ambassador score is Σ w·c / Σ w (docs/roles.md), so a single positive weight ranks by that
  /// component alone, and changing the weights changes who leads.
  @Test func weightsChangeTheAmbassadorRankingAsDocumented() throws {
    let corpus = RoleCorpus.starWithAnnouncer()
    let defaults = try #require(corpus.analysed().roles)
    let weights = AmbassadorWeights().values
    for entry in defaults.ambassadors {
      let expected = zip(entry.components, weights).map { $0.value * $1 }.reduce(0, +) / weights.reduce(0, +)
      #expect(abs(entry.score - expected) < 1e-12)
    }
    var leaders: [String: String] = [:]
    for key in AmbassadorWeights.keys {
      let text = AmbassadorWeights.keys.map { "\($0)=\($0 == key ? 1 : 0)" }.joined(separator: ",")
      var options = RoleOptions()
      options.ambassadorWeights = try AmbassadorWeights(parsing: text)
      let ranking = try #require(corpus.analysed(options).roles).ambassadors
      let index = try #require(AmbassadorWeights.keys.firstIndex(of: key))
      #expect(ranking.allSatisfy { $0.score == $0.components[index].value })
      #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.score >= $1.score })
      leaders[key] = ranking.first?.id
    }
    // Influence is led by the hub; answering fastest and most is a spoke's (p1 answered within 10 minutes
    // twice).
    #expect(leaders["influence"] == "hub")
    #expect(leaders["responsiveness"] == "p1")
  }

  /// The star runs from 2 January to 20 February: two months. The hub posted in both and answers nobody; p4
  /// replied once, in January, after 40 minutes.
  @Test func consistencyReciprocityAndResponsivenessByHand() throws {
    let roles = try #require(RoleCorpus.starWithAnnouncer().analysed().roles)
    let component = { (id: String, name: String) in
      roles.ambassadors.first { $0.id == id }?.components.first { $0.name == name }
    }
    #expect(component("hub", "consistency")?.value == 1)
    #expect(component("p4", "consistency")?.value == 0.5)
    #expect(component("p4", "consistency")?.reason == "active in 1 of 2 months")
    #expect(component("hub", "reciprocity")?.reason == "0 of 5 ties go both ways")
    #expect(component("hub", "responsiveness")?.value == 0)
    #expect(component("p4", "responsiveness")?.reason == "answered others 1 time, median reply after 40 min")
    let cliques = try #require(RoleCorpus.twoCliquesAndBridge().analysed().roles)
    #expect(cliques.ambassadors.allSatisfy { $0.components.first { $0.name == "reciprocity" }?.value == 1 })
  }

  @Test func shortlistsHoldTheBestPerGroup() throws {
    var options = RoleOptions()
    options.shortlist = 2
    let roles = try #require(RoleCorpus.twoCliquesAndBridge().analysed(options).roles)
    let shortlists = roles.ambassadorShortlists(by: .department)
    #expect(shortlists.map(\.group) == ["A", "B"])
    for (group, entries) in shortlists {
      #expect(entries.map(\.id) == Array(roles.ambassadors.filter { $0.department == group }.prefix(2).map(\.id)))
    }
    #expect(roles.ambassadorShortlists(by: .level).isEmpty)
  }

  @Test func everyReasonListIsTwoOrThreeOfTheLargestWeightedComponents() throws {
    let roles = try #require(RoleCorpus.twoCliquesAndBridge().analysed().roles)
    let weights = AmbassadorWeights().values
    for entry in roles.ambassadors {
      #expect((1...3).contains(entry.reasons.count))
      let weighted = zip(entry.components, weights).map { $0.value * $1 }
      let best = try #require(weighted.indices.max { weighted[$0] < weighted[$1] })
      #expect(entry.reasons.first == entry.components[best].reason)
    }
  }
}
