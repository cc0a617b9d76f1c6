import Foundation
import TestSupport
import Testing

/// `crosstalk render` of the sample's department views and of the network in rows by level.
@Suite struct RenderViewsTests {
  private func render(_ arguments: [String], to name: String) throws -> (CommandRunner.Result, String?) {
    let url = try TestPaths.temporaryDirectory().appendingPathComponent(name)
    let result = try CLI.run(
      ["render"] + CLI.sampleArguments + ["--level-bands", CLI.bands, "--output", url.path] + arguments)
    return (result, (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) })
  }

  @Test(arguments: [
    (["--view", "departments"], "digraph crosstalk_departments {", "department0 ["),
    (["--view", "hierarchy", "--by-department"], "digraph crosstalk_hierarchy {", "subgraph cluster_department0"),
    (["--view", "network", "--layout", "levels"], "digraph crosstalk_network {", "graph [rank=same];"),
  ])
  func newViewsAsDOT(arguments: [String], header: String, department: String) throws {
    let (result, text) = try render(arguments, to: "view.dot")
    #expect(result.status == 0, "\(result.standardError)")
    let dot = try #require(text)
    #expect(dot.hasPrefix(header))
    #expect(dot.contains(department))
  }

  /// The hierarchy by department has ties between boxes of one level (flat edges): with a plain `label` they
  /// made Graphviz 2.43 corrupt the heap in `gvFreeLayout` and the process abort, so this case guards the
  /// `xlabel` workaround in `HierarchyView.talkAttributes`.
  @Test(arguments: [
    ["--view", "departments"], ["--view", "network", "--layout", "levels"], ["--view", "hierarchy", "--by-department"],
  ])
  func newViewsAsSVG(arguments: [String]) throws {
    let (result, text) = try render(arguments, to: "view.svg")
    #expect(result.status == 0, "\(result.standardError)")
    let svg = try #require(text)
    #expect(svg.contains("<svg") && svg.hasSuffix("</svg>\n"))
  }

  @Test func badLayoutIsAUsageError() throws {
    let (result, text) = try render(["--view", "network", "--layout", "circle"], to: "view.svg")
    #expect(result.status == 64)
    #expect(result.standardError.contains("circle"))
    #expect(text == nil)
  }

  @Test func layoutOnlyAppliesToTheNetworkView() throws {
    let (result, _) = try render(["--view", "departments", "--layout", "levels"], to: "view.dot")
    #expect(result.status == 64)
    #expect(result.standardError.contains("--layout applies to --view network"))
  }
}
