import ArgumentParser
import DOT
import Foundation
import GraphvizRendering
import OrgAnalysis
import Reports

/// `crosstalk render`: a picture of the network or of the flow between levels, as DOT, SVG, PNG or PDF.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the network or the flow between levels, as DOT text or through Graphviz as SVG, PNG or PDF.",
    discussion: """
      The output file's extension chooses the format: .dot writes Graphviz's text format (no Graphviz needed), \
      .svg, .png and .pdf are laid out and drawn by Graphviz's library inside the process.

      Views:
        network    the top people by PageRank (--top), sized by PageRank, coloured by department, with each \
      person's strongest ties; laid out with neato, or sfdp above \(NetworkView.sfdpThreshold) people.
        hierarchy  one box per level, top to bottom, with the share and lift of talk between each pair of \
      levels (needs --org with a manager or level column); laid out with dot.

      Examples:
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view network --output network.svg
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view hierarchy --output levels.pdf
      """)

  enum View: String, ExpressibleByArgument, CaseIterable {
    case network, hierarchy
  }

  @OptionGroup var input: InputOptions

  @Option(help: "What to draw.")
  var view: View

  @Option(name: .shortAndLong, help: "The file to write: .dot, .svg, .png or .pdf.")
  var output: String

  @Option(help: "How many people the network view shows, by PageRank.")
  var top: Int = 150

  @Option(help: "Override the layout engine.")
  var engine: LayoutEngine?

  var outputExtension: String { URL(fileURLWithPath: output).pathExtension.lowercased() }

  func validate() throws {
    guard outputExtension == "dot" || RenderFormat(rawValue: outputExtension) != nil else {
      throw ValidationError(
        "cannot tell the format of '\(output)' (expected a file ending in .dot, .svg, .png or .pdf)")
    }
    guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top).") }
  }

  func run() throws {
    let analysis = try AnalysisRun.analyze(input)
    let (graph, defaultEngine) = try picture(of: analysis)
    let dot = DOTWriter.write(graph)
    guard outputExtension != "dot", let format = RenderFormat(rawValue: outputExtension) else {
      try Terminal.write(Data(dot.utf8), to: output)  // DOT is our own text, not Graphviz's canonical form
      return
    }
    let chosen = engine ?? defaultEngine
    Terminal.progress("laying out \(graph.nodes.count) nodes and \(graph.edges.count) edges with \(chosen.rawValue)")
    let bytes = try Terminal.failing { () throws(RenderError) in
      try GraphvizRenderer.render(dot: dot, engine: chosen, format: format)
    }
    try Terminal.write(Data(bytes), to: output)
  }

  private func picture(of analysis: Analysis) throws -> (DOTGraph, LayoutEngine) {
    switch view {
    case .network:
      let network = NetworkView(top: top)
      return (network.graph(analysis), LayoutEngine(rawValue: network.engineName(for: analysis)) ?? .sfdp)
    case .hierarchy:
      guard let levels = analysis.levels else {
        Terminal.error("the hierarchy view needs people's levels: give --org with a manager or level column")
        throw ExitCode.failure
      }
      return (HierarchyView().graph(levels), .dot)
    }
  }
}

extension LayoutEngine: ExpressibleByArgument {}
