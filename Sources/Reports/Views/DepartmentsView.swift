import DOT
import OrgAnalysis

/// The picture of talk between departments: one circle per department, sized by the people who talk in it, and
/// arrows between departments weighted by talk.
///
/// Choices: the figures are the department mixing matrix (`Analysis.departments`, whatever `--group-by` says,
/// and without the departments `--min-group-size` left out). A circle's area grows with its members and its label
/// gives the share of the department's own talk that stays inside it; an arrow's label is its share of all talk between
/// known departments and its lift over random mixing, its width grows with weight relative to the strongest
/// arrow drawn. Each department keeps its `tiesPerDepartment` strongest outgoing ties and its strongest
/// incoming tie, so 40 departments stay readable. Laid out with `neato` (force-directed), with room around
/// each circle. Not with clusters: Graphviz 2.43's `fdp` with one cluster per department corrupted the heap
/// of an in-process render about one time in ten, and `dot` frees a reallocated pointer on labelled edges
/// between clusters of one rank; the department's name is in its circle instead.
public struct DepartmentsView: Sendable {
  public var tiesPerDepartment: Int

  public init(tiesPerDepartment: Int = 3) {
    self.tiesPerDepartment = tiesPerDepartment
  }

  /// The layout engine the picture is made for.
  public static let engineName = "neato"

  /// The picture of `analysis`, or nil when no person of the graph has a department.
  /// - Complexity: O(D² log D) for D departments.
  public func graph(_ analysis: Analysis) -> DOTGraph? {
    analysis.departments.map(graph)
  }

  /// The picture of a department mixing.
  /// - Complexity: O(D² log D) for D departments.
  public func graph(_ mixing: GroupMixing) -> DOTGraph {
    let palette = DepartmentPalette(departments: mixing.order)
    let total = mixing.matrix.reduce(0) { $0 + $1.reduce(0, +) }
    let cells = strongestCells(mixing.matrix)
    let across = total - mixing.order.indices.reduce(0) { $0 + mixing.matrix[$1][$1] }
    let shown = cells.reduce(0) { $0 + mixing.matrix[$1.0][$1.1] }
    var notes = [
      "Circle: the people who talk in a department, area by number, with the share of its talk that stays "
        + "inside. Arrow: share of all talk between departments · lift over random mixing (1.00× = as expected).",
      "\(Readable.percent(total > 0 ? across / total : 0)) of the talk crosses departments. Each department "
        + "keeps its \(tiesPerDepartment) strongest outgoing ties and its strongest incoming tie: "
        + "\(Readable.percent(across > 0 ? shown / across : 0)) of the talk across departments is drawn.",
    ]
    if mixing.excludedWeight > 0 {
      notes.append(
        "Left out: \(Readable.weight(mixing.excludedWeight)) interactions with someone of unknown department.")
    }
    let legend = ViewLegend(title: "Talk between departments", notes: notes, rows: [palette.swatches()])
    var graph = DOTGraph(
      .directed, name: "crosstalk_departments",
      attributes: [
        .fontName("Helvetica"), .label(legend.label()), .labelLocation(.top), .overlap(.remove),
        .separation(points: 22), .splines(.spline),
      ],
      nodeDefaults: [
        .shape(.circle), .style([.filled]), .fixedSize(true), .fontName("Helvetica"), .fontSize(10),
        .penWidth(0.8), .color(Color(red: 80, green: 80, blue: 80)),
      ],
      edgeDefaults: [
        .fontName("Helvetica"), .fontSize(9), .arrowSize(0.7), .color(Color(red: 70, green: 70, blue: 70)),
        .fontColor(Color(red: 50, green: 50, blue: 50)),
      ])
    graph.nodes = circles(mixing, palette: palette)
    let largest = cells.map { mixing.matrix[$0.0][$0.1] }.max() ?? 1
    for (row, column) in cells {
      let weight = mixing.matrix[row][column]
      graph.addEdge(from: nodeID(row), to: nodeID(column), [
        .label(
          .text("\(Readable.percent(total > 0 ? weight / total : 0)) · \(Readable.lift(mixing.lift[row][column]))")),
        .penWidth(ViewNumbers.rounded(0.6 + 3.4 * weight / largest)),
        .tooltip("\(mixing.order[row]) → \(mixing.order[column]): \(Readable.weight(weight)) interactions"),
      ])
    }
    return graph
  }

  /// One circle per department, named, with its people and the share of its talk that stays inside.
  private func circles(_ mixing: GroupMixing, palette: DepartmentPalette) -> [DOTNode] {
    let largest = max(mixing.perGroup.map(\.members).max() ?? 1, 1)
    return mixing.order.enumerated().map { index, department in
      let members = index < mixing.perGroup.count ? mixing.perGroup[index].members : 0
      let sent = mixing.matrix[index].reduce(0, +)
      let inside = sent > 0 ? mixing.matrix[index][index] / sent : 0
      let size = ViewNumbers.rounded(0.95 + 0.85 * (Double(members) / Double(largest)).squareRoot())
      let people = members == 1 ? "1 person" : "\(members) people"
      let ei = index < mixing.perGroup.count ? Readable.index(mixing.perGroup[index].eiIndex) : "–"
      return DOTNode(nodeID(index), [
        .label(.lines([department, people, "\(Readable.percent(inside)) inside"])), .width(size), .height(size),
        .fillColor(palette.color(of: department)),
        .fontColor(palette.ink(of: department)),
        .tooltip("\(department): \(people), \(Readable.weight(mixing.matrix[index][index])) interactions inside, "
          + "E-I index \(ei)"),
      ])
    }
  }

  private func nodeID(_ index: Int) -> String { "department\(index)" }

  /// Each department's strongest outgoing ties and strongest incoming tie to other departments, in row order.
  private func strongestCells(_ matrix: [[Double]]) -> [(Int, Int)] {
    let indices = Array(matrix.indices)
    var kept = Set<Int>()
    for row in indices {
      let outgoing = indices.filter { $0 != row && matrix[row][$0] > 0 }
        .sorted { (matrix[row][$0], -$0) > (matrix[row][$1], -$1) }
      kept.formUnion(outgoing.prefix(tiesPerDepartment).map { row * matrix.count + $0 })
      let incoming = indices.filter { $0 != row && matrix[$0][row] > 0 }
        .max { (matrix[$0][row], -$0) < (matrix[$1][row], -$1) }
      if let incoming { kept.insert(incoming * matrix.count + row) }
    }
    return kept.sorted().map { ($0 / matrix.count, $0 % matrix.count) }
  }
}
