import DOT
import OrgAnalysis

extension NetworkView {
  /// Arranges the network for `dot` in rows by level, grouped by department within each row.
  ///
  /// Choices: the people of one level share a rank (`rank=same`), levels in `levels` order, people whose level
  /// is unknown in a last row. Within a row, people are listed department by department (departments in name
  /// order, people without a department last), which `dot` keeps as the starting order, so each department
  /// sits together in its colours. Not Graphviz clusters: with a cluster per department and ranks across
  /// them, Graphviz 2.43's `dot` looped in `flat_rev` in 4 of 6 in-process renders of the sample (never in a
  /// small C program given the same text). Invisible edges from the first person of each row to the first of
  /// the next keep the rows in order; the ties do not constrain the ranks, so an upward tie never pulls a
  /// level down.
  /// - Complexity: O(n log n + m) for n people and m ties.
  func arrangeByLevel(
    _ graph: inout DOTGraph, people: [Analysis.PersonRow], nodes: [DOTNode], ties: [DOTEdge], levels: [String]
  ) {
    let levelPosition = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
    let row = people.map { person in person.level.flatMap { levelPosition[$0] } ?? levels.count }
    // No explicit `splines`: with external labels, `splines=spline` made Graphviz 2.43's `dot` run for more
    // than 600 s on the sample's 54 people (0.08 s without it).
    graph.attributes += [.rankDirection(.topToBottom), .newRank(true), .rankSeparation(0.7), .nodeSeparation(0.25)]
    let departments = DepartmentPalette(departments: people.map(\.department)).departments
    let departmentOrder = Dictionary(uniqueKeysWithValues: departments.enumerated().map { ($1, $0) })
    let order = people.indices.sorted { first, second in
      let key = { (index: Int) in people[index].department.flatMap { departmentOrder[$0] } ?? departments.count }
      return (key(first), first) < (key(second), second)
    }
    graph.nodes = order.map { nodes[$0] }
    let rows = (0...levels.count).map { level in order.filter { row[$0] == level } }.filter { !$0.isEmpty }
    let ranks = rows.map { members in
      DOTSubgraph.group(rank: .same, nodes: members.map { DOTNode(people[$0].id) })
    }
    graph.subgraphs = ranks
    let firsts = rows.compactMap(\.first).map { people[$0].id }
    graph.edges = zip(firsts, firsts.dropFirst()).map {
      DOTEdge(from: $0, to: $1, [.style([.invisible]), .weight(100)])
    }
    let rowOfID = Dictionary(people.indices.map { (people[$0].id, row[$0]) }, uniquingKeysWith: { first, _ in first })
    graph.edges += ties.map { tie in
      var tie = tie
      if rowOfID[tie.source] != rowOfID[tie.target] { tie.attributes.append(.constraint(false)) }
      return tie
    }
  }

  /// A person of the levels layout: their name in a box of their department's colours, the type growing with
  /// `size` (0.15 to 1, from PageRank). Names sit inside boxes, not beside circles, so that neighbours in a
  /// row cannot overlap.
  func levelNode(_ person: Analysis.PersonRow, size: Double, palette: DepartmentPalette, tooltip: String) -> DOTNode {
    let name = person.name ?? person.id
    let words = name.split(separator: " ", maxSplits: 1).map(String.init)
    return DOTNode(person.id, [
      .label(.lines(words.isEmpty ? [name] : words)), .shape(.box), .style([.filled, .rounded]),
      .fixedSize(false), .width(0.3), .height(0.3), .fontSize(ViewNumbers.rounded(7 + 9 * size)),
      .fillColor(palette.tint(of: person.department, whiteness: 0.55)), .color(palette.color(of: person.department)),
      .penWidth(1.5), .tooltip(tooltip),
    ])
  }
}
