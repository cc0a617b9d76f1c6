import Foundation
import TestSupport
import Testing

/// An input that cannot be read at all exits 1 (never a crash) with a compiler-style message naming it.
@Suite struct UnreadableInputTests {
  private func expectUnreadable(_ arguments: [String], mentioning fragments: [String]) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 1, "\(arguments): \(result.standardError)")
    #expect(result.standardError.contains("crosstalk: error:"), "\(result.standardError)")
    let errorLine = result.standardError.split(separator: "\n").first { $0.hasPrefix("crosstalk: error:") }
    #expect(errorLine?.components(separatedBy: "error:").count == 2, "severity said twice: \(result.standardError)")
    for fragment in fragments {
      #expect(result.standardError.contains(fragment), "missing \(fragment) in \(result.standardError)")
    }
    #expect(result.standardOutput.isEmpty)
  }

  @Test func missingFileIsNamed() throws {
    let path = try TestPaths.temporaryDirectory().appendingPathComponent("absent.zip").path
    try expectUnreadable(["analyze", path], mentioning: ["\(path): no such file or folder"])
  }

  @Test func missingOrgChartIsNamed() throws {
    let path = try TestPaths.temporaryDirectory().appendingPathComponent("org.csv").path
    try expectUnreadable(["analyze", CLI.sampleExport, "--org", path], mentioning: ["\(path): no such file"])
  }

  @Test func truncatedZipIsDamaged() throws {
    let whole = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(CLI.sampleExport))
    let url = try TestPaths.temporaryDirectory().appendingPathComponent("half.zip")
    try whole.prefix(whole.count / 2).write(to: url)
    try expectUnreadable(["analyze", url.path], mentioning: ["\(url.path): damaged or truncated zip archive"])
  }

  @Test func invalidSlackDayFileIsNamed() throws {
    let folder = try TestPaths.temporaryDirectory().appendingPathComponent("export")
    let general = folder.appendingPathComponent("general")
    try FileManager.default.createDirectory(at: general, withIntermediateDirectories: true)
    try Data(#"[{"id": "U1", "name": "ana"}, {"id": "U2", "name": "ben"}]"#.utf8)
      .write(to: folder.appendingPathComponent("users.json"))
    try Data(#"[{"id": "C1", "name": "general"}]"#.utf8).write(to: folder.appendingPathComponent("channels.json"))
    let good = #"[{"type": "message", "user": "U1", "text": "hi", "ts": "1767261600.000100"}]"#
    try Data(good.utf8).write(to: general.appendingPathComponent("2026-01-01.json"))
    try Data(#"[{"type": "message", "user": "U2", "#.utf8).write(to: general.appendingPathComponent("2026-01-02.json"))
    try expectUnreadable(["analyze", folder.path], mentioning: ["general/2026-01-02.json", "invalid JSON"])
  }

  @Test func csvWithoutARequiredColumnNamesItAndTheHeaders() throws {
    let path = try CLI.write("id,author,text\nm1,ana,hello\n", named: "messages.csv")
    try expectUnreadable(
      ["analyze", path, "--from", "messages-csv"],
      mentioning: ["\(path):1: missing required column 'time' (headers found: 'id', 'author', 'text')"])
  }

  @Test func unrecognizedFileListsTheSupportedFormats() throws {
    let path = try CLI.write("hello world\nnothing to see\n", named: "notes.txt")
    try expectUnreadable(
      ["analyze", path],
      mentioning: ["\(path): cannot tell the export format",
                   "(supported: slack, messages-csv, interactions-csv, ", "stackexchange", "whatsapp", "teams"])
  }

  @Test func renderOfAnUnreadableInputAlsoExitsOne() throws {
    let path = try CLI.write("hello world\n", named: "notes.txt")
    let output = try TestPaths.temporaryDirectory().appendingPathComponent("network.svg")
    try expectUnreadable(["render", path, "--view", "network", "--output", output.path], mentioning: [path])
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}
