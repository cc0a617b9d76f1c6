import CGraphviz
import Synchronization

/// Renders DOT text to SVG, PNG, PDF and the other `RenderFormat`s with the Graphviz C library, in process.
///
/// Choices:
/// - Graphviz keeps global state (parser, error handler, attribute prototypes) and is not thread-safe even
///   with one context per thread, so every call runs under one process-wide `Mutex`: renders from many tasks
///   are safe and run one at a time.
/// - One Graphviz context serves every render (see `GraphvizSession`); each render pairs its acquisitions
///   with `defer`s: `agmemread`/`agclose`, `gvLayout`/`gvFreeLayout`, `gvRenderData`/`gvFreeRenderData`.
/// - For the duration of each call an `agseterrf` handler collects Graphviz's messages, so nothing is printed
///   to stderr; the previous handler is restored afterwards. Errors become `RenderError`s carrying the
///   messages; warnings from a successful render are dropped.
/// - Only the first graph of the text is rendered, as `agmemread` reads one graph.
public enum GraphvizRenderer {
  /// Lays out `dot` with `engine` and renders it as `format`, returning the output bytes.
  ///
  /// - Parameters:
  ///   - dot: DOT text, for example from `DOTWriter.write(_:)`.
  ///   - engine: the layout engine.
  ///   - format: the output format.
  /// - Returns: the rendered file contents (SVG and the text formats are UTF-8).
  /// - Throws: `RenderError.invalidDOT` with the parser's message when `dot` does not parse or holds no graph;
  ///   `.layoutFailed` or `.renderFailed` with Graphviz's message when a later step fails.
  /// - Complexity: that of the layout engine; `dot` grows quickly with the number of edges.
  public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws(RenderError)
    -> [UInt8]
  {
    try graphvizLock.withLock { session throws(RenderError) -> [UInt8] in
      capturedMessages = ""
      let previousHandler = agseterrf(captureGraphvizMessage)
      defer {
        agseterrf(previousHandler)
        capturedMessages = ""
      }
      return try session.render(dot: dot, engine: engine, format: format)
    }
  }
}

/// The one Graphviz context of the process, used only while `graphvizLock` is held.
///
/// Choice: the context is created on first use and kept, as the `dot` program keeps one for all its graphs.
/// Measured on Graphviz 2.43 (this package's target): every `gvContext`/`gvFreeContext` pair leaks about
/// 3.6 kB, so a context per render would grow memory with each render, while a shared one stays flat.
final class GraphvizSession {
  private var context: OpaquePointer?

  deinit {
    if let context { gvFreeContext(context) }
  }

  /// Parses, lays out and renders `dot`; see `GraphvizRenderer.render(dot:engine:format:)`.
  func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
    let context = try sharedContext(engine: engine)
    agreseterrors()
    guard let graph = agmemread(dot) else {
      throw .invalidDOT(message: takeMessages(or: "no graph found in the DOT text"))
    }
    defer { agclose(graph) }
    guard agerrors() == 0 else { throw .invalidDOT(message: takeMessages(or: "syntax error")) }
    let layoutStatus = gvLayout(context, graph, engine.rawValue)
    defer { gvFreeLayout(context, graph) }
    guard layoutStatus == 0 else {
      throw .layoutFailed(engine: engine, message: takeMessages(or: "gvLayout returned \(layoutStatus)"))
    }
    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let renderStatus = gvRenderData(context, graph, format.rawValue, &data, &length)
    defer { gvFreeRenderData(data) }
    guard renderStatus == 0, let data else {
      throw .renderFailed(format: format, message: takeMessages(or: "gvRenderData returned \(renderStatus)"))
    }
    return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
  }

  /// The context, created on first use.
  private func sharedContext(engine: LayoutEngine) throws(RenderError) -> OpaquePointer {
    if let context { return context }
    guard let created = gvContext() else {
      throw .layoutFailed(engine: engine, message: takeMessages(or: "could not create a Graphviz context"))
    }
    context = created
    return created
  }

  /// The captured messages, trimmed, or `fallback` when Graphviz said nothing.
  private func takeMessages(or fallback: String) -> String {
    let trimmed = capturedMessages.trimmingWhitespace()
    return trimmed.isEmpty ? fallback : trimmed
  }
}

/// Serialises every Graphviz call in the process; guards the session and `capturedMessages`.
private let graphvizLock = Mutex(GraphvizSession())

/// Messages received by `captureGraphvizMessage`. Read and written only while `graphvizLock` is held: the
/// handler runs inside Graphviz calls made under the lock, so it cannot take the (non-reentrant) lock itself.
private nonisolated(unsafe) var capturedMessages = ""

/// The `agseterrf` handler: appends one Graphviz message to `capturedMessages` instead of printing it.
private func captureGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let message else { return 0 }
  capturedMessages += String(cString: message)
  return 0
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  fileprivate func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
