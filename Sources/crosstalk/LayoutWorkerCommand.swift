import ArgumentParser
import Foundation
import GraphvizRendering

extension RenderFormat: ExpressibleByArgument {}

/// `crosstalk layout-worker` (hidden): lays out the DOT text on standard input with Graphviz and writes the
/// picture to standard output. `PictureDrawing` runs every layout in this child process, so that a crash or a
/// hang inside Graphviz (PLATFORM.md: not thread-safe, fragile on some inputs, slow on dense graphs) becomes an
/// error message of the parent instead of taking it down.
struct LayoutWorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "layout-worker",
    abstract: "Lay out DOT from standard input and write the picture to standard output (used internally).",
    shouldDisplay: false)

  @Option(help: "The Graphviz layout engine.")
  var engine: LayoutEngine

  @Option(help: "The output format.")
  var format: RenderFormat

  func run() throws {
    let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    do {
      let bytes = try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
      FileHandle.standardOutput.write(Data(bytes))
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode.failure
    }
  }
}
