import DOT
import OrgAnalysis

/// The picture of talk between levels: one box per level (or per level × department), ranked top to bottom,
/// one arrow per pair of boxes that talk, labelled with its share of all level-known weight and its lift over
/// random mixing.
///
/// Choices: edge width grows with share; upward edges (towards a higher level) are blue, downward vermillion,
/// lateral (within a level) grey (`FlowColors`, explained in the legend). Invisible edges between consecutive
/// levels keep the ranks in order whatever the talk; talk edges do not constrain the ranks. Per level ×
/// department, the boxes of a level share a rank (`rank=same`), each department is a column (a cluster) in its
/// palette colour, and each box keeps its `tiesPerBox` strongest outgoing ties and its strongest incoming tie,
/// because a full matrix of boxes has too many arrows to read. Laid out with `dot`.
public struct HierarchyView: Sendable {
  /// One box per level × department instead of one per level.
  public var byDepartment: Bool
  /// Outgoing ties kept per box in the per-department picture.
  public var tiesPerBox: Int

  public init(byDepartment: Bool = false, tiesPerBox: Int = 3) {
    self.byDepartment = byDepartment
    self.tiesPerBox = tiesPerBox
  }

  /// The picture of `analysis`, or nil when no person has a known level.
  /// - Complexity: O(|V| + |E| + B² log B) for B boxes.
  public func graph(_ analysis: Analysis) -> DOTGraph? {
    guard let flow = analysis.levels else { return nil }
    guard byDepartment else { return graph(flow) }
    return LevelDepartmentFlow(analysis).map(departmentGraph)
  }

  /// The one-box-per-level picture of `flow`.
  /// - Complexity: O(L²) for L levels.
  public func graph(_ flow: LevelFlow) -> DOTGraph {
    let total = flow.includedWeight
    let legend = ViewLegend(
      title: "Talk between levels",
      notes: [
        "Box: a level and its share of all talk sent. Arrow: share of talk between known levels · lift over "
          + "random mixing (1.00× = as expected); width grows with share."
      ],
      rows: [FlowColors.swatches])
    var graph = Self.canvas(legend: legend, fill: Color(red: 235, green: 240, blue: 250))
    for (index, level) in flow.order.enumerated() {
      let out = flow.matrix[index].reduce(0, +)
      graph.addNode(nodeID(index), [.label(.lines([level, "sends \(Readable.percent(total > 0 ? out / total : 0))"]))])
    }
    for index in flow.order.indices.dropLast() {
      graph.addEdge(from: nodeID(index), to: nodeID(index + 1), [.style([.invisible]), .weight(100)])
    }
    let cells = flow.order.indices.flatMap { row in
      flow.order.indices.filter { flow.matrix[row][$0] > 0 }.map { (row, $0) }
    }
    for (row, column) in cells {
      let share = total > 0 ? flow.matrix[row][column] / total : 0
      graph.addEdge(
        from: nodeID(row), to: nodeID(column),
        Self.talkAttributes(share: share, lift: flow.lift[row][column], from: row, to: column))
    }
    return graph
  }

  private func nodeID(_ index: Int) -> String { "level\(index)" }

  /// The per level × department picture.
  private func departmentGraph(_ flow: LevelDepartmentFlow) -> DOTGraph {
    let palette = DepartmentPalette(departments: flow.boxes.map(\.department))
    let cells = flow.strongestCells(perBox: tiesPerBox)
    let shown = cells.reduce(0) { $0 + flow.matrix[$1.0][$1.1] }
    let swatches = palette.swatches(
      unknownText: flow.boxes.contains { $0.department == nil } ? "no department" : nil)
    let legend = ViewLegend(
      title: "Talk between levels, by department",
      notes: [
        "Box: people of one level and department who talk, and the box's share of all talk sent. Arrow: share "
          + "of talk between known levels · lift over random mixing; width grows with share.",
        "Each box keeps its \(tiesPerBox) strongest outgoing ties and its strongest incoming tie: "
          + "\(Readable.percent(flow.total > 0 ? shown / flow.total : 0)) of the talk is drawn.",
      ],
      rows: [FlowColors.swatches, swatches])
    var graph = Self.canvas(legend: legend, fill: .white)
    graph.attributes += [.nodeSeparation(0.35)]
    graph.subgraphs = departmentColumns(flow, palette: palette) + levelRanks(flow)
    graph.edges = levelChain(flow)
    for (row, column) in cells {
      let share = flow.total > 0 ? flow.matrix[row][column] / flow.total : 0
      var attributes = Self.talkAttributes(
        share: share, lift: flow.lift[row][column], from: flow.boxes[row].level, to: flow.boxes[column].level)
      // Ties within one level stay constraints: as flat edges with `constraint=false`, Graphviz 2.43's `dot`
      // looped in mincross or corrupted its heap when run in process (the same text with the `dot` program
      // took 0.05 s).
      if flow.boxes[row].level == flow.boxes[column].level { attributes.removeLast() }
      graph.addEdge(from: boxID(row), to: boxID(column), attributes)
    }
    return graph
  }

  /// One cluster per department holding its boxes, in department order (no department last).
  private func departmentColumns(_ flow: LevelDepartmentFlow, palette: DepartmentPalette) -> [DOTSubgraph] {
    var departments: [String?] = palette.departments
    if flow.boxes.contains(where: { $0.department == nil }) { departments.append(nil) }
    let sent = flow.matrix.map { $0.reduce(0, +) }
    return departments.enumerated().map { column, department in
      let nodes = flow.boxes.indices.filter { flow.boxes[$0].department == department }.map { index in
        let box = flow.boxes[index]
        let people = box.members == 1 ? "1 person" : "\(box.members) people"
        let share = Readable.percent(flow.total > 0 ? sent[index] / flow.total : 0)
        return DOTNode(boxID(index), [
          .label(.lines([flow.levels[box.level], "\(people) · sends \(share)"])),
          .fillColor(palette.color(of: department)),
          .tooltip("\(flow.levels[box.level]) · \(department ?? "no department") · \(people)"),
        ])
      }
      return DOTSubgraph.cluster(
        "department\(column)", label: .text(department ?? "no department"),
        attributes: [.style([.rounded]), .color(Color(red: 170, green: 170, blue: 170)), .fontSize(12)],
        nodes: nodes)
    }
  }

  /// One `rank=same` group per level.
  private func levelRanks(_ flow: LevelDepartmentFlow) -> [DOTSubgraph] {
    flow.levels.indices.map { level in
      DOTSubgraph.group(
        rank: .same, nodes: flow.boxes.indices.filter { flow.boxes[$0].level == level }.map { DOTNode(boxID($0)) })
    }
  }

  /// Invisible edges from the first box of each level to the first box of the next, keeping the ranks in order.
  private func levelChain(_ flow: LevelDepartmentFlow) -> [DOTEdge] {
    let firsts = flow.levels.indices.compactMap { level in flow.boxes.firstIndex { $0.level == level } }
    return zip(firsts, firsts.dropFirst()).map {
      DOTEdge(from: boxID($0), to: boxID($1), [.style([.invisible]), .weight(100)])
    }
  }

  private func boxID(_ index: Int) -> String { "box\(index)" }

  /// A top-to-bottom `dot` graph with the legend on top and rounded, filled boxes.
  private static func canvas(legend: ViewLegend, fill: Color) -> DOTGraph {
    DOTGraph(
      .directed, name: "crosstalk_hierarchy",
      attributes: [
        .rankDirection(.topToBottom), .fontName("Helvetica"), .newRank(true), .rankSeparation(0.9),
        .label(legend.label()), .labelLocation(.top),
      ],
      nodeDefaults: [.shape(.box), .style([.filled, .rounded]), .fillColor(fill), .fontName("Helvetica"),
                     .fontSize(12)],
      edgeDefaults: [.fontName("Helvetica"), .fontSize(9), .arrowSize(0.6)])
  }

  /// The attributes of one talk edge: label, direction colour, width by share; no rank constraint.
  ///
  /// An edge within one level joins two nodes of the same rank (a "flat" edge); its label is an `xlabel`,
  /// placed after layout: Graphviz 2.43's `dot` turns a flat edge's `label` into a label node in `flat_edges`
  /// and later frees a pointer that code had reallocated, which corrupts the heap of an in-process render
  /// (valgrind: invalid free in `gvFreeLayout`; the `dot` program exits before it matters).
  static func talkAttributes(share: Double, lift: Double?, from: Int, to: Int) -> [EdgeAttribute] {
    let color = FlowColors.color(from: from, to: to)
    let text = Label.text("\(Readable.percent(share)) · \(Readable.lift(lift))")
    return [
      from == to ? .externalLabel(text) : .label(text), .color(color), .fontColor(color),
      .penWidth(ViewNumbers.rounded(0.6 + 8 * share)), .constraint(false),
    ]
  }
}

/// Number tidying shared by the views.
enum ViewNumbers {
  /// `value` to two decimals: enough for Graphviz sizes, and short in the DOT text.
  static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
