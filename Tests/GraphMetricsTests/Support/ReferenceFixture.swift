import Foundation
import InteractionGraph
import TestSupport
import Testing

/// One graph and the values NetworkX computed for it, written by `Scripts/reference_metrics.py`.
///
/// JSON keys (snake case): `name`, `networkx_version`, `description`, `notes` (which NetworkX call produced
/// each expected key), `node_count`, `edges` ([source, target, weight], 0-based), optional `node_ids`, and
/// `expected` with `in_degree`, `out_degree`, `in_strength`, `out_strength`, `pagerank`, `pagerank_tight`,
/// `betweenness`, `betweenness_weighted`, `closeness`, `harmonic`, `density`, `reciprocity` (null when
/// NetworkX raises), `weak_components`, `weak_component_count`, `strong_components`, `strong_component_count`.
struct ReferenceFixture: Decodable, Sendable {
  struct Expected: Decodable, Sendable {
    let inDegree: [Int]
    let outDegree: [Int]
    let inStrength: [Double]
    let outStrength: [Double]
    let pagerank: [Double]
    let pagerankTight: [Double]
    let betweenness: [Double]
    let betweennessWeighted: [Double]
    let closeness: [Double]
    let harmonic: [Double]
    let density: Double
    let reciprocity: Double?
    let weakComponents: [Int]
    let weakComponentCount: Int
    let strongComponents: [Int]
    let strongComponentCount: Int
  }

  let name: String
  let networkxVersion: String
  let description: String
  let nodeCount: Int
  let edges: [[Double]]
  let nodeIds: [String]?
  let expected: Expected

  /// Every fixture file, named graphs first.
  static let allNames = [
    "karate", "krackhardt_advice", "random_weighted_300", "slack_houston_mentions",
    "edge_empty", "edge_one_node", "edge_two_nodes", "edge_disconnected", "edge_self_loop",
  ]

  static func load(_ name: String) throws -> ReferenceFixture {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
      throw FixtureError.missing(name: name)
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(ReferenceFixture.self, from: Data(contentsOf: url))
  }

  /// The fixture's graph, built through `GraphBuilder` exactly as the importers do.
  func graph() throws -> InteractionGraph {
    var builder = GraphBuilder(nodeCount: nodeCount)
    for (position, edge) in edges.enumerated() {
      guard edge.count == 3, let source = Int(exactly: edge[0]), let target = Int(exactly: edge[1]),
        (0 ..< nodeCount).contains(source), (0 ..< nodeCount).contains(target), edge[2] > 0
      else { throw FixtureError.badEdge(name: name, position: position, value: edge) }
      builder.addEdge(from: source, to: target, weight: edge[2])
    }
    return builder.build()
  }

  /// "graph 'karate' node 3" or, with Slack ids, "graph 'slack_houston_mentions' node 3 (U061…)".
  func label(node: Int) -> String {
    let identifier = nodeIds.flatMap { node >= 0 && node < $0.count ? " (\($0[node]))" : nil } ?? ""
    return "graph '\(name)' node \(node)\(identifier)"
  }

  /// Records one issue per node whose score differs from NetworkX beyond `relative`.
  func expectScores(
    _ actual: [Double], _ expected: [Double], metric: String, relative: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      actual.count == nodeCount, "graph '\(name)' \(metric): \(actual.count) scores", sourceLocation: sourceLocation)
    for mismatch in mismatches(actual, expected, relative: relative) {
      let message = "\(label(node: mismatch.index)) \(metric): got \(mismatch.actual), NetworkX \(networkxVersion)"
      Issue.record("\(message) gives \(mismatch.expected)", sourceLocation: sourceLocation)
    }
  }
}

enum FixtureError: Error, CustomStringConvertible {
  case missing(name: String)
  case badEdge(name: String, position: Int, value: [Double])

  var description: String {
    switch self {
    case .missing(let name):
      return "Fixtures/\(name).json: error: fixture not found in the test bundle"
    case .badEdge(let name, let position, let value):
      return "Fixtures/\(name).json: error: edge \(position) is \(value), expected [source, target, weight > 0]"
    }
  }
}
