import DOT
import InteractionGraph
import OrgAnalysis

/// The picture of who talks to whom: the most influential people, sized by PageRank and coloured by
/// department, with the strongest ties between them.
///
/// Choices: people are the `top` nodes by PageRank (ties by corpus order). A network of heavy-tailed talk has
/// far more ties than a layout can draw legibly (and Graphviz's time grows badly with edges, see PLATFORM.md),
/// so each person keeps their `tiesPerPerson` strongest outgoing ties and their strongest incoming tie among
/// the people shown. Node area grows with PageRank (width ∝ √(PageRank / largest)); edge width with
/// √(weight / largest). Edges are straight: Graphviz 2.43 loops for minutes on `splines=curved` with neato
/// (measured on the sample: 0.04 s without, no result within 20 s with).
/// Departments get colours from a fixed palette in name order; unknown is grey.
///
/// Two layouts: `spring` places people by their ties alone (`neato`, or `sfdp` for large pictures); `levels`
/// ranks people by level with `dot`, the top level first and people of unknown level last, and puts each
/// department in a cluster (see `NetworkView+Levels.swift`).
public struct NetworkView: Sendable {
  /// How people are placed.
  public enum Layout: String, Sendable, CaseIterable {
    /// By their ties alone, force-directed.
    case spring
    /// In rows by level (`rank=same`), top level first, in one cluster per department.
    case levels
  }

  public var top: Int
  public var tiesPerPerson: Int
  public var layout: Layout
  /// Node count above which the layout engine switches from `neato` to the multiscale `sfdp`.
  public static let sfdpThreshold = 300

  public init(top: Int = 150, tiesPerPerson: Int = 3, layout: Layout = .spring) {
    self.top = top
    self.tiesPerPerson = tiesPerPerson
    self.layout = layout
  }

  /// The layout engine suited to the layout and the picture's size.
  public func engineName(for analysis: Analysis) -> String {
    if layout == .levels { return "dot" }
    return min(top, analysis.summary.nodes) > Self.sfdpThreshold ? "sfdp" : "neato"
  }

  /// The picture of `analysis`.
  /// - Complexity: O(|V| log |V| + |E| log |E|).
  public func graph(_ analysis: Analysis) -> DOTGraph {
    let shown = analysis.people.filter { $0.node != nil }.enumerated()
      .sorted { ($0.element.metrics.pagerank, -$0.offset) > ($1.element.metrics.pagerank, -$1.offset) }
      .prefix(top).map(\.element)
    let palette = DepartmentPalette(departments: shown.map(\.department))
    let legend = ViewLegend(
      title: "Who talks to whom",
      notes: [
        "The top \(shown.count) people by PageRank; \(layout == .levels ? "name" : "circle") size PageRank, colour "
          + "department; each person's "
          + "\(tiesPerPerson) strongest ties to others shown and strongest tie from them."
          + (layout == .levels ? " Rows are levels, top level first; boxes are departments." : "")
      ],
      rows: [palette.swatches(unknownText: shown.contains { $0.department == nil } ? "no department" : nil)])
    let largest = shown.map(\.metrics.pagerank).max() ?? 0
    var graph = DOTGraph(
      .directed, name: "crosstalk_network",
      attributes: [.outputOrder(.edgesFirst), .fontName("Helvetica"), .label(legend.label()), .labelLocation(.top)]
        + (layout == .spring ? [.overlap(.prism)] : []),
      nodeDefaults: [
        .shape(.circle), .style([.filled]), .fixedSize(true), .fontName("Helvetica"), .fontSize(9),
        .penWidth(0.5), .color(Color(red: 80, green: 80, blue: 80)),
      ],
      edgeDefaults: [.arrowSize(0.5), .color(Color(red: 90, green: 90, blue: 90, alpha: 110))])
    let nodes = shown.map { person in
      let size = largest > 0 ? 0.15 + 0.85 * (person.metrics.pagerank / largest).squareRoot() : 0.3
      if layout == .levels { return levelNode(person, size: size, palette: palette, tooltip: tooltip(person)) }
      return DOTNode(
        person.id,
        [
          .label(.text("")), .externalLabel(.text(person.name ?? person.id)), .width(size), .height(size),
          .fillColor(palette.color(of: person.department)), .tooltip(tooltip(person)),
        ])
    }
    let ties = strongestTies(analysis, among: shown).map { tie in
      DOTEdge(from: tie.source, to: tie.target, [.penWidth(tie.width), .tooltip("weight \(tie.weightText)")])
    }
    switch layout {
    case .spring:
      graph.nodes = nodes
      graph.edges = ties
    case .levels:
      arrangeByLevel(&graph, people: shown, nodes: nodes, ties: ties, levels: analysis.levels?.order ?? [])
    }
    return graph
  }

  private func tooltip(_ person: Analysis.PersonRow) -> String {
    [
      person.name ?? person.id, person.title, person.department, person.level.map { "level \($0)" },
      "PageRank " + Readable.score(person.metrics.pagerank),
    ].compactMap { $0 }.joined(separator: " · ")
  }

  private struct Tie {
    var source: String
    var target: String
    var width: Double
    var weightText: String
  }

  /// Each shown person's strongest outgoing ties and strongest incoming tie among the shown people.
  private func strongestTies(_ analysis: Analysis, among shown: [Analysis.PersonRow]) -> [Tie] {
    let graph = analysis.selection.graph
    var idOfNode: [Int: String] = [:]
    for person in shown { if let node = person.node { idOfNode[node] = person.id } }
    var kept = Set<Int>()  // edge positions in the out-CSR
    for person in shown {
      guard let node = person.node else { continue }
      let outgoing = graph.outEdges(of: node).filter { idOfNode[Int(graph.outTargets[$0])] != nil }
        .sorted { (graph.outWeights[$0], -$0) > (graph.outWeights[$1], -$1) }
      kept.formUnion(outgoing.prefix(tiesPerPerson))
      let incoming = graph.inEdges(of: node).filter { idOfNode[Int(graph.inSources[$0])] != nil }
        .max { (graph.inWeights[$0], -$0) < (graph.inWeights[$1], -$1) }
      if let incoming {
        let source = Int(graph.inSources[incoming])
        if let position = graph.outEdges(of: source).first(where: { Int(graph.outTargets[$0]) == node }) {
          kept.insert(position)
        }
      }
    }
    let largest = kept.map { graph.outWeights[$0] }.max() ?? 1
    return graph.nodes.flatMap { source in
      graph.outEdges(of: source).filter { kept.contains($0) }.compactMap { edge -> Tie? in
        guard let from = idOfNode[source], let to = idOfNode[Int(graph.outTargets[edge])] else { return nil }
        let weight = graph.outWeights[edge]
        return Tie(
          source: from, target: to, width: 0.4 + 3.6 * (weight / largest).squareRoot(),
          weightText: Readable.weight(weight))
      }
    }
  }
}
