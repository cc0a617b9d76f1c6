import InteractionGraph
import OrgAnalysis

/// The selected graph as GraphML and GEXF writers see it: nodes with typed attributes and weighted directed edges.
///
/// Nodes are the people with a graph node, in node order; each carries every people-table column, object-valued
/// columns spread into `key_subkey` attributes as in the CSV. An attribute's type is read from its values: `int`
/// when every value is an integer, `double` when any is a fraction, `boolean`, else `string`; a column with no
/// value at all is declared `string`. Null values are left out, so readers see the attribute as missing.
///
/// - Complexity: O(|V| · columns + |E|).
struct GraphExport: Sendable {
  /// An attribute's value type, named as GraphML's `attr.type`.
  enum ValueType: String, Sendable {
    case int, double, boolean, string
  }

  /// One node attribute: its name, type, and value per node (`nil` where null).
  struct Attribute: Sendable {
    var name: String
    var type: ValueType
    var values: [String?]
  }

  /// One directed edge between node positions, with its weight (interaction count).
  struct Edge: Sendable {
    var source: Int
    var target: Int
    var weight: Double
  }

  /// Node ids (person ids), in node order.
  var nodeIDs: [String]
  /// Node labels (name, else id), in node order.
  var labels: [String]
  var attributes: [Attribute]
  var edges: [Edge]

  init(_ analysis: Analysis) {
    let graph = analysis.selection.graph
    var rows: [Analysis.PersonRow?] = Array(repeating: nil, count: graph.nodeCount)
    for row in analysis.people {
      if let node = row.node, rows.indices.contains(node) { rows[node] = row }
    }
    let nodeRows = rows.compactMap { $0 }
    nodeIDs = nodeRows.map(\.id)
    labels = nodeRows.map { $0.name ?? $0.id }
    attributes = PeopleTable.columns.flatMap { column in Self.attributes(of: column, rows: nodeRows) }
    // A node without a people row cannot be named; its edges are left out rather than written to a missing node.
    let position = Self.positions(rows)
    edges = []
    for source in 0 ..< graph.nodeCount {
      guard let from = position[source] else { continue }
      for edge in graph.outOffsets[source] ..< graph.outOffsets[source + 1] {
        guard let to = position[Int(graph.outTargets[edge])] else { continue }
        edges.append(Edge(source: from, target: to, weight: graph.outWeights[edge]))
      }
    }
  }

  /// Each graph node's position among the nodes that have a row.
  private static func positions(_ rows: [Analysis.PersonRow?]) -> [Int?] {
    var next = 0
    return rows.map { row in
      guard row != nil else { return nil }
      defer { next += 1 }
      return next
    }
  }

  /// The attribute (or, for an object-valued column, one per subkey) of a people-table column.
  private static func attributes(of column: PeopleTable.Column, rows: [Analysis.PersonRow]) -> [Attribute] {
    let values = rows.map { column.json($0) }
    guard !column.subkeys.isEmpty else { return [attribute(name: column.key, values: values)] }
    return column.subkeys.map { subkey in
      let members = values.map { value -> JSONValue in
        guard case .object(let members) = value else { return .null }
        return members.first { $0.0 == subkey }?.1 ?? .null
      }
      return attribute(name: "\(column.key)_\(subkey)", values: members)
    }
  }

  private static func attribute(name: String, values: [JSONValue]) -> Attribute {
    let type = valueType(values)
    return Attribute(name: name, type: type, values: values.map(text))
  }

  /// The narrowest type that holds every non-null value.
  static func valueType(_ values: [JSONValue]) -> ValueType {
    var kinds = Set<String>()
    for value in values {
      switch value {
      case .null, .array, .object: continue
      case .bool: kinds.insert("boolean")
      case .integer: kinds.insert("int")
      case .number: kinds.insert("double")
      case .string: kinds.insert("string")
      }
    }
    switch kinds {
    case ["int"]: return .int
    case ["double"], ["int", "double"]: return .double
    case ["boolean"]: return .boolean
    default: return .string
    }
  }

  /// A value as attribute text: `nil` for null; doubles in shortest round-trip form, non-finite ones
  /// as `NaN`, `INF` and `-INF` (XML Schema's spelling).
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .null, .array, .object: nil
    case .string(let text): text
    case .integer(let number): String(number)
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number) where number.isNaN: "NaN"
    case .number(let number) where number.isInfinite: number < 0 ? "-INF" : "INF"
    case .number(let number): JSONValue.format(number)
    }
  }
}
