import Foundation
import TestSupport
import Testing

/// The expected values `Scripts/reference_metrics.py` writes for HITS, core number and Burt's measures.
///
/// JSON keys under `expected`: `hits_hubs`, `hits_authorities` (null where NetworkX raises), `core_number`,
/// `constraint`, `effective_size`, `effective_size_networkx_sparse`, `efficiency`, `hierarchy` (entries null
/// where undefined); the fixture's `notes` name the NetworkX call behind each.
struct StructuralExpected: Decodable, Sendable {
  let hitsHubs: [Double]?
  let hitsAuthorities: [Double]?
  let coreNumber: [Int]
  let constraint: [Double?]
  let effectiveSize: [Double?]
  let effectiveSizeNetworkxSparse: [Double?]
  let efficiency: [Double?]
  let hierarchy: [Double?]

  private struct File: Decodable {
    let expected: StructuralExpected
  }

  static func load(_ name: String) throws -> StructuralExpected {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
      throw FixtureError.missing(name: name)
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(File.self, from: Data(contentsOf: url)).expected
  }
}

extension ReferenceFixture {
  /// Records one issue per node where `actual` and NetworkX differ: one `nil` and the other not, or both
  /// numbers beyond `relative` (absolute 1e-12 near zero).
  func expectOptionalScores(
    _ actual: [Double?], _ expected: [Double?], metric: String, relative: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      actual.count == nodeCount && expected.count == nodeCount,
      "graph '\(name)' \(metric): \(actual.count) values, \(expected.count) expected", sourceLocation: sourceLocation)
    for (node, pair) in zip(actual, expected).enumerated() {
      if !isClose(pair.0, pair.1, relative: relative) {
        let shown = (pair.0.map { "\($0)" } ?? "nil", pair.1.map { "\($0)" } ?? "null")
        Issue.record(
          "\(label(node: node)) \(metric): got \(shown.0), NetworkX \(networkxVersion) gives \(shown.1)",
          sourceLocation: sourceLocation)
      }
    }
  }
}

/// Both `nil`, or both numbers within `relative` (absolute 1e-12 near zero).
func isClose(_ actual: Double?, _ expected: Double?, relative: Double) -> Bool {
  switch (actual, expected) {
  case (nil, nil): return true
  case (let value?, let reference?): return isClose(value, reference, relative: relative)
  default: return false
  }
}
