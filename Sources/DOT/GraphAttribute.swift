/// An attribute of a graph, subgraph or cluster, independent of the layout engine chosen to draw it.
///
/// Numbers are written by `DOTNumberFormatting`; lengths are in inches, as in Graphviz.
public enum GraphAttribute: DOTAttribute {
  case label(Label)
  case labelLocation(LabelLocation)
  case labelJustification(LabelJustification)
  case tooltip(String)
  case fontSize(Double)
  case fontName(String)
  case fontColor(Color)
  case backgroundColor(Color)
  /// Border colour of a cluster.
  case color(Color)
  /// Fill colour of a cluster (needs `style` `.filled`).
  case fillColor(Color)
  case style([Style])
  case penWidth(Double)
  case rankDirection(RankDirection)
  /// Rank constraint of a (non-cluster) subgraph; `DOTSubgraph` sets it from its `rank`.
  case rank(RankConstraint)
  case rankSeparation(Double)
  case nodeSeparation(Double)
  case overlap(OverlapRemoval)
  case splines(EdgeRouting)
  case outputOrder(OutputOrder)
  case concentrate(Bool)
  /// Whether `dot` ranks the whole graph at once, so that `rank=same` works across clusters.
  case newRank(Bool)
  /// Whether edges may be clipped at cluster borders (`lhead`, `ltail`).
  case compound(Bool)
  /// Extra room, in points, that the force-directed engines keep around each node when removing overlaps,
  /// written additively as `sep="+N"` (`neato`, `fdp`, `sfdp`).
  case separation(points: Double)
  case custom(name: String, value: String)

  public var name: String {
    switch self {
    case .label: "label"
    case .labelLocation: "labelloc"
    case .labelJustification: "labeljust"
    case .tooltip: "tooltip"
    case .fontSize: "fontsize"
    case .fontName: "fontname"
    case .fontColor: "fontcolor"
    case .backgroundColor: "bgcolor"
    case .color: "color"
    case .fillColor: "fillcolor"
    case .style: "style"
    case .penWidth: "penwidth"
    case .rankDirection: "rankdir"
    case .rank: "rank"
    case .rankSeparation: "ranksep"
    case .nodeSeparation: "nodesep"
    case .overlap: "overlap"
    case .splines: "splines"
    case .outputOrder: "outputorder"
    case .concentrate: "concentrate"
    case .newRank: "newrank"
    case .compound: "compound"
    case .separation: "sep"
    case let .custom(name, _): name
    }
  }

  public var dotValue: String {
    switch self {
    case let .label(label): label.dotValue
    case let .labelLocation(location): location.rawValue
    case let .labelJustification(justification): justification.rawValue
    case let .tooltip(text), let .fontName(text), let .custom(_, text): DOTQuoting.id(text)
    case let .fontSize(number), let .penWidth(number), let .rankSeparation(number), let .nodeSeparation(number):
      AttributeText.number(number)
    case let .fontColor(color), let .backgroundColor(color), let .color(color), let .fillColor(color):
      color.dotValue
    case let .style(styles): AttributeText.styles(styles)
    case let .rankDirection(direction): direction.rawValue
    case let .rank(rank): rank.rawValue
    case let .overlap(overlap): overlap.rawValue
    case let .splines(routing): routing.rawValue
    case let .outputOrder(order): order.rawValue
    case let .concentrate(flag), let .newRank(flag), let .compound(flag): AttributeText.boolean(flag)
    case let .separation(points): DOTQuoting.id("+" + AttributeText.number(max(points, 0)))
    }
  }
}
