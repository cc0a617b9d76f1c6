import DOT
import Dispatch
import Foundation
import GraphvizRendering
import Synchronization

/// Lays out and draws a DOT picture with Graphviz in a child process (`crosstalk layout-worker`), saying on
/// standard error what is being laid out; shared by `render` and `report`.
///
/// Choices: Graphviz runs in its own process so that a crash (heap corruption seen with Graphviz 2.43 on some
/// inputs, PLATFORM.md) or a layout that does not finish (dense graphs) is an error naming the engine, not the
/// end of the whole command; the worker is this same executable. A layout gets `timeout` seconds.
enum PictureDrawing {
  /// Seconds a layout may take before the worker is stopped.
  static let timeout = 600.0

  /// The picture of `graph` laid out with `engine`, as `format` bytes.
  /// - Throws: `RenderError` from Graphviz, or `.layoutFailed` when the worker crashed or ran out of time.
  static func draw(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
    Terminal.progress("laying out \(nodeCount(graph)) nodes and \(graph.edges.count) edges with \(engine.rawValue)")
    return try runWorker(dot: DOTWriter.write(graph), engine: engine, format: format)
  }

  /// Runs `crosstalk layout-worker` on `dot` and returns its output.
  static func runWorker(dot: String, engine: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
    let process = Process()
    process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["layout-worker", "--engine", engine.rawValue, "--format", format.rawValue]
    let (input, output, errors) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      throw .layoutFailed(engine: engine, message: "cannot start the layout process: \(error.localizedDescription)")
    }
    let collected = Collected()
    let readers = DispatchGroup()
    DispatchQueue.global().async(group: readers) {
      collected.output.withLock { $0 = output.fileHandleForReading.readDataToEndOfFile() }
    }
    DispatchQueue.global().async(group: readers) {
      collected.errors.withLock { $0 = errors.fileHandleForReading.readDataToEndOfFile() }
    }
    DispatchQueue.global().async {
      try? input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
      try? input.fileHandleForWriting.close()
    }
    guard finished.wait(timeout: .now() + timeout) == .success else {
      process.terminate()
      throw .layoutFailed(engine: engine, message: "no layout after \(Int(timeout)) s; try --top with fewer people")
    }
    readers.wait()
    let message = collected.errors.withLock { String(decoding: $0, as: UTF8.self) }
      .trimmingCharacters(in: .whitespacesAndNewlines)
    switch (process.terminationReason, process.terminationStatus) {
    case (.exit, 0):
      return collected.output.withLock { [UInt8]($0) }
    case (.exit, _):
      throw .layoutFailed(engine: engine, message: message.isEmpty ? "the layout process failed" : message)
    default:
      throw .layoutFailed(
        engine: engine, message: "Graphviz crashed (signal \(process.terminationStatus)) while laying out the picture")
    }
  }

  /// What the worker wrote, filled by the reading threads.
  private final class Collected: Sendable {
    let output = Mutex(Data())
    let errors = Mutex(Data())
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
