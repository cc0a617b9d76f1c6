import Foundation
import GraphMetrics
import OrgAnalysis

/// The people table's columns, shared by the JSON `people` objects and the CSV output so the two never drift.
public enum PeopleTable {
  public struct Column: Sendable {
    public let key: String
    /// For a column whose JSON value is an object: its keys, which CSV spreads into `key_subkey` columns.
    let subkeys: [String]
    let json: @Sendable (Analysis.PersonRow) -> JSONValue

    init(key: String, subkeys: [String] = [], json: @escaping @Sendable (Analysis.PersonRow) -> JSONValue) {
      self.key = key
      self.subkeys = subkeys
      self.json = json
    }

    /// The CSV header names of this column.
    public var csvKeys: [String] { subkeys.isEmpty ? [key] : subkeys.map { "\(key)_\($0)" } }

    /// The CSV cells of this column: one, or one per subkey (empty where the object is null).
    func cells(_ row: Analysis.PersonRow) -> [String] {
      guard !subkeys.isEmpty else { return [text(json(row))] }
      guard case .object(let members) = json(row) else { return subkeys.map { _ in "" } }
      return subkeys.map { subkey in members.first { $0.0 == subkey }.map { text($0.1) } ?? "" }
    }

    /// A value as CSV text: empty for null, numbers in shortest round-trip form.
    private func text(_ value: JSONValue) -> String {
      switch value {
      case .null: ""
      case .string(let value): value
      case .integer(let value): String(value)
      case .number(let value): JSONValue.format(value)
      case .bool(let value): value ? "true" : "false"
      case .array, .object: ""
      }
    }
  }

  public static let columns: [Column] = [
    Column(key: "id") { .string($0.id) },
    Column(key: "name") { .optional($0.name) },
    Column(key: "title") { .optional($0.title) },
    Column(key: "department") { .optional($0.department) },
    Column(key: "level") { .optional($0.level) },
    Column(key: "level_rank") { .optional($0.levelRank) },
    Column(key: "level_source") { .optional($0.levelSource?.rawValue) },
    Column(key: "manager") { .optional($0.manager) },
    Column(key: "has_direct_reports") { row in row.hasDirectReports.map(JSONValue.bool) ?? .null },
    Column(key: "org_match") { .optional($0.orgMatch?.rawValue) },
    Column(key: "messages") { .integer($0.messages) },
    Column(key: "replies_sent") { .integer($0.repliesSent) },
    Column(key: "replies_received") { .integer($0.repliesReceived) },
    Column(key: "in_degree") { .integer($0.metrics.inDegree) },
    Column(key: "out_degree") { .integer($0.metrics.outDegree) },
    Column(key: "in_strength") { .number($0.metrics.inStrength) },
    Column(key: "out_strength") { .number($0.metrics.outStrength) },
    Column(key: "pagerank") { .number($0.metrics.pagerank) },
    Column(key: "betweenness") { .number($0.metrics.betweenness) },
    Column(key: "closeness") { .number($0.metrics.closeness) },
    Column(key: "harmonic") { .number($0.metrics.harmonic) },
    Column(key: "hub") { .number($0.metrics.hub) },
    Column(key: "authority") { .number($0.metrics.authority) },
    Column(key: "constraint") { .optional($0.metrics.constraint) },
    Column(key: "effective_size") { .optional($0.metrics.effectiveSize) },
    Column(key: "efficiency") { .optional($0.metrics.efficiency) },
    Column(key: "hierarchy") { .optional($0.metrics.hierarchy) },
    Column(key: "core_number") { .integer($0.metrics.coreNumber) },
    Column(key: "community") { .optional($0.positions.community) },
    Column(key: "community_participation") { .number($0.positions.communityParticipation) },
    Column(key: "group_participation") { .optional($0.positions.groupParticipation) },
    Column(key: "brokerage", subkeys: BrokerageRole.allCases.map(\.key)) { row in
      .optional(row.positions.brokerage) { counts in
        .object(BrokerageRole.allCases.map { ($0.key, .integer(counts[$0])) })
      }
    },
    Column(key: "brokerage_z", subkeys: BrokerageRole.allCases.map(\.key) + ["total"]) { row in
      .optional(row.positions.brokerageZScores) { scores in
        .object(zip(BrokerageRole.allCases.map(\.key), scores).map { ($0, .optional($1)) }
          + [("total", .optional(row.positions.brokerageTotalZScore))])
      }
    },
    Column(key: "weak_component") { .optional($0.metrics.weakComponent) },
    Column(key: "strong_component") { .optional($0.metrics.strongComponent) },
    Column(key: "persona") { .optional($0.persona?.rawValue) },
  ]

  /// RFC 4180 CSV of the people table, header first, `\r\n`-free (`\n` line ends).
  public static func csv(_ analysis: Analysis) -> String {
    var output = columns.flatMap(\.csvKeys).joined(separator: ",") + "\n"
    for row in analysis.people {
      output += columns.flatMap { $0.cells(row) }.map(csvField).joined(separator: ",") + "\n"
    }
    return output
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension BrokerageRole {
  /// The role's JSON and CSV name.
  var key: String {
    switch self {
    case .coordinator: "coordinator"
    case .gatekeeper: "gatekeeper"
    case .representative: "representative"
    case .consultant: "consultant"
    case .liaison: "liaison"
    }
  }
}
