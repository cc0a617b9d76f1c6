import Foundation
import GraphvizRendering
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks that Graphviz messages go to the captured handler, never to the process's stderr.
///
/// File descriptor 2 is pointed at a temporary file around the renders. Tests of other suites may run in
/// parallel and write there too, so the check looks for Graphviz's own phrases, not for an empty file.
@Suite struct StandardErrorTests {
  @Test func syntaxErrorAndWarningsDoNotReachStderr() throws {
    let captured = try capturingStandardError {
      _ = try? GraphvizRenderer.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
      _ = try? GraphvizRenderer.render(dot: "digraph { a [shape=nonsense] }", engine: .dot, format: .svg)
      _ = try? GraphvizRenderer.render(dot: "digraph { a [color=nocolour] }", engine: .sfdp, format: .png)
    }
    for phrase in ["syntax error", "Warning:", "Error:", "nonsense", "nocolour"] {
      #expect(!captured.contains(phrase), "stderr received Graphviz output: \(captured)")
    }
  }

  @Test func graphWithWarningsStillRenders() throws {
    let output = try GraphvizRenderer.render(dot: "digraph { a [shape=nonsense] }", engine: .dot, format: .svg)
    #expect(String(decoding: output, as: UTF8.self).contains("</svg>"))
  }

  /// Runs `body` with fd 2 redirected to a temporary file and returns what was written there.
  private func capturingStandardError(_ body: () -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
    let fileDescriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(fileDescriptor >= 0)
    let savedDescriptor = dup(2)
    try #require(savedDescriptor >= 0)
    dup2(fileDescriptor, 2)
    body()
    dup2(savedDescriptor, 2)
    close(savedDescriptor)
    close(fileDescriptor)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }
}
