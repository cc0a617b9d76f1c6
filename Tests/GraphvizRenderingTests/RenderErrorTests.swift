import GraphvizRendering
import Testing

@Suite struct RenderErrorTests {
  @Test func unknownEngineListsChoices() {
    #expect(throws: RenderError.unknownLayoutEngine("dott")) { try LayoutEngine(parsing: "dott") }
    #expect(
      RenderError.unknownLayoutEngine("dott").description
        == "unknown layout engine 'dott' (expected one of: circo, dot, fdp, neato, sfdp, twopi)")
  }

  @Test func unknownFormatListsChoices() {
    #expect(throws: RenderError.unknownFormat("gif")) { try RenderFormat(parsing: "gif") }
    #expect(
      RenderError.unknownFormat("gif").description
        == "unknown output format 'gif' (expected one of: dot, json, pdf, png, svg, xdot)")
  }

  @Test func parsingIgnoresCase() throws {
    #expect(try LayoutEngine(parsing: "SFDP") == .sfdp)
    #expect(try RenderFormat(parsing: "Svg") == .svg)
  }

  @Test func failureDescriptionsNameEngineAndFormat() {
    #expect(RenderError.invalidDOT(message: "m").description == "invalid DOT: m")
    #expect(
      RenderError.layoutFailed(engine: .neato, message: "m").description == "layout with engine 'neato' failed: m")
    #expect(RenderError.renderFailed(format: .pdf, message: "m").description == "rendering to format 'pdf' failed: m")
  }
}
