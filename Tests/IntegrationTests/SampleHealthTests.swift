import ConversationModel
import Foundation
import Importers
import OrgAnalysis
import Reports
import TestSupport
import Testing

/// Conversation health and participation per group of the sample export joined with the sample org chart, by
/// month, against `Scripts/reference_health.py` (`sample_health.json`, plain Python on the zip and the CSV).
///
/// The JSON document `crosstalk analyze --format json` writes is compared with the fixture key by key: every key
/// of the fixture must be there, strings equal, numbers within 1e-9 relative (so counts, all below 10⁹, equal),
/// `null` where the fixture has `null`, arrays of the same length.
@Suite struct SampleHealthTests {
  @Test func sampleExportMatchesPythonReference() throws {
    let expected = try JSONSerialization.jsonObject(
      with: Data(contentsOf: try #require(
        Bundle.module.url(forResource: "sample_health", withExtension: "json", subdirectory: "Fixtures"))))
    let root = TestPaths.packageRoot
    let corpus = try CorpusLoader.load([root.appendingPathComponent("Samples/slack-export.zip").path],
                                       options: ImportOptions())
    var diagnostics = DiagnosticLog()
    let org = try OrgChartLoader.load(root.appendingPathComponent("Samples/org-chart.csv").path, columns: nil,
                                      diagnostics: &diagnostics)
    var options = AnalysisOptions()
    options.window = .month
    options.permutations = 0
    options.bootstrapResamples = 0
    let analysis = Analyzer.analyze(corpus, org: org, options: options)
    let actual = try JSONSerialization.jsonObject(with: Data(AnalysisJSON.render(analysis).utf8))
    let document = try #require(actual as? [String: Any])
    let reference = try #require(expected as? [String: Any])
    var mismatches: [String] = []
    for key in ["health", "participation"] {
      Self.compare(reference[key] as Any, document[key] as Any, path: key, into: &mismatches)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    // The reference's whole-network ties are the graph's: its reciprocity is the summary's.
    #expect(analysis.health?.whole.reciprocity == analysis.summary.reciprocity)
    #expect(analysis.participationBreakdown?.whole == analysis.participation)
  }

  /// Appends to `mismatches` every place where `actual` differs from `expected` (a subset comparison).
  static func compare(_ expected: Any, _ actual: Any, path: String, into mismatches: inout [String]) {
    switch expected {
    case let object as [String: Any]:
      guard let actualObject = actual as? [String: Any] else { return mismatches.append("\(path): not an object") }
      for (key, value) in object where !["description", "command"].contains(key) {
        guard let found = actualObject[key] else {
          mismatches.append("\(path).\(key): missing")
          continue
        }
        compare(value, found, path: "\(path).\(key)", into: &mismatches)
      }
    case let array as [Any]:
      guard let actualArray = actual as? [Any], actualArray.count == array.count else {
        return mismatches.append("\(path): \(array.count) entries expected, got \((actual as? [Any])?.count ?? -1)")
      }
      for (index, pair) in zip(array, actualArray).enumerated() {
        compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &mismatches)
      }
    case let text as String:
      if text != actual as? String { mismatches.append("\(path): '\(text)' expected, got \(actual)") }
    case let number as NSNumber:
      guard let value = actual as? NSNumber, !(actual is NSNull) else {
        return mismatches.append("\(path): \(number) expected, got \(actual)")
      }
      if !isClose(value.doubleValue, number.doubleValue, relative: 1e-9) {
        mismatches.append("\(path): \(number) expected, got \(value)")
      }
    default:
      if !(actual is NSNull) { mismatches.append("\(path): null expected, got \(actual)") }
    }
  }
}
