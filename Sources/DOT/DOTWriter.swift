/// Writes a `DOTGraph` as DOT text, deterministically.
///
/// Layout of the output: `digraph name {` (or `graph`), then in order the graph attributes as
/// `graph [...]`, `node [...]` and `edge [...]` defaults, node statements, subgraphs, and edge statements, each
/// on its own line indented by two spaces per level, and a closing `}` followed by a newline. Attribute lists
/// are sorted by name (the last attribute given for a name wins) and separated by `, `; empty lists are left
/// out. Every identifier, attribute name and text value goes through `DOTQuoting`, numbers through
/// `DOTNumberFormatting`.
public enum DOTWriter {
  /// The DOT text of `graph`.
  ///
  /// Example: `DOTGraph(nodes: [DOTNode("a")], edges: [DOTEdge(from: "a", to: "b")])` is written as
  /// `"digraph {\n  a;\n  a -> b;\n}\n"`.
  /// - Complexity: O(n + a log a), n the total text size and a the largest attribute list.
  public static func write(_ graph: DOTGraph) -> String {
    var output = ""
    output.append(graph.direction == .directed ? "digraph" : "graph")
    if let name = graph.name { output.append(" " + DOTQuoting.id(name)) }
    output.append(" {\n")
    let edgeOperator = graph.direction == .directed ? " -> " : " -- "
    var body = Body(output: output, depth: 1)
    body.writeAttributeStatement("graph", graph.attributes)
    body.writeAttributeStatement("node", graph.nodeDefaults)
    body.writeAttributeStatement("edge", graph.edgeDefaults)
    for node in graph.nodes { body.writeNode(node) }
    for subgraph in graph.subgraphs { body.writeSubgraph(subgraph) }
    for edge in graph.edges {
      body.writeStatement(
        DOTQuoting.id(edge.source) + edgeOperator + DOTQuoting.id(edge.target), edge.attributes)
    }
    body.output.append("}\n")
    return body.output
  }

  /// The output being built and the current nesting depth.
  private struct Body {
    var output: String
    var depth: Int

    mutating func writeAttributeStatement<Attribute: DOTAttribute>(_ keyword: String, _ attributes: [Attribute]) {
      guard !attributes.isEmpty else { return }
      writeStatement(keyword, attributes)
    }

    mutating func writeNode(_ node: DOTNode) {
      writeStatement(DOTQuoting.id(node.id), node.attributes)
    }

    mutating func writeSubgraph(_ subgraph: DOTSubgraph) {
      indent()
      output.append("subgraph ")
      if let name = subgraph.name { output.append(DOTQuoting.id(name) + " ") }
      output.append("{\n")
      depth += 1
      writeAttributeStatement("graph", subgraph.effectiveAttributes)
      writeAttributeStatement("node", subgraph.nodeDefaults)
      for node in subgraph.nodes { writeNode(node) }
      for nested in subgraph.subgraphs { writeSubgraph(nested) }
      depth -= 1
      indent()
      output.append("}\n")
    }

    /// Writes `head [a=b, c=d];` (or `head;` without attributes) on its own line.
    mutating func writeStatement<Attribute: DOTAttribute>(_ head: String, _ attributes: [Attribute]) {
      indent()
      output.append(head)
      let normalized = attributes.normalized()
      if !normalized.isEmpty {
        output.append(" [")
        for (index, attribute) in normalized.enumerated() {
          if index > 0 { output.append(", ") }
          output.append(DOTQuoting.id(attribute.name))
          output.append("=")
          output.append(attribute.dotValue)
        }
        output.append("]")
      }
      output.append(";\n")
    }

    private mutating func indent() {
      output.append(String(repeating: "  ", count: depth))
    }
  }
}
