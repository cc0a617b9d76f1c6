import ConversationModel
import Foundation
import Importers
import OrgAnalysis
import TestSupport
import Testing

/// `Scripts/reference_participation.py`'s output for `Samples/slack-export.zip` (`sample_participation.json`).
struct SampleParticipation: Decodable {
  let people: Int
  let posters: Int
  let messages: Int
  let gini: Double
  let top1PercentShare: Double?
  let top10PercentShare: Double?
  let creators: Int
  let contributors: Int
  let observers: Int
  let activeShare: Double?
}

/// Participation of the sample export against the Python reference. Both sides use docs/json.md's definitions:
/// Gini as Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean) over every person who is not a bot (the script by the double sum, Swift
/// by the sorted formula), top shares of the ⌈n/100⌉ and ⌈n/10⌉ top posters, creators with a message that is
/// not a reply.
@Suite struct SampleParticipationTests {
  @Test func sampleExportMatchesPythonReference() throws {
    let expected = try IntegrationFixtures.bundled("sample_participation", as: SampleParticipation.self)
    let export = TestPaths.packageRoot.appendingPathComponent("Samples/slack-export.zip")
    let corpus = try CorpusLoader.load([export.path], options: ImportOptions())
    let participation = Participation(corpus: corpus)
    #expect(participation.people == expected.people)
    #expect(participation.posters == expected.posters)
    #expect(participation.messages == expected.messages)
    #expect(isClose(participation.gini, expected.gini, relative: 1e-12))
    #expect(participation.creators == expected.creators)
    #expect(participation.contributors == expected.contributors)
    #expect(participation.observers == expected.observers)
    let top1 = try #require(participation.topOnePercentShare)
    let top10 = try #require(participation.topTenPercentShare)
    #expect(isClose(top1, try #require(expected.top1PercentShare), relative: 1e-12))
    #expect(isClose(top10, try #require(expected.top10PercentShare), relative: 1e-12))
    #expect(participation.activeShare == expected.activeShare)
  }
}
