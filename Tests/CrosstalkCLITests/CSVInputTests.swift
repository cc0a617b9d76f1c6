import Foundation
import TestSupport
import Testing

/// The two CSV formats, detected from their headers, mapped with `--columns`, or read by position.
@Suite struct CSVInputTests {
  private func analyze(_ path: String, _ extra: [String] = []) throws -> [String: Any] {
    let result = try CLI.run(["analyze", path, "--format", "json", "--permutations", "0"] + extra)
    #expect(result.status == 0, "\(result.standardError)")
    return try CLI.object(result)
  }

  private func summary(_ object: [String: Any]) throws -> (summary: [String: Any], interactions: [String: Int]) {
    let summary = try #require(object["summary"] as? [String: Any])
    return (summary, try #require(summary["interactions"] as? [String: Int]))
  }

  private func format(_ object: [String: Any]) -> String? {
    (object["inputs"] as? [[String: Any]])?.first?["format"] as? String
  }

  /// m2 and m3 answer ana's m1, m4 answers ben's m2: replies ben → ana, cara → ana, ana → ben.
  private static let messageRows = [
    "m1,ana,2026-01-05T09:00:00Z,", "m2,ben,2026-01-05T09:05:00Z,m1", "m3,cara,2026-01-05 09:10:00,m1",
    "m4,ana,1767604500,m2",
  ]

  @Test func messagesCSVWithStandardHeadersIsDetected() throws {
    let text = (["id,author,time,reply_to"] + Self.messageRows).joined(separator: "\n") + "\n"
    let object = try analyze(try CLI.write(text, named: "messages.csv"))
    #expect(format(object) == "messages-csv")
    let (summary, interactions) = try summary(object)
    #expect(interactions == ["reply": 3, "mention": 0, "reaction": 0, "message": 0])
    #expect(summary["messages"] as? Int == 4)
    #expect(summary["people"] as? Int == 3)
    #expect(summary["edges"] as? Int == 3)
  }

  @Test func messagesCSVWithMappedColumns() throws {
    let text = (["Msg;Who;When;Parent"] + Self.messageRows.map { $0.replacingOccurrences(of: ",", with: ";") })
      .joined(separator: "\n") + "\n"
    let object = try analyze(
      try CLI.write(text, named: "export.csv"),
      ["--from", "messages-csv", "--columns", "id=Msg,author=Who,time=When,reply_to=Parent"])
    let (summary, interactions) = try summary(object)
    #expect(interactions["reply"] == 3)
    #expect(summary["messages"] as? Int == 4)
  }

  @Test func interactionsCSVWithMappedColumns() throws {
    let text = "Who,Whom,When,Times\nana,ben,2026-02-01,2\nben,ana,2026-02-02,1\nana,cara,2026-02-03,1.5\n"
    let object = try analyze(
      try CLI.write(text, named: "edges.csv"), ["--columns", "source=Who,target=Whom,time=When,weight=Times"])
    #expect(format(object) == "interactions-csv")
    let (summary, interactions) = try summary(object)
    #expect(interactions == ["reply": 0, "mention": 0, "reaction": 0, "message": 3])
    #expect(summary["edges"] as? Int == 3)
    #expect(summary["total_weight"] as? Double == 4.5)
    #expect(summary["reciprocity"] as? Double == 2.0 / 3.0)  // ana ↔ ben: 2 of 3 edges reciprocated
  }

  @Test func interactionsCSVWithSynonymHeadersIsDetected() throws {
    let text = "sender,recipient,kind\nana,ben,mention\nben,ana,reply\ncara,ana,message\n"
    let object = try analyze(try CLI.write(text, named: "events.csv"))
    #expect(format(object) == "interactions-csv")
    let (_, interactions) = try summary(object)
    #expect(interactions == ["reply": 1, "mention": 1, "reaction": 0, "message": 1])
  }

  @Test func interactionsWithoutHeaderSpaceSeparated() throws {
    let object = try analyze(try CLI.write("a b\nb c\nc a\na c\na c\n", named: "edges.txt"), ["--no-header"])
    #expect(format(object) == "interactions-csv")
    let (summary, interactions) = try summary(object)
    #expect(interactions["message"] == 5)
    #expect(summary["nodes"] as? Int == 3)
    #expect(summary["edges"] as? Int == 4)
    #expect(summary["total_weight"] as? Double == 5)
  }

  @Test func interactionsWithoutHeaderByPositionWithWeights() throws {
    let text = "ana,ben,2026-03-01T10:00:00Z,3\nben,cara,2026-03-02T10:00:00Z,0.5\n"
    let object = try analyze(try CLI.write(text, named: "weighted.csv"), ["--no-header"])
    let (summary, interactions) = try summary(object)
    #expect(interactions["message"] == 2)
    #expect(summary["total_weight"] as? Double == 3.5)
    let inputs = try #require(object["inputs"] as? [[String: Any]])
    #expect(inputs.first?["records_read"] as? Int == 2)
  }

  @Test func badRowsAreSkippedAndCounted() throws {
    let text = "source,target,weight\nana,ben,1\n,ben,1\nana,cara,-2\nben,cara,1\n"
    let object = try analyze(try CLI.write(text, named: "rows.csv"))
    let input = try #require((object["inputs"] as? [[String: Any]])?.first)
    #expect(input["records_read"] as? Int == 4)
    #expect(input["records_used"] as? Int == 2)
    #expect(input["records_skipped"] as? [String: Int] == ["invalid_weight": 1, "missing_endpoint": 1])
  }

  @Test func headerOnlyFileIsAnEmptyAnalysis() throws {
    let object = try analyze(try CLI.write("source,target\n", named: "empty.csv"))
    let (summary, _) = try summary(object)
    #expect(summary["people"] as? Int == 0)
    #expect(summary["nodes"] as? Int == 0)
    #expect(summary["reciprocity"] is NSNull)
  }

  @Test func selfInteractionsAreCountedNotEdges() throws {
    let object = try analyze(try CLI.write("source,target\nana,ana\nana,ben\n", named: "self.csv"))
    let (summary, interactions) = try summary(object)
    #expect(interactions["message"] == 1)
    #expect(summary["edges"] as? Int == 1)
    let counts = (object["diagnostics"] as? [String: Any])?["counts"] as? [String: Int]
    #expect(counts?["self_interaction"] == 1)
  }
}
