import Foundation
import TestSupport
import Testing

/// A Yammer export and a Mattermost export read together, with `--identities` and `--infer-replies`. Both
/// exports are hand-written here: no real Yammer or Mattermost data exists in /work/shared/data.
@Suite struct MultiSourceInputTests {
  /// Yammer: 501 (ana, e-mail) answers 502 (bo); a private message from bo to ana.
  private static func yammer() throws -> String {
    let folder = try TestPaths.temporaryDirectory().appendingPathComponent("engage")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = [
      "Users.csv": "id,name,email,job_title,department\n501,Ana,ana@corp.example,CTO,Tech\n502,Bo,,Rep,Sales\n",
      "Messages.csv": """
        id,replied_to_id,thread_id,group_id,group_name,participants,in_private_conversation,sender_id,body,created_at
        1,,1,7,all,,false,502,hello,2024-05-01 10:00:00 +0000
        2,1,1,7,all,,false,501,hi,2024-05-01 10:05:00 +0000
        3,,3,,,"user:501,user:502",true,502,psst,2024-05-01 11:00:00 +0000

        """,
    ]
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder.path
  }

  /// Mattermost with no threads: bkim, then alee 5 minutes later, then cfox 20 minutes after that.
  private static func mattermost() throws -> String {
    try CLI.write([
      #"{"type":"version","version":1}"#,
      #"{"type":"user","user":{"username":"alee","email":"ana@corp.example","position":"CTO"}}"#,
      #"{"type":"user","user":{"username":"bkim"}}"#, #"{"type":"user","user":{"username":"cfox"}}"#,
      #"{"type":"post","post":{"team":"t","channel":"c","user":"bkim","message":"q","create_at":1714550400000}}"#,
      #"{"type":"post","post":{"team":"t","channel":"c","user":"alee","message":"a","create_at":1714550700000}}"#,
      #"{"type":"post","post":{"team":"t","channel":"c","user":"cfox","message":"b","create_at":1714551900000}}"#,
    ].joined(separator: "\n") + "\n", named: "bulk.jsonl")
  }

  private func analyze(_ arguments: [String]) throws -> (summary: [String: Any], object: [String: Any]) {
    let result = try CLI.run(["analyze"] + arguments + ["--format", "json", "--permutations", "0"])
    #expect(result.status == 0, "\(result.standardError)")
    let object = try CLI.object(result)
    return (try #require(object["summary"] as? [String: Any]), object)
  }

  @Test func identitiesAndInferredRepliesAcrossTwoSources() throws {
    let (engage, bulk) = (try Self.yammer(), try Self.mattermost())
    let identities = try CLI.write("source,id,person\nyammer,502,bo\n\(bulk),bkim,bo\n", named: "ids.csv")
    let (summary, object) = try analyze([engage, bulk, "--identities", identities, "--infer-replies", "10m"])
    // People: ana (501 = alee by e-mail), bo (502 = bkim by the file), cfox.
    #expect(summary["people"] as? Int == 3)
    // Replies: ana → bo in Yammer; in Mattermost alee → bkim is inferred (5 min), cfox (20 min later) is not.
    let interactions = try #require(summary["interactions"] as? [String: Int])
    #expect(interactions["reply"] == 2)
    #expect(summary["inferred_replies"] as? Int == 1)
    #expect(summary["private_messages"] as? Int == 1)
    #expect(summary["edges"] as? Int == 1)
    let inputs = try #require(object["inputs"] as? [[String: Any]])
    #expect(inputs.map { $0["format"] as? String } == ["yammer", "mattermost"])
    #expect(inputs.map { $0["records_read"] as? Int } == [3, 3])
    let people = try #require(object["people"] as? [[String: Any]])
    // Yammer ids are namespaced per input (PersonNamespace).
    let ana = try #require(people.first { $0["id"] as? String == "yammer:501" })
    #expect(ana["department"] as? String == "Tech")
  }

  @Test func theTerminalSaysHowManyRepliesWereInferred() throws {
    let result = try CLI.run(["analyze", try Self.mattermost(), "--infer-replies", "30m", "--permutations", "0"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("inferred 2 replies (--infer-replies 30m)"))
    #expect(result.outputText.contains("reply 2 (2 inferred)"))
  }

  @Test func anUnknownIdentitySourceExitsOneWithItsLine() throws {
    let identities = try CLI.write("source,id,person\nslak,U1,bo\n", named: "ids.csv")
    let result = try CLI.run(["analyze", try Self.mattermost(), "--identities", identities])
    #expect(result.status == 1)
    #expect(result.standardError.contains("\(identities):2: unknown source 'slak'"))
  }

  @Test func aBadInferenceWindowIsAUsageError() throws {
    let result = try CLI.run(["analyze", try Self.mattermost(), "--infer-replies", "soon"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("--infer-replies expects a positive number and a unit"))
  }
}
