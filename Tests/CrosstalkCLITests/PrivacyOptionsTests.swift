import Foundation
import TestSupport
import Testing

/// `--pseudonymize`, `--pseudonym-key` and `--min-group-size` on the committed sample.
@Suite struct PrivacyOptionsTests {
  private static let bandArguments = ["--level-bands", CLI.bands, "--format", "json"]

  private func analysis(_ arguments: [String]) throws -> (object: [String: Any], text: String) {
    let result = try CLI.run(["analyze"] + CLI.sampleArguments + arguments)
    #expect(result.status == 0, "\(result.standardError)")
    return (try CLI.object(result), result.outputText)
  }

  private func keyFile() throws -> String { try CLI.write("crosstalk-test-key\n", named: "key.txt") }

  /// No id or name of the plain analysis survives anywhere in the JSON; ids are pseudonyms whose value for
  /// `ULW9L0AXY` is Python's `hmac.new(b"crosstalk-test-key", b"ULW9L0AXY", hashlib.sha256).hexdigest()[:16]`.
  @Test func pseudonymizedJSONHoldsNoIdOrName() throws {
    let plain = try CLI.object(try CLI.sampleJSON.get())
    let plainPeople = try #require(plain["people"] as? [[String: Any]])
    let hidden = try analysis(["--pseudonymize", "--pseudonym-key", keyFile()] + Self.bandArguments)
    for person in plainPeople {
      for key in ["id", "name"] {
        guard let text = person[key] as? String else { continue }
        #expect(!hidden.text.contains("\"\(text)\""), "\(key) \(text) is still in the output")
      }
    }
    let people = try #require(hidden.object["people"] as? [[String: Any]])
    let ids = people.compactMap { $0["id"] as? String }
    #expect(ids.count == plainPeople.count)
    #expect(ids.allSatisfy { $0.wholeMatch(of: /p-[0-9a-f]{16}/) != nil })
    #expect(ids.contains("p-359253daad51efcc"))
    #expect(people.allSatisfy { $0["name"] is NSNull })
    let managers = Set(people.compactMap { $0["manager"] as? String })
    #expect(!managers.isEmpty && managers.isSubset(of: Set(ids)))
    let privacy = try #require(hidden.object["privacy"] as? [String: Any])
    #expect(privacy["pseudonymized"] as? Bool == true && privacy["stable_key"] as? Bool == true)
  }

  @Test func theSameKeyGivesTheSameOutput() throws {
    let key = try keyFile()
    let first = try analysis(["--pseudonymize", "--pseudonym-key", key] + Self.bandArguments).text
    let second = try analysis(["--pseudonymize", "--pseudonym-key", key] + Self.bandArguments).text
    #expect(first == second)
  }

  @Test func withoutAKeyTheTerminalSaysThePseudonymsChange() throws {
    let text = try CLI.run(["analyze"] + CLI.sampleArguments + ["--pseudonymize"]).outputText
    #expect(text.contains("People are shown by keyed pseudonyms (a key made for this run: they change next run)."))
  }

  /// The sample has one executive and one Executive department member: both groups are under 5 people
  /// (counts from the plain people table), so their rows leave the level and department matrices.
  @Test func minGroupSizeLeavesSmallGroupsOut() throws {
    let plain = try CLI.object(try CLI.sampleJSON.get())
    let plainPeople = try #require(plain["people"] as? [[String: Any]])
    func small(_ key: String) -> Set<String> {
      let counts = Dictionary(grouping: plainPeople.compactMap { $0[key] as? String }, by: { $0 }).mapValues(\.count)
      return Set(counts.filter { $0.value < 5 }.keys)
    }
    #expect(small("level") == ["executive"] && small("department") == ["Executive"])
    let shown = try analysis(["--min-group-size", "5"] + Self.bandArguments).object
    let levels = try #require(shown["levels"] as? [String: Any])
    #expect(levels["order"] as? [String] == ["director", "manager", "staff"])
    #expect((levels["matrix"] as? [[Double]])?.count == 3)
    let groups = try #require(shown["groups"] as? [String: Any])
    #expect(groups["order"] as? [String] == ["Engineering", "Finance", "Marketing", "Operations", "Sales"])
    let perGroup = try #require(groups["per_group"] as? [[String: Any]])
    #expect(perGroup.compactMap { $0["name"] as? String } == groups["order"] as? [String])
    let privacy = try #require(shown["privacy"] as? [String: Any])
    #expect(privacy["min_group_size"] as? Int == 5)
    // Every sample channel has at least 7 members (people who posted or reacted in it).
    #expect(privacy["suppressed_groups"] as? [String: Int] == ["channel": 0, "department": 1, "level": 1])
    for key in ["participation", "health"] {
      let breakdown = try #require(shown[key] as? [String: Any])
      let departments = try #require(breakdown["by_department"] as? [[String: Any]])
      #expect(!departments.contains { $0["name"] as? String == "Executive" }, "\(key)")
      let levels = try #require(breakdown["by_level"] as? [[String: Any]])
      #expect(!levels.contains { $0["name"] as? String == "executive" }, "\(key)")
    }
    let shortlists = try #require((shown["roles"] as? [String: Any])?["ambassadors"] as? [String: Any])
    #expect((shortlists["by_department"] as? [String: Any])?["Executive"] == nil)
    #expect((shortlists["by_level"] as? [String: Any])?["executive"] == nil)
    #expect(plain["privacy"] == nil)
  }

  @Test func badPrivacyOptionsAreUsageErrors() throws {
    let zero = try CLI.run(["analyze", CLI.sampleExport, "--min-group-size", "0"])
    #expect(zero.status == 64 && zero.standardError.contains("--min-group-size must be 1 or more, got 0."))
    let keyAlone = try CLI.run(["analyze", CLI.sampleExport, "--pseudonym-key", "key.txt"])
    #expect(keyAlone.status == 64 && keyAlone.standardError.contains("--pseudonym-key needs --pseudonymize."))
    let missing = try CLI.run(["analyze", CLI.sampleExport, "--pseudonymize", "--pseudonym-key", "/nonexistent/key"])
    #expect(missing.status == 64)
    #expect(missing.standardError.contains("cannot read the pseudonym key file '/nonexistent/key'"))
  }

  /// The graph for Gephi and the people CSV carry pseudonyms too; `people --role` lists them.
  @Test func graphMLCSVAndPeopleListingHoldNoName() throws {
    for arguments in [
      ["analyze"] + CLI.sampleArguments + ["--format", "graphml"],
      ["analyze"] + CLI.sampleArguments + ["--format", "csv"],
      ["people"] + CLI.sampleArguments + ["--role", "ambassador", "--format", "csv"],
    ] {
      let result = try CLI.run(arguments + ["--pseudonymize"])
      #expect(result.status == 0, "\(arguments): \(result.standardError)")
      #expect(result.outputText.contains("p-"), "\(arguments)")
      #expect(!result.outputText.contains("Sam Bianchi") && !result.outputText.contains("ULW9L0AXY"), "\(arguments)")
    }
  }

  /// Pictures label people by pseudonym too.
  @Test func renderedPictureHoldsNoName() throws {
    let output = try TestPaths.temporaryDirectory().appendingPathComponent("network.dot").path
    let result = try CLI.run(
      ["render"] + CLI.sampleArguments + ["--view", "network", "--pseudonymize", "--output", output])
    #expect(result.status == 0, "\(result.standardError)")
    let dot = try String(contentsOfFile: output, encoding: .utf8)
    #expect(dot.contains("p-"))
    #expect(!dot.contains("Sam Bianchi"))
  }

  /// The report leaves groups under 5 people out by default (DESIGN.md "Bad input and privacy") and says so.
  @Test func reportSuppressesSmallGroupsByDefaultAndPseudonymizes() throws {
    let output = try TestPaths.temporaryDirectory().appendingPathComponent("report.html").path
    let result = try CLI.run(
      ["report"] + CLI.sampleArguments + ["--level-bands", CLI.bands, "--pseudonymize", "--output", output])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.contains("Groups of fewer than 5 people are not shown: 1 department, 1 level left out."))
    #expect(!html.contains("Sam Bianchi"))
    #expect(!html.contains(">executive<"))
  }

  /// Diagnostics quote ids (`manager 'X' of 'Y' is not in the org chart`): under --pseudonymize the quoted
  /// values are redacted on standard error and in the JSON alike; without it they are shown.
  @Test func diagnosticsLoseTheirQuotedValues() throws {
    let org = try CLI.write("id,manager\nsecret-person,ghost-manager\n", named: "org.csv")
    let arguments = ["analyze", CLI.sampleExport, "--org", org, "--permutations", "0", "--format", "json"]
    let plain = try CLI.run(arguments)
    #expect(plain.standardError.contains("ghost-manager"))
    let hidden = try CLI.run(arguments + ["--pseudonymize"])
    #expect(hidden.status == 0, "\(hidden.standardError)")
    #expect(hidden.standardError.contains("manager '…' of '…' is not in the org chart"))
    for text in [hidden.standardError, hidden.outputText] {
      #expect(!text.contains("ghost-manager") && !text.contains("secret-person"))
    }
  }
}
