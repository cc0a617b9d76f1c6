import ArgumentParser
import DOT
import Foundation
import GraphvizRendering
import OrgAnalysis
import Reports

/// `crosstalk render`: a picture of the network, of the flow between levels or between departments, as DOT,
/// SVG, PNG or PDF.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the network, or the talk between levels or departments, as DOT or SVG, PNG, PDF.",
    discussion: """
      The output file's extension chooses the format: .dot writes Graphviz's text format (no Graphviz needed), \
      .svg, .png and .pdf are laid out and drawn by Graphviz's library inside the process.

      Every picture has a title and a legend that explains its sizes and colours.

      Views:
        network      the top people by PageRank (--top), sized by PageRank, coloured by department, with each \
      person's strongest ties. --layout spring (the default) places people by their ties, with neato, or sfdp \
      above \(NetworkView.sfdpThreshold) people; --layout levels puts people in rows by level, top level first \
      and unknown levels last, in one box per department, with dot.
        hierarchy    one box per level, top to bottom, with the share and lift of talk between each pair of \
      levels, blue upward, vermillion downward, grey within a level (needs --org with a manager or level \
      column); --by-department splits each level into one box per department, in one column per department, \
      keeping each box's strongest ties. Laid out with dot.
        departments  one circle per department, named and sized by the people who talk in it, with the share \
      of its talk that stays inside, and arrows between departments labelled with their share of talk and \
      lift (needs departments, from --org); whatever --group-by says. Laid out with neato.

      Examples:
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view network --output network.svg
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view network --layout levels \
      --output network-levels.png
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view hierarchy --output levels.pdf
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view hierarchy --by-department \
      --level-bands 0=executive,1=director,2=manager,3-=staff --output levels.svg
        crosstalk render Samples/slack-export.zip --org Samples/org-chart.csv --view departments \
      --output departments.png
      """)

  enum View: String, ExpressibleByArgument, CaseIterable {
    case network, hierarchy, departments
  }

  @OptionGroup var input: InputOptions

  @Option(help: "What to draw.")
  var view: View

  @Option(name: .shortAndLong, help: "The file to write: .dot, .svg, .png or .pdf.")
  var output: String

  @Option(help: "How many people the network view shows, by PageRank.")
  var top: Int = 150

  @Option(help: "How the network view places people: spring (by their ties; the default) or levels (rows by level).")
  var layout: NetworkView.Layout?

  @Flag(help: "In the hierarchy view, one box per level and department instead of one per level.")
  var byDepartment = false

  @Option(help: "Override the layout engine.")
  var engine: LayoutEngine?

  var outputExtension: String { URL(fileURLWithPath: output).pathExtension.lowercased() }

  func validate() throws {
    guard outputExtension == "dot" || RenderFormat(rawValue: outputExtension) != nil else {
      throw ValidationError(
        "cannot tell the format of '\(output)' (expected a file ending in .dot, .svg, .png or .pdf)")
    }
    guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top).") }
    if let window = input.window {
      throw ValidationError(
        "render draws the whole period, so --window \(window.rawValue) would change nothing (analyze and report "
          + "use it; --since and --until select the period).")
    }
    if layout != nil, view != .network {
      throw ValidationError("--layout applies to --view network, not --view \(view.rawValue)")
    }
    if byDepartment, view != .hierarchy {
      throw ValidationError("--by-department applies to --view hierarchy, not --view \(view.rawValue)")
    }
  }

  func run() throws {
    let analysis = try AnalysisRun.analyze(input)
    let (graph, defaultEngine) = try picture(of: analysis)
    guard outputExtension != "dot", let format = RenderFormat(rawValue: outputExtension) else {
      // DOT is our own text, not Graphviz's canonical form
      try Terminal.write(Data(DOTWriter.write(graph).utf8), to: output)
      return
    }
    let chosen = engine ?? defaultEngine
    let bytes = try Terminal.failing { () throws(RenderError) in
      try PictureDrawing.draw(graph, engine: chosen, format: format)
    }
    try Terminal.write(Data(bytes), to: output)
  }

  private func picture(of analysis: Analysis) throws -> (DOTGraph, LayoutEngine) {
    switch view {
    case .network:
      let network = NetworkView(top: top, layout: layout ?? .spring)
      return (network.graph(analysis), LayoutEngine(rawValue: network.engineName(for: analysis)) ?? .sfdp)
    case .hierarchy:
      guard let graph = HierarchyView(byDepartment: byDepartment).graph(analysis) else {
        Terminal.error("the hierarchy view needs people's levels: give --org with a manager or level column")
        throw ExitCode.failure
      }
      return (graph, .dot)
    case .departments:
      guard let graph = DepartmentsView().graph(analysis) else {
        Terminal.error("the departments view needs people's departments: give --org with a department column")
        throw ExitCode.failure
      }
      return (graph, LayoutEngine(rawValue: DepartmentsView.engineName) ?? .neato)
    }
  }
}

extension LayoutEngine: ExpressibleByArgument {}

extension NetworkView.Layout: ExpressibleByArgument {}
