import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Person ids local to one export (Yammer and Zulip numbers, Mattermost usernames) are namespaced per input, so
/// that the same number in two exports is two people unless e-mail or `--identities` says otherwise. The
/// exports are hand-written, each with a person `5`.
@Suite struct PersonNamespaceTests {
  private func yammer(_ fixture: Fixture, email: String = "") throws -> String {
    try fixture.write("engage/Users.csv", "id,name,email\n5,Yam Five,\(email)\n")
    try fixture.write("engage/Messages.csv", """
      id,replied_to_id,thread_id,group_id,group_name,sender_id,body,created_at
      1,,1,7,all,5,hello,2024-05-01 10:00:00 +0000
      """)
    return fixture.path("engage")
  }

  private func zulip(_ fixture: Fixture, folder: String, email: String) throws -> String {
    try fixture.write("\(folder)/realm.json", """
      {"zerver_userprofile": [{"id": 5, "full_name": "Zu Five", "delivery_email": "\(email)", "is_bot": false}],
       "zerver_stream": [{"id": 1, "name": "general"}], "zerver_recipient": [{"id": 9, "type": 2, "type_id": 1}]}
      """)
    try fixture.write("\(folder)/messages-000001.json", """
      {"zerver_message": [{"id": 1, "sender": 5, "recipient": 9, "subject": "hi", "date_sent": 1714550400,
        "rendered_content": "<p>hi</p>"}]}
      """)
    return fixture.path(folder)
  }

  private func mattermost(_ fixture: Fixture) throws -> String {
    try fixture.write("mm.jsonl", #"{"type":"user","user":{"username":"five"}}"#)
  }

  @Test func theSameLocalIdInDifferentInputsIsDifferentPeople() throws {
    let fixture = try Fixture()
    let inputs = [try yammer(fixture), try zulip(fixture, folder: "z1", email: "a@z.example"),
                  try zulip(fixture, folder: "z2", email: "b@z.example"), try mattermost(fixture)]
    let corpus = try CorpusLoader.load(inputs, options: ImportOptions())
    #expect(corpus.people.map(\.id) == ["yammer:5", "zulip:5", "zulip#2:5", "mattermost:five"])
    #expect(corpus.inputs.map(\.format) == ["yammer", "zulip", "zulip", "mattermost"])
  }

  @Test func eMailStillMergesAcrossInputs() throws {
    let fixture = try Fixture()
    let inputs = [try yammer(fixture, email: "five@corp.example"),
                  try zulip(fixture, folder: "z1", email: "FIVE@corp.example")]
    let corpus = try CorpusLoader.load(inputs, options: ImportOptions())
    #expect(corpus.people.map(\.id) == ["yammer:5"])
    #expect(corpus.personIndex(id: "zulip:5") == 0)
    #expect(corpus.messages.map(\.author) == [0, 0])
  }

  @Test func identitiesNameTheIdAsTheExportShowsItOrNamespaced() throws {
    let fixture = try Fixture()
    let inputs = [try yammer(fixture), try zulip(fixture, folder: "z1", email: "a@z.example"),
                  try zulip(fixture, folder: "z2", email: "b@z.example")]
    let path = try fixture.write("ids.csv", "source,id,person\nyammer,5,ana\nzulip,zulip:5,ana\n\(inputs[2]),5,bo\n")
    var options = ImportOptions()
    options.identities = try IdentityMap.load(path)
    let corpus = try CorpusLoader.load(inputs, options: options)
    // Yammer 5 by its bare id and the first Zulip 5 by its namespaced id are ana; the second Zulip input's 5 is bo
    // by its path row (its format row names `zulip:5`, which is not its namespaced id `zulip#2:5`).
    #expect(corpus.people.map(\.id) == ["ana", "bo"])
    #expect(corpus.messages.map(\.author) == [0, 0, 1])
  }

  @Test(arguments: [(ExportFormat.yammer, 1, "yammer:5"), (.zulip, 3, "zulip#3:5"), (.slack, 1, "5"),
                    (.stackexchange, 2, "5"), (.messagesCSV, 1, "5")])
  func prefixes(format: ExportFormat, ordinal: Int, expected: String) {
    #expect(PersonNamespace(format: format, ordinal: ordinal, renames: [:]).id("5") == expected)
  }
}
