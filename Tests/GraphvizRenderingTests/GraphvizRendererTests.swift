import GraphvizRendering
import Testing

/// Renders real graphs through the installed Graphviz 2.43 (libgvc and its plugins from `config6a`).
@Suite struct GraphvizRendererTests {
  static let tinyGraph = "digraph g { a -> b; b -> c; c -> a; a [label=\"Zoë\"]; }"

  @Test(arguments: [LayoutEngine.dot, .sfdp])
  func svgHasXMLHeaderAndSVGElement(engine: LayoutEngine) throws {
    let output = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: engine, format: .svg)
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.hasPrefix("<?xml"))
    #expect(text.contains("<svg"))
    #expect(text.contains("Zoë"))
  }

  @Test(arguments: [LayoutEngine.dot, .sfdp])
  func pngHasPNGSignature(engine: LayoutEngine) throws {
    let output = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: engine, format: .png)
    #expect(output.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }

  @Test(arguments: [LayoutEngine.dot, .sfdp])
  func pdfStartsWithPDFMarker(engine: LayoutEngine) throws {
    let output = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: engine, format: .pdf)
    #expect(output.starts(with: Array("%PDF".utf8)))
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineLaysOutToDOTWithPositions(engine: LayoutEngine) throws {
    let output = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: engine, format: .dot)
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.contains("pos="))
  }

  @Test func jsonAndXDOTRender() throws {
    let json = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: .dot, format: .json)
    #expect(String(decoding: json, as: UTF8.self).contains("\"objects\""))
    let xdot = try GraphvizRenderer.render(dot: Self.tinyGraph, engine: .dot, format: .xdot)
    #expect(String(decoding: xdot, as: UTF8.self).contains("_draw_"))
  }

  @Test func syntaxErrorThrowsInvalidDOTWithParserMessage() {
    #expect {
      try GraphvizRenderer.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
    } throws: { error in
      guard case let .invalidDOT(message) = error as? RenderError else { return false }
      // The Graphviz 2.43 parser's message, with the "Error: " prefix its error handler receives.
      return message == "Error: syntax error in line 1 near ';'"
    }
  }

  @Test func emptyTextThrowsInvalidDOT() {
    #expect(throws: RenderError.invalidDOT(message: "no graph found in the DOT text")) {
      try GraphvizRenderer.render(dot: "", engine: .dot, format: .svg)
    }
  }

  @Test func renderingWorksAgainAfterSyntaxError() throws {
    #expect(throws: RenderError.self) {
      try GraphvizRenderer.render(dot: "graph { a -- }", engine: .dot, format: .svg)
    }
    let output = try GraphvizRenderer.render(dot: "digraph { x -> y }", engine: .dot, format: .svg)
    #expect(String(decoding: output, as: UTF8.self).contains("<svg"))
  }

  @Test func concurrentRendersAllSucceed() async throws {
    let outputs = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for index in 0..<16 {
        group.addTask {
          let engine: LayoutEngine = index.isMultiple(of: 2) ? .dot : .sfdp
          let dot = "digraph { n\(index) -> m\(index); m\(index) -> k\(index); k\(index) -> n\(index) }"
          return try GraphvizRenderer.render(dot: dot, engine: engine, format: index % 3 == 0 ? .png : .svg)
        }
      }
      var collected: [[UInt8]] = []
      for try await output in group { collected.append(output) }
      return collected
    }
    #expect(outputs.count == 16)
    for output in outputs {
      let isPNG = output.starts(with: [0x89, 0x50, 0x4E, 0x47])
      let isSVG = String(decoding: output, as: UTF8.self).contains("</svg>")
      #expect(isPNG || isSVG)
    }
  }
}
