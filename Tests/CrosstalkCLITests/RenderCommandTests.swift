import Foundation
import TestSupport
import Testing

/// `crosstalk render` of the sample: the output extension picks DOT text or a Graphviz rendering.
@Suite struct RenderCommandTests {
  private func render(_ view: String, to name: String, org: Bool = true) throws -> (CommandRunner.Result, Data?) {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
    let input = org ? CLI.sampleArguments : [CLI.sampleExport, "--permutations", "0"]
    let result = try CLI.run(["render"] + input + ["--view", view, "--output", url.path, "--top", "40"])
    #expect(result.standardOutput.isEmpty)
    return (result, try? Data(contentsOf: url))
  }

  @Test func networkAsDOTIsAGraphvizDigraph() throws {
    let (result, data) = try render("network", to: "network.dot")
    #expect(result.status == 0, "\(result.standardError)")
    let text = String(decoding: try #require(data), as: UTF8.self)
    #expect(text.hasPrefix("digraph crosstalk_network {"))
    #expect(text.contains("top 40 people by PageRank"))
  }

  @Test(arguments: [
    ("svg", Array("<svg".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("pdf", Array("%PDF".utf8)),
  ])
  func networkThroughGraphviz(format: String, signature: [UInt8]) throws {
    let (result, data) = try render("network", to: "network.\(format)")
    #expect(result.status == 0, "\(result.standardError)")
    let bytes = try #require(data)
    if format == "svg" {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("<svg") && text.contains("</svg>"))
    } else {
      #expect(Array(bytes.prefix(signature.count)) == signature)
    }
  }

  @Test func hierarchyWithoutAnOrgChartNeedsLevels() throws {
    let (result, data) = try render("hierarchy", to: "levels.svg", org: false)
    #expect(result.status == 1)
    #expect(result.standardError.contains("crosstalk: error: the hierarchy view needs people's levels"))
    #expect(data == nil)
  }

  @Test func hierarchyWithAnOrgChartIsAnSVGOfTheLevels() throws {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent("levels.svg")
    let result = try CLI.run(
      ["render"] + CLI.sampleArguments + ["--level-bands", CLI.bands, "--view", "hierarchy", "--output", url.path])
    #expect(result.status == 0, "\(result.standardError)")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("<svg") && text.hasSuffix("</svg>\n"))
    for level in ["executive", "director", "manager", "staff"] {
      #expect(text.contains(">\(level)</text>"), "missing \(level)")
    }
  }
}

/// `crosstalk layout-worker`, the child process every picture is laid out in (`PictureDrawing`).
@Suite struct LayoutWorkerTests {
  private func work(_ dot: String) throws -> CommandRunner.Result {
    let path = try CLI.write(dot, named: "graph.dot")
    return try CommandRunner.run(["layout-worker", "--engine", "dot", "--format", "svg"], standardInput: path)
  }

  @Test func laysOutDOTFromStandardInput() throws {
    let result = try work("digraph { a -> b }")
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.outputText.contains("<svg") && result.outputText.contains("<title>a&#45;&gt;b</title>"))
  }

  @Test func invalidDOTIsAnErrorOnStandardError() throws {
    let result = try work("digraph { a -> ")
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("invalid DOT: "), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func isNotListedInTheHelp() throws {
    #expect(!(try CLI.run(["--help"])).outputText.contains("layout-worker"))
  }
}
