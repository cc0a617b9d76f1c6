import Foundation
import TestSupport
import Testing

/// `--window`, `--since`, `--until` and `--resamples` end to end.
@Suite struct WindowOptionTests {
  @Test(arguments: [
    (["--since", "2026-02-30"], "invalid --since date '2026-02-30' (expected a calendar date YYYY-MM-DD"),
    (["--until", "1/3/2026"], "invalid --until date '1/3/2026'"),
    (["--since", "2026-03-01", "--until", "2026-02-01"], "--since 2026-03-01 is after --until 2026-02-01"),
    (["--window", "year"], "'year' is invalid for '--window <size>'"),
    (["--resamples=-5"], "--resamples must be 0 or more, got -5"),
  ])
  func badValuesAreUsageErrors(arguments: [String], message: String) throws {
    let result = try CLI.run(["analyze", CLI.sampleExport] + arguments)
    #expect(result.status == 64, "\(arguments): \(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  /// The committed sample plants a cross-department share rising from 0.15 to 0.35 over January–June 2026.
  @Test func monthlyTableEndsWithTheTrendSentences() throws {
    let result = try CLI.run(
      ["analyze"] + CLI.sampleArguments + ["--level-bands", CLI.bands, "--window", "month", "--resamples", "300"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.outputLines
    let start = try #require(lines.firstIndex(of: "Talk by month"))
    #expect(lines[start + 1].split(separator: " ").first == "month")
    #expect(lines[(start + 2)...].prefix(6).map { String($0.split(separator: " ").first ?? "") }
      == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
    #expect(lines.contains {
      $0.hasPrefix("Cross-department talk rose from ") && $0.contains("points a month, 95% CI")
    })
    #expect(lines.contains { $0.hasPrefix("Cross-level talk ") })
  }

  @Test func sinceAndUntilKeepWholeDaysForEveryFigure() throws {
    let all = try CLI.object(try #require(try CLI.sampleJSON.get()))
    let result = try CLI.run(
      ["analyze"] + CLI.sampleArguments
        + ["--since", "2026-02-01", "--until", "2026-03-31", "--window", "week", "--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    let document = try CLI.object(result)
    let summary = try #require(document["summary"] as? [String: Any])
    let allSummary = try #require(all["summary"] as? [String: Any])
    let weight = try #require(summary["total_weight"] as? Double)
    #expect(weight > 0 && weight < (allSummary["total_weight"] as? Double ?? 0))
    let trends = try #require(document["trends"] as? [String: Any])
    let windows = try #require(trends["windows"] as? [[String: Any]])
    // Weeks from the first to the last interaction kept: inside 2026-W05 (from Monday 2026-01-26, as
    // 2026-02-01 is a Sunday) … 2026-W14 (to Sunday 2026-04-05, as 2026-03-31 is a Tuesday).
    let first = try #require(windows.first?["start"] as? String)
    let last = try #require(windows.last?["end"] as? String)
    #expect(first >= "2026-01-26" && first <= "2026-02-09" && last <= "2026-04-05" && last >= "2026-03-22")
    let inWindows = windows.compactMap { $0["interactions"] as? Int }.reduce(0, +)
    #expect(Double(inWindows) == weight)
  }

  @Test func undatedInteractionsAreReportedAndLeftOutOfWindows() throws {
    let path = try CLI.write("source,target\na,b\nb,a\na,c\n", named: "undated.csv")
    let result = try CLI.run(["analyze", path, "--window", "month", "--format", "json", "--permutations", "0"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardError.contains("warning: message without a time, left out of the time windows 'a → b'"),
      "\(result.standardError)")
    let document = try CLI.object(result)
    let trends = try #require(document["trends"] as? [String: Any])
    #expect(trends["undated_interactions"] as? Int == 3 && (trends["windows"] as? [Any])?.isEmpty == true)
    #expect((document["summary"] as? [String: Any])?["total_weight"] as? Double == 3)
    let bounded = try CLI.run(["analyze", path, "--since", "2026-01-01", "--format", "json", "--permutations", "0"])
    #expect((try CLI.object(bounded)["summary"] as? [String: Any])?["total_weight"] as? Double == 0)
  }
}
