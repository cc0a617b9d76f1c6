import OrgAnalysis

/// The selected graph as GraphML, for Gephi, NetworkX, yEd and igraph.
///
/// A directed graph whose nodes are the people with a graph node (node id = person id) and whose edges carry
/// `weight`, the interaction count. Every people-table column is a node `<key>` named by its JSON key
/// (`attr.type` int, double, boolean or string, read from the values; see `GraphExport`); null values are left
/// out. Ids and values are XML-escaped.
///
/// - Complexity: O(|V| · columns + |E|) time and output size.
public enum GraphMLWriter {
  public static func render(_ analysis: Analysis) -> String {
    let export = GraphExport(analysis)
    var output = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    for (index, attribute) in export.attributes.enumerated() {
      output += "  <key id=\"d\(index)\" for=\"node\" attr.name=\"\(XMLEscaping.escape(attribute.name))\""
        + " attr.type=\"\(attribute.type.rawValue)\"/>\n"
    }
    output += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    output += "  <graph id=\"G\" edgedefault=\"directed\">\n"
    for (node, id) in export.nodeIDs.enumerated() {
      output += "    <node id=\"\(XMLEscaping.escape(id))\">\n"
      for (index, attribute) in export.attributes.enumerated() {
        guard let value = attribute.values[node] else { continue }
        output += "      <data key=\"d\(index)\">\(XMLEscaping.escape(value))</data>\n"
      }
      output += "    </node>\n"
    }
    for edge in export.edges {
      let source = XMLEscaping.escape(export.nodeIDs[edge.source])
      let target = XMLEscaping.escape(export.nodeIDs[edge.target])
      output += "    <edge source=\"\(source)\" target=\"\(target)\">\n"
      output += "      <data key=\"weight\">\(GraphExport.text(.number(edge.weight)) ?? "0")</data>\n"
      output += "    </edge>\n"
    }
    output += "  </graph>\n</graphml>\n"
    return output
  }
}
