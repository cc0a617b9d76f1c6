import Foundation
import TestSupport
import Testing

/// `--levels`, `--title-rules`, `--department-depth` and `crosstalk title-rules` on the committed sample.
@Suite struct OrgOptionsTests {
  private func people(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try CLI.run(["analyze"] + CLI.sampleArguments + arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    return try #require(try CLI.object(result)["people"] as? [[String: Any]])
  }

  @Test func titleRulesCommandPrintsTheBuiltInRules() throws {
    let result = try CLI.run(["title-rules"])
    #expect(result.status == 0)
    #expect(result.outputText.hasPrefix("# Crosstalk title rules"))
    #expect(result.outputLines.contains { $0.hasPrefix("1 director: \\b(vice[- ]?president|vp|") })
    #expect(result.outputLines.last == "3 staff: .")
  }

  /// The printed rules are a valid rules file that gives the same levels as the built-in ones.
  @Test func printedRulesReadBackAsAFile() throws {
    let printed = try CLI.run(["title-rules"]).outputText
    let path = try CLI.write(printed, named: "rules.txt")
    let builtIn = try people(["--levels", "titles"])
    let fromFile = try people(["--levels", "titles", "--title-rules", path])
    #expect(builtIn.map { $0["level"] as? String } == fromFile.map { $0["level"] as? String })
  }

  @Test func levelsFromTitlesAreNamedByTheRules() throws {
    let rows = try people(["--levels", "titles"])
    let matched = rows.filter { $0["org_match"] as? String == "email" }
    #expect(matched.count == 59)
    #expect(matched.allSatisfy { $0["level_source"] as? String == "titles" })
    // The sample's CEO is titled "Chief Executive Officer".
    let levels = Set(matched.compactMap { $0["level"] as? String })
    #expect(levels.isSubset(of: ["executive", "director", "manager", "staff"]) && levels.contains("executive"))
    let unmatched = try #require(rows.first { $0["id"] as? String == "UT6L4JRYM" })
    #expect(unmatched["org_match"] is NSNull && unmatched["has_direct_reports"] is NSNull)
  }

  @Test func ownRulesFileNamesTheLevels() throws {
    let path = try CLI.write("# two levels\n0 boss: chief\n1 everyone else: .\n", named: "rules.txt")
    let rows = try people(["--levels", "titles", "--title-rules", path])
    let levels = Set(rows.compactMap { $0["level"] as? String })
    #expect(levels == ["boss", "everyone else"])
  }

  @Test func treeLevelsAndDirectReports() throws {
    let rows = try people(["--levels", "tree"])
    let matched = rows.filter { !($0["org_match"] is NSNull) }
    #expect(matched.allSatisfy { $0["level_source"] as? String == "tree" })
    #expect(matched.contains { $0["has_direct_reports"] as? Bool == true })
    #expect(matched.contains { $0["has_direct_reports"] as? Bool == false })
  }

  @Test func unknownLevelsValueIsAUsageError() throws {
    let result = try CLI.run(["analyze", CLI.sampleExport, "--levels", "grades"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("'grades'"))
  }

  @Test func departmentDepthBelowOneIsAUsageError() throws {
    let result = try CLI.run(["analyze", CLI.sampleExport, "--department-depth", "0"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("--department-depth must be 1 or more, got 0."))
  }

  @Test func badRulesFileLineIsAUsageErrorNamingFileAndLine() throws {
    let path = try CLI.write("0 executive: ceo\nboss\n", named: "rules.txt")
    let result = try CLI.run(["analyze", CLI.sampleExport, "--title-rules", path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("\(path):2: invalid title rule 'boss' (expected RANK NAME: PATTERN"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test func badPatternIsAUsageErrorQuotingIt() throws {
    let path = try CLI.write("2 manager: (lead\n", named: "rules.txt")
    let result = try CLI.run(["analyze", CLI.sampleExport, "--title-rules", path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("\(path):1: invalid pattern '(lead'"))
  }

  @Test func missingRulesFileIsAUsageError() throws {
    let result = try CLI.run(["analyze", CLI.sampleExport, "--title-rules", "/nonexistent/rules.txt"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("/nonexistent/rules.txt: cannot read title rules"))
  }
}
