import DOT
import GraphvizRendering

/// Lays out and draws a DOT picture with Graphviz, saying on standard error what is being laid out; shared by
/// `render` and `report`.
enum PictureDrawing {
  /// The picture of `graph` laid out with `engine`, as `format` bytes.
  /// - Throws: `RenderError` from Graphviz.
  static func draw(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
    Terminal.progress("laying out \(nodeCount(graph)) nodes and \(graph.edges.count) edges with \(engine.rawValue)")
    return try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: engine, format: format)
  }

  /// The distinct nodes of `graph`, in its node list and in its subgraphs (clusters and rank groups).
  private static func nodeCount(_ graph: DOTGraph) -> Int {
    var ids = Set(graph.nodes.map(\.id))
    var pending = graph.subgraphs
    while let subgraph = pending.popLast() {
      ids.formUnion(subgraph.nodes.map(\.id))
      pending += subgraph.subgraphs
    }
    return ids.count
  }
}
