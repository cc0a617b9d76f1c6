import ConversationModel
import Foundation
import OrgAnalysis

extension AnalysisFixtures {
  /// Four people in two departments of the export's own directory (no org chart), writing threads in two
  /// channels over January and February 2026, analysed by month:
  ///
  /// - January (channel `general`): ann starts t1 at 00:00 on 2026-01-01, bob answers at 03:20 (12,000 s); bob
  ///   starts t2, nobody answers; cat only reacts to t2.
  /// - February (channel `<random>`): cat starts t3 at 00:00 on 2026-02-01, ann answers after 30 min (1,800 s).
  ///
  /// So 3 threads, 1 unanswered (33.3%), 2 replies (0.67 per post), first replies after 1,800 s and 12,000 s
  /// (median 6,900 s = 1 h 55 min); January's unanswered share is 50%, February's 0%. Ann's name and
  /// department hold markup, to check escaping.
  static func conversations() -> Analysis {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.json", format: "yammer")
    let people = [("ann", "<Ann & co>", "R&D <x>"), ("bob", "Bob", "B"), ("cat", "Cat", "B"), ("dan", "Dan", "B")]
    for (id, name, department) in people {
      builder.intern(PersonRecord(id: id, name: name, department: department))
    }
    let january = Date(timeIntervalSince1970: 1_767_225_600)
    let february = january.addingTimeInterval(31 * 86_400)
    builder.add(.message(MessageRecord(id: "t1", author: "ann", time: january, channel: "general")))
    builder.add(.message(MessageRecord(
      id: "r1", author: "bob", time: january.addingTimeInterval(12_000), channel: "general", replyTo: "t1")))
    builder.add(.message(MessageRecord(
      id: "t2", author: "bob", time: january.addingTimeInterval(20_000), channel: "general", reactions: ["cat"])))
    builder.add(.message(MessageRecord(id: "t3", author: "cat", time: february, channel: "<random>")))
    builder.add(.message(MessageRecord(
      id: "r3", author: "ann", time: february.addingTimeInterval(1_800), channel: "<random>", replyTo: "t3")))
    var options = AnalysisOptions()
    options.permutations = 0
    options.window = .month
    options.bootstrapResamples = 20
    return Analyzer.analyze(builder.build(), org: nil, options: options)
  }
}
