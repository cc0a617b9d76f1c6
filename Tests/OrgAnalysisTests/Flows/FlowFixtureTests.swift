import Foundation
import InteractionGraph
import TestSupport
import Testing

@testable import OrgAnalysis

/// Level flow and group mixing against `Scripts/reference_flows.py`, which computes them independently with
/// NetworkX 3.6.1 `attribute_mixing_matrix` (on a weight-expanded multigraph) and plain Python for shares and
/// E-I indices.
@Suite struct FlowFixtureTests {
  struct Fixture: Decodable {
    struct Levels: Decodable {
      var order: [String]
      var matrix: [[Double]]
      var expected: [[Double]]
      var lift: [[Double?]]
      var upward_share, downward_share, lateral_share, skip_level_share, cross_level_share: Double
      var included_weight, excluded_weight: Double
    }
    struct Group: Decodable {
      var name: String
      var members: Int
      var internal_weight, external_weight: Double
      var ei_index: Double?
    }
    struct Groups: Decodable {
      var order: [String]
      var matrix: [[Double]]
      var expected: [[Double]]
      var lift: [[Double?]]
      var ei_index: Double?
      var excluded_weight: Double
      var per_group: [Group]
    }
    var node_count: Int
    var edges: [[Double]]
    var ranks: [Int?]
    var groups: [String?]
    var bands: [[Band]]?
    var levels: Levels
    var group_mixing: Groups

    enum Band: Decodable {
      case number(Int?), text(String)
      init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
          self = .number(nil)
        } else if let value = try? container.decode(Int.self) {
          self = .number(value)
        } else {
          self = .text(try container.decode(String.self))
        }
      }
    }

    var graph: InteractionGraph {
      var builder = GraphBuilder(nodeCount: node_count)
      for edge in edges { builder.addEdge(from: Int(edge[0]), to: Int(edge[1]), weight: edge[2]) }
      return builder.build()
    }

    var levelBands: LevelBands? {
      bands.map { rows in
        LevelBands(
          bands: rows.compactMap { row in
            guard case .number(let low?) = row[0], case .number(let high) = row[1], case .text(let name) = row[2] else {
              return nil
            }
            return LevelBands.Band(lowest: low, highest: high, name: name)
          })
      }
    }
  }

  static let names = ["krackhardt-advice", "random-120"]

  static func load(_ name: String) throws -> Fixture {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/flows-\(name)", withExtension: "json"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  @Test(arguments: names)
  func levelFlowMatchesReference(name: String) throws {
    let fixture = try Self.load(name)
    let flow = LevelFlow(graph: fixture.graph, rankOfNode: fixture.ranks, bands: fixture.levelBands)
    let expected = fixture.levels
    #expect(flow.order == expected.order)
    #expect(flow.matrix == expected.matrix)  // sums of whole numbers: exact
    expectClose(flow.expected.flatMap { $0 }, expected.expected.flatMap { $0 }, name)
    #expect(flow.lift.flatMap { $0 }.map { $0 == nil } == expected.lift.flatMap { $0 }.map { $0 == nil })
    expectClose(flow.lift.flatMap { $0 }.compactMap { $0 }, expected.lift.flatMap { $0 }.compactMap { $0 }, name)
    expectClose(
      [
        flow.upwardShare, flow.downwardShare, flow.lateralShare, flow.skipLevelShare, flow.crossLevelShare,
        flow.includedWeight, flow.excludedWeight,
      ],
      [
        expected.upward_share, expected.downward_share, expected.lateral_share, expected.skip_level_share,
        expected.cross_level_share, expected.included_weight, expected.excluded_weight,
      ], name)
  }

  @Test(arguments: names)
  func groupMixingMatchesReference(name: String) throws {
    let fixture = try Self.load(name)
    let mixing = GroupMixing(
      graph: fixture.graph, attribute: "department", groupOfNode: fixture.groups, permutations: 0)
    let expected = fixture.group_mixing
    #expect(mixing.order == expected.order)
    #expect(mixing.matrix == expected.matrix)
    expectClose(mixing.expected.flatMap { $0 }, expected.expected.flatMap { $0 }, name)
    #expect(mixing.excludedWeight == expected.excluded_weight)
    expectClose([mixing.eiIndex ?? .nan], [expected.ei_index ?? .nan], name)
    #expect(mixing.perGroup.map(\.name) == expected.per_group.map(\.name))
    #expect(mixing.perGroup.map(\.members) == expected.per_group.map(\.members))
    expectClose(mixing.perGroup.map(\.internalWeight), expected.per_group.map(\.internal_weight), name)
    expectClose(mixing.perGroup.map(\.externalWeight), expected.per_group.map(\.external_weight), name)
    expectClose(mixing.perGroup.map { $0.eiIndex ?? .nan }, expected.per_group.map { $0.ei_index ?? .nan }, name)
  }

  private func expectClose(_ actual: [Double], _ expected: [Double], _ name: String) {
    let wrong = mismatches(actual, expected, relative: 1e-9)
    #expect(wrong.isEmpty, "\(name): \(wrong.prefix(5))")
  }
}
