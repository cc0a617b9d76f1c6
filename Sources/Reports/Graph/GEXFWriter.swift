import OrgAnalysis

/// The selected graph as GEXF 1.3, Gephi's own format (NetworkX reads it too).
///
/// A static directed graph whose nodes are the people with a graph node (node id = person id, label = name,
/// else id) and whose edges carry `weight`, the interaction count. Every people-table column is declared in
/// `<attributes class="node">` under its JSON key (type integer, double, boolean or string, read from the values;
/// see `GraphExport`); null values are left out. Ids, labels and values are XML-escaped.
///
/// - Complexity: O(|V| · columns + |E|) time and output size.
public enum GEXFWriter {
  public static func render(_ analysis: Analysis) -> String {
    let export = GraphExport(analysis)
    var output = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>crosstalk</creator>
        </meta>
        <graph defaultedgetype="directed" mode="static">
          <attributes class="node" mode="static">

      """
    for (index, attribute) in export.attributes.enumerated() {
      output += "      <attribute id=\"\(index)\" title=\"\(XMLEscaping.escape(attribute.name))\""
        + " type=\"\(typeName(attribute.type))\"/>\n"
    }
    output += "    </attributes>\n    <nodes>\n"
    for (node, id) in export.nodeIDs.enumerated() {
      output += "      <node id=\"\(XMLEscaping.escape(id))\" label=\"\(XMLEscaping.escape(export.labels[node]))\">\n"
      output += "        <attvalues>\n"
      for (index, attribute) in export.attributes.enumerated() {
        guard let value = attribute.values[node] else { continue }
        output += "          <attvalue for=\"\(index)\" value=\"\(XMLEscaping.escape(value))\"/>\n"
      }
      output += "        </attvalues>\n      </node>\n"
    }
    output += "    </nodes>\n    <edges>\n"
    for (index, edge) in export.edges.enumerated() {
      let source = XMLEscaping.escape(export.nodeIDs[edge.source])
      let target = XMLEscaping.escape(export.nodeIDs[edge.target])
      let weight = GraphExport.text(.number(edge.weight)) ?? "0"
      output += "      <edge id=\"\(index)\" source=\"\(source)\" target=\"\(target)\" weight=\"\(weight)\"/>\n"
    }
    output += "    </edges>\n  </graph>\n</gexf>\n"
    return output
  }

  /// GEXF's name for an attribute type.
  static func typeName(_ type: GraphExport.ValueType) -> String {
    switch type {
    case .int: "integer"
    case .double: "double"
    case .boolean: "boolean"
    case .string: "string"
    }
  }
}
