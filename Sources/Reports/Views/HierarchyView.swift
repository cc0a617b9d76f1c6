import DOT
import OrgAnalysis

/// The picture of talk between levels: one node per level, ranked top to bottom, one edge per pair of levels
/// that talk, labelled with its share of all level-known weight and its lift over random mixing.
///
/// Choices: edge width grows with share; upward edges (towards a higher level) are blue, downward orange,
/// lateral (a level talking within itself) grey loops. Invisible edges between consecutive levels keep the
/// ranks in order whatever the talk. Laid out with `dot`.
public struct HierarchyView: Sendable {
  public init() {}

  public func graph(_ flow: LevelFlow) -> DOTGraph {
    let total = flow.includedWeight
    var graph = DOTGraph(
      .directed, name: "crosstalk_hierarchy",
      attributes: [
        .rankDirection(.topToBottom), .fontName("Helvetica"), .newRank(true), .rankSeparation(0.9),
        .label(.text("Talk between levels: share of weight · lift over random mixing")), .labelLocation(.top),
      ],
      nodeDefaults: [.shape(.box), .style([.filled, .rounded]), .fillColor(Color(red: 235, green: 240, blue: 250)),
                     .fontName("Helvetica"), .fontSize(12)],
      edgeDefaults: [.fontName("Helvetica"), .fontSize(9), .arrowSize(0.6)])
    for (index, level) in flow.order.enumerated() {
      let out = flow.matrix[index].reduce(0, +)
      graph.addNode(nodeID(index), [.label(.lines([level, "sends \(Readable.percent(total > 0 ? out / total : 0))"]))])
    }
    for index in flow.order.indices.dropLast() {
      graph.addEdge(from: nodeID(index), to: nodeID(index + 1), [.style([.invisible]), .weight(100)])
    }
    for (row, column) in cells(flow) {
      let share = total > 0 ? flow.matrix[row][column] / total : 0
      let label = "\(Readable.percent(share)) · \(Readable.lift(flow.lift[row][column]))"
      let color =
        column < row
        ? Color(red: 0, green: 114, blue: 178) : column > row ? Color(red: 213, green: 94, blue: 0)
        : Color(red: 120, green: 120, blue: 120)
      graph.addEdge(from: nodeID(row), to: nodeID(column), [
        .label(.text(label)), .color(color), .fontColor(color), .penWidth(0.6 + 8 * share), .constraint(false),
      ])
    }
    return graph
  }

  private func nodeID(_ index: Int) -> String { "level\(index)" }

  private func cells(_ flow: LevelFlow) -> [(Int, Int)] {
    flow.order.indices.flatMap { row in
      flow.order.indices.filter { flow.matrix[row][$0] > 0 }.map { (row, $0) }
    }
  }
}
