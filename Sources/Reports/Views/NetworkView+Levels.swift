import DOT
import OrgAnalysis

extension NetworkView {
  /// Arranges the network for `dot` in rows by level and boxes by department.
  ///
  /// Choices: every shown person goes into their department's cluster (departments in name order, people
  /// without a department in a last cluster); the people of one level share a rank (`rank=same`, with
  /// `newrank` so that ranks hold across clusters), levels in `levels` order, people whose level is unknown
  /// in a last row. Invisible edges from the first person of each row to the first of the next keep the rows
  /// in order; ties between rows do not constrain the ranks, so an upward tie never pulls a level down. Two
  /// ties between people of one row, one each way, are drawn as one two-headed edge: Graphviz 2.43's `dot`
  /// handles such a pair of opposite "flat" edges in `flat_rev`, which looped in 4 of 6 in-process renders of
  /// the sample with clusters (never in 35 renders with the pair merged).
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
    let clusters = (departments.map(Optional.some) + [nil]).enumerated().compactMap { index, department in
      let members = order.filter { people[$0].department == department }.map { nodes[$0] }
      return members.isEmpty
        ? nil
        : DOTSubgraph.cluster(
          "department\(index)", label: .text(department ?? "no department"),
          attributes: [.style([.rounded]), .color(Color(red: 160, green: 160, blue: 160)), .fontSize(12)],
          nodes: members)
    }
    let rows = (0...levels.count).map { level in order.filter { row[$0] == level } }.filter { !$0.isEmpty }
    let ranks = rows.map { members in
      DOTSubgraph.group(rank: .same, nodes: members.map { DOTNode(people[$0].id) })
    }
    graph.subgraphs = clusters + ranks
    let firsts = rows.compactMap(\.first).map { people[$0].id }
    graph.edges = zip(firsts, firsts.dropFirst()).map {
      DOTEdge(from: $0, to: $1, [.style([.invisible]), .weight(100)])
    }
    let rowOfID = Dictionary(people.indices.map { (people[$0].id, row[$0]) }, uniquingKeysWith: { first, _ in first })
    // Two ties between people of one row, one each way, become one two-headed edge: a pair of opposite
    // edges in one rank sends Graphviz 2.43's `dot` into `flat_rev`, which looped in process.
    let key = { (tie: DOTEdge) in "\(tie.source)\u{1F}\(tie.target)" }
    let tieKeys = Set(ties.map(key))
    graph.edges += ties.compactMap { tie in
      var tie = tie
      let sameRow = rowOfID[tie.source] == rowOfID[tie.target]
      if !sameRow { tie.attributes.append(.constraint(false)) }
      if sameRow && tieKeys.contains("\(tie.target)\u{1F}\(tie.source)") {
        guard tie.source < tie.target else { return nil }
        tie.attributes.append(.arrows(.both))
      }
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
