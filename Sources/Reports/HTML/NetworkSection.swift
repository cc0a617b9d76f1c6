import OrgAnalysis

extension ReportSection {
  /// "The network": the picture of the most central people and their strongest ties (`NetworkView`, capped at
  /// `shownPeople` people as `crosstalk render` is), saying how many were left out; omitted for an empty graph.
  /// - Complexity: that of the layout (`neato`, or `sfdp` for large pictures) of at most `shownPeople` nodes.
  public static let network: Builder = { context in
    let nodes = context.analysis.summary.nodes
    guard nodes > 0 else {
      return ReportSection(
        id: "network", title: "The network",
        content: .omitted(reason: "Nobody addressed anyone in the selected interactions, so there is no network."))
    }
    let view = NetworkView(top: shownPeople)
    let shown = min(nodes, shownPeople)
    let leftOut = nodes > shown
      ? " The \(Readable.count(nodes - shown)) less central people, and the weaker ties, are left out." : ""
    var body = HTML.paragraph(
      "Who talks to whom. Each circle is a person; people who talk a lot with each other are drawn close together.")
    body += context.figure(
      view.graph(context.analysis), engine: view.engineName(for: context.analysis), id: "network",
      caption: "The \(Readable.count(shown)) most central of \(Readable.count(nodes)) people by PageRank, sized by "
        + "it and coloured by department, each with their strongest ties.\(leftOut)")
    return ReportSection(id: "network", title: "The network", content: .body(body))
  }

  /// People drawn in the report's network picture, as `crosstalk render --view network` draws by default.
  public static let shownPeople = 150
}
