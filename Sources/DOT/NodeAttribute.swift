/// An attribute of a node, or a default for all nodes of a graph.
///
/// Sizes are in inches and font sizes in points, as in Graphviz; numbers are written by `DOTNumberFormatting`.
public enum NodeAttribute: DOTAttribute {
  case label(Label)
  /// A label placed outside the node.
  case externalLabel(Label)
  case tooltip(String)
  case shape(NodeShape)
  case width(Double)
  case height(Double)
  /// Whether `width` and `height` are exact rather than minimums.
  case fixedSize(Bool)
  case penWidth(Double)
  case fontSize(Double)
  case fontName(String)
  case fontColor(Color)
  case style([Style])
  case color(Color)
  case fillColor(Color)
  case url(String)
  case custom(name: String, value: String)

  public var name: String {
    switch self {
    case .label: "label"
    case .externalLabel: "xlabel"
    case .tooltip: "tooltip"
    case .shape: "shape"
    case .width: "width"
    case .height: "height"
    case .fixedSize: "fixedsize"
    case .penWidth: "penwidth"
    case .fontSize: "fontsize"
    case .fontName: "fontname"
    case .fontColor: "fontcolor"
    case .style: "style"
    case .color: "color"
    case .fillColor: "fillcolor"
    case .url: "URL"
    case let .custom(name, _): name
    }
  }

  public var dotValue: String {
    switch self {
    case let .label(label), let .externalLabel(label): label.dotValue
    case let .tooltip(text), let .fontName(text), let .url(text), let .custom(_, text): DOTQuoting.id(text)
    case let .shape(shape): shape.rawValue
    case let .width(number), let .height(number), let .penWidth(number), let .fontSize(number):
      AttributeText.number(number)
    case let .fixedSize(flag): AttributeText.boolean(flag)
    case let .fontColor(color), let .color(color), let .fillColor(color): color.dotValue
    case let .style(styles): AttributeText.styles(styles)
    }
  }
}
