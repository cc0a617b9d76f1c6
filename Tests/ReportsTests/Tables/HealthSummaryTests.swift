import ConversationModel
import Foundation
import OrgAnalysis
import Testing

@testable import Reports

/// The conversation health section of the summary, the participation extremes and `health` in JSON, on a corpus
/// small enough to work out by hand.
@Suite struct HealthSummaryTests {
  /// ann (A) starts t1 at 00:00, bob (B) answers at 03:20 (12,000 s); bob starts t2, nobody answers; cat (B)
  /// only reacts to t2. So 2 threads, 1 unanswered (50.0%), 1 reply per 2 posts (0.50), median 3 h 20 min.
  /// Department A is ann, who posted (active share 100%); B is bob (posted), cat (reacted) and the silent dan, so
  /// 2 of 3 are active (66.7%).
  private func analysis() -> Analysis {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.json", format: "yammer")
    for (id, department) in [("ann", "A"), ("bob", "B"), ("cat", "B"), ("dan", "B")] {
      builder.intern(PersonRecord(id: id, department: department))
    }
    let day = Date(timeIntervalSince1970: 1_767_225_600)
    builder.add(.message(MessageRecord(id: "t1", author: "ann", time: day, channel: "general")))
    builder.add(.message(MessageRecord(
      id: "r1", author: "bob", time: day.addingTimeInterval(12_000), channel: "general", replyTo: "t1")))
    builder.add(.message(MessageRecord(
      id: "t2", author: "bob", time: day.addingTimeInterval(20_000), channel: "general", reactions: ["cat"])))
    var options = AnalysisOptions()
    options.permutations = 0
    return Analyzer.analyze(builder.build(), org: nil, options: options)
  }

  @Test func durationsInWords() {
    #expect(Readable.duration(12_000) == "3 h 20 min")
    #expect(Readable.duration(45) == "45 s")
    #expect(Readable.duration(720) == "12 min")
    #expect(Readable.duration(7_200) == "2 h")
    #expect(Readable.duration(187_200) == "2 d 4 h")
  }

  @Test func healthSectionSaysMedianUnansweredAndRatio() {
    let text = AnalysisSummary.render(analysis(), style: .terminal)
    #expect(text.contains("2 threads started by people; 50.0% unanswered"))
    #expect(text.contains("0.50 replies per thread-starting post"))
    #expect(text.contains("Median time to first reply 3 h 20 min"))
    #expect(text.contains("By department, the active share is highest in A (100.0%) and lowest in B (66.7%)."))
  }

  @Test func healthJSONHasTheBreakdowns() throws {
    let document = AnalysisJSON.document(analysis())
    guard case .object(let members) = document,
      case .object(let health)? = members.first(where: { $0.0 == "health" })?.1,
      case .object(let participation)? = members.first(where: { $0.0 == "participation" })?.1
    else { Issue.record("no health or participation object"); return }
    #expect(health.map(\.0).suffix(3) == ["by_department", "by_level", "by_channel"])
    #expect(health.first { $0.0 == "unanswered_share" }?.1 == .number(0.5))
    #expect(participation.map(\.0).contains("by_channel"))
    #expect(!participation.map(\.0).contains("windows"))  // no --window
  }
}
