import ConversationModel
import Foundation
import OrgAnalysis

extension AnalysisFixtures {
  /// The hierarchy fixture's people over three months of 2026, analysed by month with 200 resamples:
  ///
  /// - January: dev→lead ×3, rep→sales ×1 (all upward, all inside a department);
  /// - February: dev→rep ×2 (upward, Engineering → Sales), lead→eng ×2 (upward, inside);
  /// - March: dev→rep ×3 (upward, across), ceo→sales ×1 (downward, Executive → Sales).
  ///
  /// Every interaction crosses levels; the cross-department share is 0, 0.5, 1: with three equally spaced
  /// windows the OLS slope is (last − first) / 2 = 0.5 whatever February's resampled value, so every bootstrap
  /// slope is 0.5 (cross-level: 0).
  static func monthly() throws -> Analysis {
    var builder = CorpusBuilder()
    builder.beginInput(path: "fixture.csv", format: "interactions-csv")
    let rows: [(String, String, Int, Int)] = [
      ("dev", "lead", 1, 3), ("rep", "sales", 1, 1), ("dev", "rep", 2, 2), ("lead", "eng", 2, 2),
      ("dev", "rep", 3, 3), ("ceo", "sales", 3, 1),
    ]
    for (source, target, month, count) in rows {
      // Noon UTC on the 10th of the month, 2026 (2026-01-10 is day 20,463 after 1970-01-01).
      let day = 20_463 + [0, 31, 59][month - 1]
      let time = Date(timeIntervalSince1970: (Double(day) + 0.5) * 86_400)
      for _ in 0..<count {
        builder.add(.interaction(InteractionRecord(source: source, target: target, time: time)))
      }
    }
    var options = AnalysisOptions()
    options.levelBands = try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff")
    options.permutations = 0
    options.window = .month
    options.bootstrapResamples = 200
    return Analyzer.analyze(builder.build(), org: hierarchyChart, options: options)
  }
}
