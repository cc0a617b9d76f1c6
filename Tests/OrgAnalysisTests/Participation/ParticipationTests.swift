import TestSupport
import Testing

@testable import OrgAnalysis

@Suite struct ParticipationTests {
  @Test func giniOfEqualValuesIsZero() {
    #expect(Participation.gini([5, 5, 5, 5]) == 0)
  }

  @Test func giniIsZeroWhenNobodyPosted() {
    #expect(Participation.gini([0, 0, 0]) == 0)
    #expect(Participation.gini([]) == 0)
  }

  /// One of n people has everything: every pair with them differs by the total T, so the double sum is 2(n−1)T
  /// and G = 2(n−1)T / (2 n² T/n) = (n−1)/n.
  @Test func giniWhenOnePersonHasEverythingIsNMinusOneOverN() {
    #expect(isClose(Participation.gini([0, 0, 0, 0, 7]), 4.0 / 5.0, relative: 1e-12))
    #expect(isClose(Participation.gini([9, 0]), 1.0 / 2.0, relative: 1e-12))
  }

  /// By hand: the 6 pairs of 1, 2, 3, 4 differ by 1+2+3+1+2+1 = 10, so Σᵢ Σⱼ |xᵢ − xⱼ| = 20; mean 2.5, n = 4:
  /// G = 20 / (2 · 16 · 2.5) = 0.25. Order does not matter.
  @Test func giniOfOneTwoThreeFourIsOneQuarter() {
    #expect(isClose(Participation.gini([3, 1, 4, 2]), 0.25, relative: 1e-12))
  }

  /// The same 1, 2, 3, 4 (total 10): Lorenz at people share 0.5 is (1+2)/10, at 0.05 (a fifth of the first
  /// person) 0.2/10; the top 10 % and top 1 % of 4 people are ⌈0.4⌉ = ⌈0.04⌉ = 1 person, with 4 of 10.
  @Test func lorenzAndTopSharesOfOneTwoThreeFour() {
    let participation = Participation(messages: [3, 1, 4, 2], created: [true, true, true, true],
                                      reacted: [false, false, false, false])
    #expect(participation.lorenz.count == Participation.lorenzSteps + 1)
    #expect(participation.lorenz.first == .init(peopleShare: 0, messageShare: 0))
    #expect(participation.lorenz.last == .init(peopleShare: 1, messageShare: 1))
    #expect(isClose(participation.lorenz[10].messageShare, 0.3, relative: 1e-12))
    #expect(isClose(participation.lorenz[1].messageShare, 0.02, relative: 1e-12))
    #expect(participation.topTenPercentShare == 0.4)
    #expect(participation.topOnePercentShare == 0.4)
  }

  /// Ten in 30 is 3 people (integer ceiling), not 4 from 0.1 · 30 = 3.0000000000000004.
  @Test func topTenPercentOfThirtyPeopleIsThreePeople() {
    let messages = Array(1...30)
    let participation = Participation(messages: messages, created: messages.map { _ in true },
                                      reacted: messages.map { _ in false })
    #expect(participation.topTenPercentShare == Double(28 + 29 + 30) / Double(30 * 31 / 2))
  }

  /// Person 0 started a thread, 1 only replied, 2 only reacted, 3 did nothing.
  @Test func splitsCreatorsContributorsAndObservers() {
    let participation = Participation(messages: [3, 1, 0, 0], created: [true, false, false, false],
                                      reacted: [false, false, true, false])
    #expect(participation.creators == 1)
    #expect(participation.contributors == 2)
    #expect(participation.observers == 1)
    #expect(participation.posters == 2)
    #expect(participation.activeShare == 0.75)
  }

  @Test func nobodyPostedGivesZeroGiniEqualityLineAndNoShares() {
    let participation = Participation(messages: [0, 0], created: [false, false], reacted: [false, false])
    #expect(participation.gini == 0)
    #expect(participation.lorenz.allSatisfy { $0.messageShare == $0.peopleShare })
    #expect(participation.topOnePercentShare == nil)
    #expect(participation.topTenPercentShare == nil)
    #expect(participation.activeShare == 0)
  }
}
