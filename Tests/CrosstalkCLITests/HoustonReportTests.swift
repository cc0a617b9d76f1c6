import Foundation
import TestSupport
import Testing

/// Issue 6's "on ../shared/data/slack-houstondatavis": roles, personas, participation, health and the report on a
/// real Slack export without an org chart and without threads.
@Suite struct HoustonReportTests {
  static let houston = "../shared/data/slack-houstondatavis"

  /// Personas cover every person (71 in `summary.people`, the count `SlackHoustonReconciliationTests` checks
  /// against the raw files); the export predates Slack threads, so every thread is unanswered and replies per
  /// post are the 6 `file_comment` orphans over 1,025 roots (counted with jq in `SlackHoustonHealthTests`).
  @Test func analyzeGivesRolesPersonasAndHealth() throws {
    let result = try CLI.run(["analyze", Self.houston, "--permutations", "0", "--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    let object = try CLI.object(result)
    let people = try #require((object["summary"] as? [String: Any])?["people"] as? Int)
    let roles = try #require(object["roles"] as? [String: Any])
    let counts = try #require((roles["personas"] as? [String: Any])?["counts"] as? [String: Int])
    #expect(counts.values.reduce(0, +) == people)
    #expect(!((roles["influencers"] as? [Any])?.isEmpty ?? true))
    #expect(!(((roles["ambassadors"] as? [String: Any])?["overall"] as? [Any])?.isEmpty ?? true))
    let health = try #require(object["health"] as? [String: Any])
    #expect(health["threads"] as? Int == 1025)
    #expect(health["unanswered_share"] as? Double == 1)
    let channels = try #require((object["participation"] as? [String: Any])?["by_channel"] as? [[String: Any]])
    #expect(!channels.isEmpty)
  }

  @Test(.enabled(if: Browser.isAvailable || Browser.isRequired, Browser.skipReason))
  func reportLoadsInHeadlessChromiumAndSaysWhatIsMissing() throws {
    #expect(Browser.isAvailable, "Chromium is required under CI=true: run Scripts/install-dependencies.sh")
    let folder = try TestPaths.temporaryDirectory()
    let page = folder.appendingPathComponent("houston.html")
    let result = try CLI.run(["report", Self.houston, "--permutations", "0", "--output", page.path])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOf: page, encoding: .utf8)
    for id in ["summary", "ambassadors", "influencers", "personas", "participation", "health", "methods"] {
      #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
    }
    #expect(html.contains("--infer-replies"), "the report points to reply inference for a threadless export")
    let check = try Browser.check(page, screenshot: folder.appendingPathComponent("houston.png"))
    #expect(check["loaded"] as? Bool == true, "\(check)")
    #expect((check["console_errors"] as? [Any])?.isEmpty == true, "\(check)")
    #expect((check["requests"] as? [Any])?.isEmpty == true, "\(check)")
  }
}
