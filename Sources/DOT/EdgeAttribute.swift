/// An attribute of an edge, or a default for all edges of a graph.
///
/// Numbers are written by `DOTNumberFormatting`. `weight` must be a whole number for `dot` (Graphviz
/// truncates it there) and may be fractional for the force-directed engines.
public enum EdgeAttribute: DOTAttribute {
  case label(Label)
  /// A label placed beside the edge, outside the layout.
  case externalLabel(Label)
  case tooltip(String)
  case penWidth(Double)
  case fontSize(Double)
  case fontName(String)
  case fontColor(Color)
  case style([Style])
  case color(Color)
  case arrowSize(Double)
  case arrowHead(ArrowShape)
  case arrowTail(ArrowShape)
  case arrows(EdgeArrows)
  case weight(Double)
  /// Whether the edge takes part in ranking (`dot` only).
  case constraint(Bool)
  /// Minimum rank difference between the ends (`dot` only).
  case minimumLength(Int)
  case custom(name: String, value: String)

  public var name: String {
    switch self {
    case .label: "label"
    case .externalLabel: "xlabel"
    case .tooltip: "tooltip"
    case .penWidth: "penwidth"
    case .fontSize: "fontsize"
    case .fontName: "fontname"
    case .fontColor: "fontcolor"
    case .style: "style"
    case .color: "color"
    case .arrowSize: "arrowsize"
    case .arrowHead: "arrowhead"
    case .arrowTail: "arrowtail"
    case .arrows: "dir"
    case .weight: "weight"
    case .constraint: "constraint"
    case .minimumLength: "minlen"
    case let .custom(name, _): name
    }
  }

  public var dotValue: String {
    switch self {
    case let .label(label), let .externalLabel(label): label.dotValue
    case let .tooltip(text), let .fontName(text), let .custom(_, text): DOTQuoting.id(text)
    case let .penWidth(number), let .fontSize(number), let .arrowSize(number), let .weight(number):
      AttributeText.number(number)
    case let .fontColor(color), let .color(color): color.dotValue
    case let .style(styles): AttributeText.styles(styles)
    case let .arrowHead(shape), let .arrowTail(shape): shape.rawValue
    case let .arrows(arrows): arrows.rawValue
    case let .constraint(flag): AttributeText.boolean(flag)
    case let .minimumLength(length): String(length)
    }
  }
}
