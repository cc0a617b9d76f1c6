import DOT

/// The graphs behind the golden files; each exercises a different part of the writer.
enum GoldenGraphs {
  /// A department view: clusters with labels (one non-ASCII), a `rank=same` group, defaults and edge weights.
  static func clustersAndRanks() -> DOTGraph {
    let sales = DOTSubgraph.cluster(
      "sales", label: .text("Sales & Marketing"),
      attributes: [.style([.filled, .rounded]), .fillColor(Color(red: 0xEE, green: 0xF4, blue: 0xFB))],
      nodes: [DOTNode("alice", [.label(.lines(["Alice", "Head of Sales"]))]), DOTNode("bob")])
    let engineering = DOTSubgraph.cluster(
      "eng", label: .text("Ingeniería"), attributes: [.color(.gray), .labelJustification(.left)],
      nodes: [DOTNode("carol", [.fillColor(Color(red: 0xFF, green: 0xCC, blue: 0x00, alpha: 0x80))]), DOTNode("dan")],
      subgraphs: [.group(rank: .same, nodes: [DOTNode("carol"), DOTNode("dan")])])
    return DOTGraph(
      .directed, name: "departments",
      attributes: [.rankDirection(.leftToRight), .newRank(true), .splines(.polyline), .fontName("Helvetica"),
        .rankSeparation(0.75), .nodeSeparation(0.25), .outputOrder(.edgesFirst)],
      nodeDefaults: [.shape(.box), .style([.rounded, .filled]), .fillColor(.white), .fontSize(10)],
      edgeDefaults: [.color(Color(red: 0x33, green: 0x33, blue: 0x33, alpha: 0x99)), .arrowSize(0.6)],
      subgraphs: [sales, engineering],
      edges: [
        DOTEdge(from: "alice", to: "bob", [.weight(3), .penWidth(1.5)]),
        DOTEdge(from: "bob", to: "carol", [.weight(1), .label(.lines(["1 reply", "2 days"], justification: .left))]),
        DOTEdge(from: "dan", to: "alice", [.style([.dashed]), .constraint(false), .tooltip("dan → alice")]),
      ])
  }

  /// A network view for the force-directed engines, with an HTML label and external labels.
  static func undirectedNetwork() -> DOTGraph {
    let markup = "<b>\(DOTQuoting.escapedHTML("R&D"))</b><br/>12 people"
    let htmlLabel = (try? Label.html(markup)) ?? .text("R&D")
    return DOTGraph(
      .undirected,
      attributes: [.overlap(.remove), .splines(.curved), .concentrate(true), .label(.text("Reply network")),
        .labelLocation(.top)],
      nodeDefaults: [.shape(.circle), .fixedSize(true), .width(0.3), .height(0.3)],
      nodes: [
        DOTNode("rd", [.label(htmlLabel), .shape(.plainText), .fixedSize(false)]),
        DOTNode("p1", [.externalLabel(.text("Zoë")), .width(0.45), .height(0.45)]),
        DOTNode("p2", [.externalLabel(.text("Ævar")), .penWidth(2.25)]),
      ],
      edges: [
        DOTEdge(from: "p1", to: "p2", [.weight(0.125)]),
        DOTEdge(from: "p2", to: "rd", [.penWidth(0.00001)]),
      ])
  }

  /// Identifiers and labels that need every quoting rule.
  static func quotingEdgeCases() -> DOTGraph {
    DOTGraph(
      name: "strict",
      nodes: [
        DOTNode(""), DOTNode("graph"), DOTNode("-4.2"), DOTNode("4a"), DOTNode("Zoë"),
        DOTNode("quote \"here\""), DOTNode(#"back\slash"#), DOTNode("two\nlines"),
        DOTNode("n", [.label(.text(#"literal \n and \l"#)), .tooltip("tab\there")]),
      ],
      edges: [DOTEdge(from: "", to: "graph"), DOTEdge(from: "Zoë", to: #"back\slash"#)])
  }
}
