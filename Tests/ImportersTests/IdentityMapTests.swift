import ConversationModel
import Foundation
import Testing

@testable import Importers

/// `--identities FILE`: per-source ids mapped to one person, across a Yammer and a Mattermost export. Both
/// exports are hand-written fixtures (no real Yammer or Mattermost data exists in /work/shared/data).
@Suite struct IdentityMapTests {
  /// A Yammer export where 501 (ana, with an e-mail) answers 502 (bo, no e-mail).
  private func yammer(_ fixture: Fixture) throws -> String {
    try fixture.write(
      "engage/Users.csv", "id,name,email,job_title,department\n501,Ana,ana@corp.example,CTO,Tech\n502,Bo,,,Sales\n")
    try fixture.write("engage/Messages.csv", """
      id,replied_to_id,thread_id,group_id,group_name,sender_id,body,created_at
      1,,1,7,all,502,hello,2024-05-01 10:00:00 +0000
      2,1,1,7,all,501,hi [[user:502]],2024-05-01 10:05:00 +0000
      """)
    return fixture.path("engage")
  }

  /// A Mattermost export where alee (ana's e-mail) answers bkim (bo, no e-mail) and cfox.
  private func mattermost(_ fixture: Fixture) throws -> String {
    try fixture.write("mm.jsonl", [
      #"{"type":"user","user":{"username":"alee","email":"ANA@corp.example"}}"#,
      #"{"type":"user","user":{"username":"bkim"}}"#,
      #"{"type":"post","post":{"channel":"c","user":"bkim","message":"q","create_at":1714550400000,"rep"#
        + #"lies":[{"user":"alee","message":"a","create_at":1714550460000}]}}"#,
    ].joined(separator: "\n"))
  }

  @Test func emailMergesAndTheIdentitiesFileMergesTheRest() throws {
    let fixture = try Fixture()
    let inputs = [try yammer(fixture), try mattermost(fixture)]
    let identities = try fixture.write("ids.csv", "source,id,person\nyammer,502,bo\n\(inputs[1]),bkim,bo\n")
    var options = ImportOptions()
    options.identities = try IdentityMap.load(identities)
    let corpus = try CorpusLoader.load(inputs, options: options)
    // 501 and alee share an e-mail (case-insensitive); 502 and bkim are both "bo" by the identities file.
    // Yammer and Mattermost ids are namespaced per input (PersonNamespace); the file names them as exported.
    #expect(corpus.people.map(\.id) == ["yammer:501", "bo"])
    #expect(corpus.personIndex(id: "mattermost:alee") == 0)
    #expect(corpus.people[1].department == "Sales")
    #expect(corpus.interactions.filter { $0.kind == .reply }.map { [$0.source, $0.target] } == [[0, 1], [0, 1]])
    #expect(corpus.inputs.map(\.format) == ["yammer", "mattermost"])
    #expect(corpus.inputs.map(\.recordsRead) == [2, 2])
  }

  @Test func withoutTheFileOnlyEmailMerges() throws {
    let fixture = try Fixture()
    let corpus = try CorpusLoader.load([try yammer(fixture), try mattermost(fixture)], options: ImportOptions())
    #expect(corpus.people.map(\.id) == ["yammer:501", "yammer:502", "mattermost:bkim"])
  }

  @Test func anUnknownSourceIsAnErrorWithItsLine() throws {
    let fixture = try Fixture()
    let inputs = [try yammer(fixture)]
    let path = try fixture.write("ids.csv", "source,id,person\nyammer,502,bo\nslak,U1,bo\n")
    var options = ImportOptions()
    options.identities = try IdentityMap.load(path)
    let error = importError { () throws(ImportError) in try CorpusLoader.load(inputs, options: options) }
    #expect(error == .unknownIdentitySource(path: path, line: 3, source: "slak", inputs: inputs,
                                            formats: ExportFormat.allCases.map(\.rawValue)))
    #expect(error?.description.hasPrefix("\(path):3: error: unknown source 'slak'") == true)
  }

  @Test func conflictingBlankAndHeaderlessRowsAreErrors() throws {
    let fixture = try Fixture()
    let conflicting = try fixture.write("a.csv", "source,id,person\nyammer,1,ann\nyammer,1,bo\nyammer,1,ann\n")
    #expect(importError { () throws(ImportError) in try IdentityMap.load(conflicting) } == .invalidIdentities(
      path: conflicting, line: 3, detail: "yammer id '1' is already mapped to 'ann' on line 2", value: "bo"))
    let blank = try fixture.write("b.csv", "source,id,person\nyammer,,ann\n")
    #expect(importError { () throws(ImportError) in try IdentityMap.load(blank) }.map { "\($0)" }?
      .hasPrefix("\(blank):2: error: invalid identities row") == true)
    let headerless = try fixture.write("c.csv", "yammer,1,ann\n")
    #expect(importError { () throws(ImportError) in try IdentityMap.load(headerless) }.map { "\($0)" }?
      .hasPrefix("\(headerless):1: error: invalid identities row: missing column 'source'") == true)
  }

  @Test func anInputPathRowWinsOverItsFormatRow() throws {
    let map = IdentityMap(path: "ids.csv", entries: [
      .init(source: "./a.zip", id: "1", person: "ann", line: 2),
      .init(source: "yammer", id: "1", person: "bo", line: 3),
      .init(source: "yammer", id: "2", person: "cy", line: 4),
    ])
    #expect(map.renames(forInput: "a.zip", format: .yammer) == ["1": "ann", "2": "cy"])
    #expect(map.renames(forInput: "b.zip", format: .yammer) == ["1": "bo", "2": "cy"])
    #expect(map.renames(forInput: "b.zip", format: .slack) == [:])
    #expect(map.unknownSource(inputs: ["a.zip"]) == nil)
    #expect(map.unknownSource(inputs: ["b.zip"])?.line == 2)
  }

  @Test(arguments: [("10m", 600.0), ("2h", 7200), ("90s", 90), ("1.5d", 129_600), ("10M", 600)])
  func inferenceWindows(text: String, seconds: Double) {
    #expect(ImportOptions.windowSeconds(parsing: text) == seconds)
  }

  @Test(arguments: ["", "10", "m", "0m", "-5m", "10w", "ten m"])
  func invalidInferenceWindows(text: String) {
    #expect(ImportOptions.windowSeconds(parsing: text) == nil)
  }
}
