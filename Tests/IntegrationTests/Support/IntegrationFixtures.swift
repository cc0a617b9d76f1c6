import Foundation
import TestSupport
import Testing

/// Expected figures the integration tests compare with, each written by a script from the raw data.
///
/// Own fixtures sit in `Fixtures/` (resources); the Houston mention graph and the Krackhardt flows are read
/// from the GraphMetrics and OrgAnalysis fixtures where they were first committed, so there is one copy each.
enum IntegrationFixtures {
  enum Failure: Error, CustomStringConvertible {
    case missing(String)
    case commandFailed(arguments: [String], status: Int32, standardError: String)

    var description: String {
      switch self {
      case .missing(let name): "fixture '\(name)' is not in the IntegrationTests bundle"
      case .commandFailed(let arguments, let status, let standardError):
        "crosstalk \(arguments.joined(separator: " ")) exited \(status): \(standardError)"
      }
    }
  }

  static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(type, from: Data(contentsOf: url))
  }

  /// A JSON file of this target's `Fixtures/` folder.
  static func bundled<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
      throw Failure.missing(name)
    }
    return try decode(type, from: url)
  }

  /// A file of another test target, by its path from the package root.
  static func packageFile<T: Decodable>(_ path: String, as type: T.Type) throws -> T {
    try decode(type, from: TestPaths.packageRoot.appendingPathComponent(path))
  }

  /// Runs `crosstalk ARGUMENTS` from the package root (so `../shared/data/…` paths work as a user types
  /// them), requires exit 0 and decodes standard output; also returns the wall-clock seconds.
  static func analyze(_ arguments: [String]) throws -> (document: AnalysisDocument, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try CommandRunner.run(arguments)
    let elapsed = clock.now - start
    guard result.status == 0 else {
      throw Failure.commandFailed(arguments: arguments, status: result.status, standardError: result.standardError)
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (try AnalysisDocument.decode(result.standardOutput), seconds)
  }
}

/// `Scripts/slack_export_counts.py`'s output for the Houston export (`slack_houston_counts.json`).
struct SlackExportCounts: Decodable {
  let messageObjects: Int
  let messageObjectsBySubtype: [String: Int]
  let messagesUsed: Int
  let recordsSkipped: [String: Int]
  let humanMessages: Int
  let people: Int
  let interactions: [String: Int]
  let selfInteractions: Int
  let botInteractions: Int
  let mentionEdges: Int
  let mentionWeight: Int
}

/// `Scripts/real_network_figures.py`'s output (`real_network_figures.json`).
struct RealNetworkFigures: Decodable {
  struct Network: Decodable {
    let rows: Int
    let selfRows: Int
    let interactions: Int
    let people: Int
    let nodes: Int
    let edges: Int
    let totalWeight: Double
    let density: Double
    let reciprocity: Double
    let weakComponents: Int
    let strongComponents: Int
    let orgEntries: Int?
    let orgEntriesNamedInEdges: Int?
  }

  let enron: Network
  let emailEuCore: Network
}

/// The Houston mention graph of `Tests/GraphMetricsTests/Fixtures/slack_houston_mentions.json`, written by
/// `Scripts/reference_metrics.py` from its own Python parse of the export, with NetworkX 3.6.1 values.
struct HoustonMentionFixture: Decodable {
  struct Expected: Decodable {
    let inDegree: [Int]
    let outDegree: [Int]
    let pagerank: [Double]
    let betweenness: [Double]
    let closeness: [Double]
    let harmonic: [Double]
  }

  static let path = "Tests/GraphMetricsTests/Fixtures/slack_houston_mentions.json"

  let nodeIds: [String]
  /// `[source, target, weight]` with 0-based indices into `nodeIds`.
  let edges: [[Double]]
  let expected: Expected
}

/// The Krackhardt advice flows of `Tests/OrgAnalysisTests/Fixtures/flows-krackhardt-advice.json`, written by
/// `Scripts/reference_flows.py` with NetworkX `attribute_mixing_matrix` (rank = level − 1, groups `dept-<n>`).
struct KrackhardtFlowsFixture: Decodable {
  struct Levels: Decodable {
    let matrix: [[Double]]
    let upwardShare: Double
    let downwardShare: Double
    let lateralShare: Double
    let skipLevelShare: Double
    let crossLevelShare: Double
    let includedWeight: Double
    let excludedWeight: Double
  }

  struct Groups: Decodable {
    let order: [String]
    let matrix: [[Double]]
  }

  static let path = "Tests/OrgAnalysisTests/Fixtures/flows-krackhardt-advice.json"

  let ranks: [Int]
  let levels: Levels
  let groupMixing: Groups
}
