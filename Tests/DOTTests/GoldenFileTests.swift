import DOT
import Foundation
import Testing

/// Compares `DOTWriter` output with the committed files in `Golden/`, byte for byte.
///
/// To regenerate after an intended change, run with `CROSSTALK_UPDATE_GOLDEN=1`: the files under
/// `Tests/DOTTests/Golden/` are rewritten (and the test still fails once, so a regeneration is never silent).
@Suite struct GoldenFileTests {
  @Test func clustersAndRanks() throws {
    try expectGolden(GoldenGraphs.clustersAndRanks(), named: "clusters-and-ranks.dot")
  }

  @Test func undirectedNetwork() throws {
    try expectGolden(GoldenGraphs.undirectedNetwork(), named: "undirected-network.dot")
  }

  @Test func quotingEdgeCases() throws {
    try expectGolden(GoldenGraphs.quotingEdgeCases(), named: "quoting-edge-cases.dot")
  }

  private func expectGolden(_ graph: DOTGraph, named name: String) throws {
    let actual = DOTWriter.write(graph)
    if ProcessInfo.processInfo.environment["CROSSTALK_UPDATE_GOLDEN"] == "1" {
      let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
      try Data(actual.utf8).write(to: source)
      Issue.record("rewrote \(source.path); rerun without CROSSTALK_UPDATE_GOLDEN")
      return
    }
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"))
    let expected = try Data(contentsOf: url)
    let difference = GoldenDiff.lines(expected: String(decoding: expected, as: UTF8.self), actual: actual)
    #expect(Data(actual.utf8) == expected, "Golden/\(name) differs:\n\(difference)")
  }
}

/// A minimal line diff for failure messages: each differing line as `-` (golden) and `+` (actual), 1-based.
enum GoldenDiff {
  static func lines(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let old = index < expectedLines.count ? expectedLines[index] : nil
      let new = index < actualLines.count ? actualLines[index] : nil
      guard old != new else { continue }
      if let old { report.append("\(index + 1): - \(old)") }
      if let new { report.append("\(index + 1): + \(new)") }
    }
    return report.joined(separator: "\n")
  }
}
