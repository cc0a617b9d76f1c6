import Testing

@testable import OrgAnalysis

@Suite struct PersonaRuleTests {
  private let rules = PersonaThresholds()

  @Test func eachRuleWithTheDefaultThresholds() {
    #expect(rules.persona(posts: 0, replies: 0, reactions: 0, repliesReceived: 3, received: 5) == .observer)
    #expect(rules.persona(posts: 4, replies: 0, reactions: 1, repliesReceived: 1, received: 1) == .broadcaster)
    #expect(rules.persona(posts: 3, replies: 1, reactions: 0, repliesReceived: 6, received: 6) == .catalyst)
    #expect(rules.persona(posts: 0, replies: 5, reactions: 3, repliesReceived: 1, received: 2) == .responder)
    #expect(rules.persona(posts: 1, replies: 5, reactions: 0, repliesReceived: 6, received: 9) == .engager)
  }

  @Test func thresholdsMoveTheBoundaries() {
    // 4 posts with 2 replies received is 0.5 per post: a broadcaster only below the default 0.5, and a
    // catalyst once catalysts need 0.5 replies per post.
    #expect(rules.persona(posts: 4, replies: 0, reactions: 0, repliesReceived: 2, received: 2) == .engager)
    var lenient = rules
    lenient.broadcasterMaximumRepliesPerPost = 0.6
    #expect(lenient.persona(posts: 4, replies: 0, reactions: 0, repliesReceived: 2, received: 2) == .broadcaster)
    var eager = rules
    eager.catalystMinimumRepliesPerPost = 0.5
    #expect(eager.persona(posts: 4, replies: 0, reactions: 0, repliesReceived: 2, received: 2) == .catalyst)
  }

  @Test func weightsParseAndRejectBadText() throws {
    let weights = try AmbassadorWeights(parsing: "influence=0.5, consistency=0")
    #expect(weights.values == [0.5, 0.25, 0.2, 0.1, 0])
    #expect(throws: RoleOptionError.unknownWeight("fame")) { try AmbassadorWeights(parsing: "fame=1") }
    #expect(throws: RoleOptionError.invalidWeight(key: "bridging", value: "-1")) {
      try AmbassadorWeights(parsing: "bridging=-1")
    }
    #expect(throws: RoleOptionError.malformedWeight("bridging")) { try AmbassadorWeights(parsing: "bridging") }
    let zero = AmbassadorWeights.keys.map { "\($0)=0" }.joined(separator: ",")
    #expect(throws: RoleOptionError.allWeightsZero) { try AmbassadorWeights(parsing: zero) }
  }

  @Test func thresholdsParseAndRejectBadText() throws {
    let thresholds = try PersonaThresholds(parsing: "catalyst_minimum_replies_per_post=2, broadcaster_minimum_posts=3")
    #expect(thresholds.catalystMinimumRepliesPerPost == 2 && thresholds.broadcasterMinimumPosts == 3)
    #expect(thresholds.responderMinimumAnswerShare == PersonaThresholds().responderMinimumAnswerShare)
    #expect(throws: RoleOptionError.unknownThreshold("loud")) { try PersonaThresholds(parsing: "loud=1") }
    #expect(throws: RoleOptionError.invalidThreshold(key: "broadcaster_minimum_posts", value: "1.5")) {
      try PersonaThresholds(parsing: "broadcaster_minimum_posts=1.5")
    }
    #expect(throws: RoleOptionError.invalidThreshold(key: "catalyst_minimum_post_share", value: "x")) {
      try PersonaThresholds(parsing: "catalyst_minimum_post_share=x")
    }
    #expect(throws: RoleOptionError.malformedThreshold("catalyst")) { try PersonaThresholds(parsing: "catalyst") }
  }

  @Test func percentileRanksBeatStrictlyAndTiesShare() {
    let rank = PercentileRank([0, 0, 0, 2, 5])
    #expect(rank.rank(of: 0) == 0 && rank.rank(of: 2) == 0.75 && rank.rank(of: 5) == 1)
    #expect(rank.position(of: 5) == 1 && rank.position(of: 0) == 3)
    let low = PercentileRank([0.2, 0.5, .infinity], descending: false)
    #expect(low.rank(of: 0.2) == 1 && low.rank(of: .infinity) == 0 && low.position(of: 0.5) == 2)
    #expect(ordinal(1) == "1st" && ordinal(12) == "12th" && ordinal(22) == "22nd" && ordinal(113) == "113th")
  }
}
