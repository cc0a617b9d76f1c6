/// A node shape; the raw value is the Graphviz name (https://graphviz.org/doc/info/shapes.html).
///
/// Record shapes are left out: their labels have a grammar of their own.
public enum NodeShape: String, Sendable, Hashable, CaseIterable {
  case box, rectangle = "rect", square, ellipse, oval, circle, doubleCircle = "doublecircle", point, egg
  case triangle, diamond, trapezium, parallelogram, house, invertedHouse = "invhouse", pentagon, hexagon
  case septagon, octagon, star, cylinder, note, tab, folder, component, underline
  case plain, plainText = "plaintext", none
}

/// The main direction of a `dot` layout (`rankdir`).
public enum RankDirection: String, Sendable, Hashable, CaseIterable {
  case topToBottom = "TB", leftToRight = "LR", bottomToTop = "BT", rightToLeft = "RL"
}

/// How the force-directed engines remove node overlaps (`overlap`).
public enum OverlapRemoval: String, Sendable, Hashable, CaseIterable {
  /// Keep overlaps (`overlap=true`).
  case keep = "true"
  /// Remove overlaps with the engine's default method (`overlap=false`).
  case remove = "false"
  case scale, scaleXY = "scalexy", prism, compress, vpsc, voronoi, orthogonal = "ortho"
}

/// How edges are drawn (`splines`).
public enum EdgeRouting: String, Sendable, Hashable, CaseIterable {
  case none, line, polyline, curved, orthogonal = "ortho", spline
}

/// The order in which nodes and edges are emitted (`outputorder`).
public enum OutputOrder: String, Sendable, Hashable, CaseIterable {
  case breadthFirst = "breadthfirst", nodesFirst = "nodesfirst", edgesFirst = "edgesfirst"
}

/// One drawing style (`style`); a `style` attribute holds a list of them, written comma-separated.
///
/// Not every style applies to every object: `filled`, `rounded`, `diagonals`, `striped` and `wedged` are for
/// nodes and clusters, `tapered` for edges.
public enum Style: String, Sendable, Hashable, CaseIterable {
  case solid, dashed, dotted, bold, invisible = "invis", filled, rounded, diagonals, striped, wedged, radial
  case tapered
}

/// An arrowhead or arrowtail shape (`arrowhead`, `arrowtail`).
public enum ArrowShape: String, Sendable, Hashable, CaseIterable {
  case normal, inverted = "inv", dot, invertedDot = "invdot", openDot = "odot", open = "empty", vee, tee
  case diamond, openDiamond = "odiamond", box, crow, curve, none
}

/// Which ends of an edge get arrows (`dir`).
public enum EdgeArrows: String, Sendable, Hashable, CaseIterable {
  case forward, back, both, none
}

/// The rank constraint of a subgraph in `dot` (`rank`).
public enum RankConstraint: String, Sendable, Hashable, CaseIterable {
  case same, minimum = "min", maximum = "max", source, sink
}

/// Vertical placement of a graph or cluster label (`labelloc`).
public enum LabelLocation: String, Sendable, Hashable, CaseIterable {
  case top = "t", center = "c", bottom = "b"
}

/// Horizontal placement of a graph or cluster label (`labeljust`).
public enum LabelJustification: String, Sendable, Hashable, CaseIterable {
  case left = "l", center = "c", right = "r"
}
