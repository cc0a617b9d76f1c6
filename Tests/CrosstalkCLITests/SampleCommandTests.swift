import Foundation
import TestSupport
import Testing

@Suite struct SampleCommandTests {
  private let files = ["slack-export.zip", "org-chart.csv"]

  @Test func sameSeedGivesIdenticalFiles() throws {
    let first = try TestPaths.temporaryDirectory().appendingPathComponent("one")
    let second = try TestPaths.temporaryDirectory().appendingPathComponent("two")
    for folder in [first, second] {
      let result = try CLI.run(["sample", "--output", folder.path, "--seed", "3"])
      #expect(result.status == 0, "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
    }
    for file in files {
      let one = try Data(contentsOf: first.appendingPathComponent(file))
      let two = try Data(contentsOf: second.appendingPathComponent(file))
      #expect(!one.isEmpty)
      #expect(one == two, "\(file) differs between runs")
    }
  }

  /// `Samples/` must be what the README says made it (`crosstalk sample --output Samples`), so it never goes stale
  /// when the generator changes.
  @Test func committedSampleIsTheDefaultSample() throws {
    let folder = try TestPaths.temporaryDirectory()
    let result = try CLI.run(["sample", "--output", folder.path])
    #expect(result.status == 0, "\(result.standardError)")
    for file in files {
      let written = try Data(contentsOf: folder.appendingPathComponent(file))
      let committed = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Samples/\(file)"))
      #expect(written == committed, "Samples/\(file) is stale: run crosstalk sample --output Samples")
    }
  }

  @Test func writtenSampleAnalysesWithItsOrgChart() throws {
    let folder = try TestPaths.temporaryDirectory()
    let written = try CLI.run(["sample", "--output", folder.path, "--seed", "5", "--people", "20", "--months", "2"])
    #expect(written.status == 0, "\(written.standardError)")
    let result = try CLI.run([
      "analyze", folder.appendingPathComponent("slack-export.zip").path, "--org",
      folder.appendingPathComponent("org-chart.csv").path, "--format", "json", "--permutations", "0",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let summary = try #require(try CLI.object(result)["summary"] as? [String: Any])
    #expect(summary["people"] as? Int == 20)
  }

  @Test func tooFewPeopleIsOutOfRange() throws {
    let folder = try TestPaths.temporaryDirectory()
    let result = try CLI.run(["sample", "--output", folder.path, "--people", "5"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("people '5' is out of range (expected 12...5000)"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("slack-export.zip").path))
  }
}
