import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Zulip organization exports (FORMATS.md §8). No real Zulip export exists in /work/shared/data, so the fixture
/// is hand-written in the shape of `manage.py export`: `realm.json` (one key per table) and message files
/// `{"zerver_message": [...], "zerver_usermessage": [...]}`.
///
/// Edge cases: a deactivated user (12) who still writes; a deleted user (99, not in `zerver_userprofile`); a bot
/// (13); a user row without an id; a silent mention, a wildcard `@all`, a user-group mention; a message to an
/// unknown recipient (999); a malformed element; a message without `date_sent`; a non-ASCII stream and topic;
/// a message without `rendered_content` (mentions from the Markdown source).
///
/// Independent count (Python 3.11.7, `json` + `tarfile`, on the tarballs `tarball(_:order:)` writes, both orders):
/// `tarfile.open(p).getmembers()` lists the three entries; `json.load` of realm.json gives 5 `zerver_userprofile`
/// rows (4 with an `id`) and 3 `zerver_reaction` rows. The message files cannot go through `json.load` (one
/// element is malformed on purpose), so the `zerver_message` elements were cut at bracket depth 0 outside strings
/// and each passed to `json.loads`: 9 read; 1 `invalid_json`; of the rest, 1 `recipient` not in
/// `zerver_recipient` (999), 1 without `date_sent`, 6 used. The truncated tarball makes Python's `gzip` raise
/// "Compressed file ended before the end-of-stream marker was reached".
@Suite struct ZulipReaderTests {
  static let realm = #"""
    {"zerver_realm": [{"id": 1, "string_id": "acme", "name": "Acme"}],
     "zerver_userprofile": [
      {"id": 10, "full_name": "Mia Chen", "email": "user10@zulip.acme.example", "delivery_email": "mia@acme.example",
       "is_bot": false, "role": 100, "is_active": true},
      {"id": 11, "full_name": "Tomás Ríos", "email": "tomas@acme.example", "delivery_email": "", "is_bot": false,
       "role": 400, "is_active": true},
      {"id": 12, "full_name": "Ana Ilić", "email": "user12@zulip.acme.example", "delivery_email": "ana@acme.example",
       "is_bot": false, "role": 400, "is_active": false},
      {"id": 13, "full_name": "Notification Bot", "email": "notification-bot@acme.example", "is_bot": true,
       "role": 400},
      {"full_name": "No Id"}],
     "zerver_stream": [{"id": 3, "name": "engineering"}, {"id": 4, "name": "café"}],
     "zerver_recipient": [{"id": 20, "type": 1, "type_id": 10}, {"id": 21, "type": 1, "type_id": 11},
      {"id": 30, "type": 2, "type_id": 3}, {"id": 31, "type": 2, "type_id": 4}, {"id": 40, "type": 3, "type_id": 7}],
     "zerver_customprofilefield": [{"id": 1, "name": "Title", "field_type": 1},
      {"id": 2, "name": "Department", "field_type": 1}],
     "zerver_customprofilefieldvalue": [{"id": 1, "user_profile": 10, "field": 1, "value": "CTO"},
      {"id": 2, "user_profile": 10, "field": 2, "value": "Engineering"}],
     "zerver_reaction": [
      {"id": 1, "message": 1001, "user_profile": 11, "emoji_name": "+1", "reaction_type": "unicode_emoji"},
      {"id": 2, "message": 1002, "user_profile": 10, "emoji_name": "tada", "reaction_type": "unicode_emoji"},
      {"id": 3, "message": 1002, "user_profile": 12, "emoji_name": "+1", "reaction_type": "unicode_emoji"}]}
    """#

  /// A silent mention of 10, a wildcard and a user-group mention, as JSON string content.
  static let html1002 = #"<p><span class=\"user-mention silent\" data-user-id=\"10\">Mia Chen</span> thanks "#
    + #"<span class=\"user-mention\" data-user-id=\"*\">@all</span> <span class=\"user-group-mention\" "#
    + #"data-user-group-id=\"5\">@support</span></p>"#

  static let messages1 = #"""
    {"zerver_message": [
     {"id": 1001, "sender": 10, "recipient": 30, "subject": "release 2.3", "date_sent": 1712300000.0,
      "content": "@**Tomás Ríos** tagged it",
      "rendered_content": "<p><span class=\"user-mention\" data-user-id=\"11\">@Tomás Ríos</span> tagged it</p>"},
     {"id": 1002, "sender": 11, "recipient": 30, "subject": "release 2.3", "date_sent": 1712300120.5,
      "content": "@_**Mia Chen|10** thanks @**all** @*support*",
      "rendered_content": "\#(html1002)"},
     {"id": 1003, "sender": 13, "recipient": 31, "subject": "déjà vu ☕", "date_sent": 1712300200,
      "content": "Build passed", "rendered_content": "<p>Build passed</p>"},
     {"id": 1004, "sender": 10, "recipient": 999, "subject": "x", "date_sent": 1712300300, "content": "lost",
      "rendered_content": "<p>lost</p>"},
     {"id": 1005, "sender": 10, "recipient": 31, "subject": "bad", "date_sent": }],
     "zerver_usermessage": [{"id": 1, "user_profile": 10, "message": 1001, "flags_mask": 1}]}
    """#

  static let messages2 = #"""
    {"zerver_message": [
     {"id": 1006, "sender": 10, "recipient": 21, "subject": "", "date_sent": 1712300400,
      "content": "psst", "rendered_content": "<p>psst</p>"},
     {"id": 1007, "sender": 12, "recipient": 40, "subject": "", "date_sent": 1712300500,
      "content": "@**Mia Chen** see @**Tomás Ríos|11** and @**everyone**", "rendered_content": null},
     {"id": 1008, "sender": 99, "recipient": 30, "subject": "release 2.3", "date_sent": 1712300600,
      "content": "old account", "rendered_content": "<p>old account</p>"},
     {"id": 1009, "sender": 11, "recipient": 30, "subject": "release 2.3", "content": "when?",
      "rendered_content": "<p>when?</p>"}],
     "zerver_usermessage": []}
    """#

  /// The export as a folder `zulip-export-abc/` inside the fixture directory.
  private func folder(_ fixture: Fixture) throws -> String {
    try fixture.write("zulip-export-abc/realm.json", Self.realm)
    try fixture.write("zulip-export-abc/messages-000001.json", Self.messages1)
    try fixture.write("zulip-export-abc/messages-000002.json", Self.messages2)
    try fixture.write("zulip-export-abc/attachment.json", #"{"zerver_attachment": []}"#)
    return fixture.path("zulip-export-abc")
  }

  /// The export as `manage.py export`'s tarball, entries in `order` (names under `zulip-export-abc/`).
  static func tarball(_ fixture: Fixture, order: [String] = ["realm.json", "messages-000001.json",
                                                             "messages-000002.json"]) throws -> String {
    let texts = ["realm.json": realm, "messages-000001.json": messages1, "messages-000002.json": messages2]
    let tar = Tarball.tar(order.map { ("zulip-export-abc/" + $0, texts[$0] ?? "") })
    let path = fixture.path("export.tar.gz")
    try Tarball.gzip(tar).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func realmUsersBecomePeopleWithProfileFields() throws {
    let fixture = try Fixture()
    let result = try readAll(try folder(fixture))
    #expect(result.people.map(\.id) == ["10", "11", "12", "13"])
    #expect(result.people.map(\.name) == ["Mia Chen", "Tomás Ríos", "Ana Ilić", "Notification Bot"])
    #expect(result.people.map(\.email) == ["mia@acme.example", "tomas@acme.example", "ana@acme.example",
                                           "notification-bot@acme.example"])
    #expect(result.people.map(\.isBot) == [false, false, false, true])
    #expect(result.people[0].title == "CTO" && result.people[0].department == "Engineering")
    #expect(result.diagnostics.count(of: "invalid_user") == 1)
  }

  @Test func messagesReconcileByReason() throws {
    let fixture = try Fixture()
    let result = try readAll(try folder(fixture))
    #expect(result.messages.map(\.id) == ["1001", "1002", "1003", "1006", "1007", "1008"])
    #expect(result.skippedCounts == ["unknown_recipient": 1, "invalid_json": 1, "invalid_timestamp": 1])
    #expect(result.messages.count + result.skipped.count == 9)
    let malformed = try #require(result.skipped.first { $0.reason == "invalid_json" })
    #expect(malformed.location?.path == fixture.path("zulip-export-abc/messages-000001.json"))
    #expect(malformed.location?.entry == 5 && malformed.location?.line == 12)
  }

  @Test func channelsMentionsReactionsAndPrivacy() throws {
    let result = try readAll(try folder(try Fixture()))
    let byID = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, $0) })
    #expect(byID["1001"]?.channel == "engineering / release 2.3")
    #expect(byID["1003"]?.channel == "café / déjà vu ☕")
    #expect(byID["1003"]?.isFromBot == true)
    #expect(byID["1001"]?.mentions == ["11"])
    #expect(byID["1002"]?.mentions == ["10"])
    #expect(byID["1007"]?.mentions == ["10", "11"])
    #expect(byID["1001"]?.reactions == ["11"] && byID["1002"]?.reactions == ["10", "12"])
    #expect(byID["1006"]?.channel == "direct:10,11" && byID["1006"]?.isPrivate == true)
    #expect(byID["1007"]?.channel == "group:7" && byID["1007"]?.isPrivate == true)
    #expect(byID["1001"]?.isPrivate == false && byID["1001"]?.replyTo == nil)
    #expect(byID["1002"]?.time == Date(timeIntervalSince1970: 1_712_300_120.5))
    #expect(result.diagnostics.count(of: "wildcard_mention") == 2)
    #expect(result.diagnostics.count(of: "unknown_sender") == 1)
  }

  @Test func theTarballReadsLikeTheFolderInEitherOrder() throws {
    let fixture = try Fixture()
    let folder = try readAll(try folder(fixture))
    for order in [["realm.json", "messages-000001.json", "messages-000002.json"],
                  ["messages-000002.json", "realm.json", "messages-000001.json"]] {
      let path = try Self.tarball(fixture, order: order)
      let result = try readAll(path)
      #expect(result.people == folder.people.map { person in
        var person = person
        person.location = SourceLocation(path: path + "!zulip-export-abc/realm.json", entry: person.location?.entry)
        return person
      })
      #expect(Set(result.messages.map(\.id)) == Set(folder.messages.map(\.id)))
      #expect(result.skippedCounts == folder.skippedCounts)
      #expect(result.messages.first?.location?.path.hasPrefix(path + "!zulip-export-abc/messages-00000") == true)
    }
  }

  @Test func detectionFindsTheFolderAndTheTarball() throws {
    let fixture = try Fixture()
    #expect(try FormatReader.open(try folder(fixture), options: ImportOptions()).format == .zulip)
    #expect(try FormatReader.open(try Self.tarball(fixture), options: ImportOptions()).format == .zulip)
  }

  @Test func aTruncatedTarballIsAnErrorNamingTheArchive() throws {
    let fixture = try Fixture()
    let path = try Self.tarball(fixture)
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    try whole.prefix(whole.count * 2 / 3).write(to: URL(fileURLWithPath: path))
    let error = importError { () throws(ImportError) in try readAll(path, options: ImportOptions(format: .zulip)) }
    guard case .corruptTarball(let archive, let detail) = error else {
      Issue.record("expected corruptTarball, got \(String(describing: error))")
      return
    }
    #expect(archive == path)
    #expect(detail.hasPrefix("the file ends inside the compressed data (truncated) at compressed byte"))
  }

  @Test func anEntryWithDotDotIsRefused() throws {
    let fixture = try Fixture()
    let path = fixture.path("evil.tar.gz")
    try Tarball.gzip(Tarball.tar([("../realm.json", Self.realm)])).write(to: URL(fileURLWithPath: path))
    let error = importError { () throws(ImportError) in try readAll(path, options: ImportOptions(format: .zulip)) }
    #expect(error == .unsafeArchiveEntry(archive: path, entry: "../realm.json"))
    let absolute = fixture.path("abs.tar.gz")
    try Tarball.gzip(Tarball.tar([("/etc/realm.json", Self.realm)])).write(to: URL(fileURLWithPath: absolute))
    #expect(importError { () throws(ImportError) in try readAll(absolute, options: ImportOptions(format: .zulip)) }
      == .unsafeArchiveEntry(archive: absolute, entry: "/etc/realm.json"))
  }

  @Test func repliesComeOnlyFromInferenceWithinATopic() throws {
    let path = try folder(try Fixture())
    #expect(try CorpusLoader.load([path], options: ImportOptions()).interactionCounts[.reply, default: 0] == 0)
    var options = ImportOptions()
    options.replyInferenceWindow = 600
    let corpus = try CorpusLoader.load([path], options: options)
    // "engineering / release 2.3": 1002 (11, +120.5 s) answers 1001 (10); 1008 (99, +600 s) answers 1002 (11).
    // The other conversations hold one message each.
    let replies = corpus.interactions.filter { $0.kind == .reply }
    #expect(replies.allSatisfy { $0.isInferred })
    #expect(replies.map { [corpus.people[Int($0.source)].id, corpus.people[Int($0.target)].id] }
      == [["zulip:11", "zulip:10"], ["zulip:99", "zulip:11"]])
    #expect(corpus.inputs.first?.reconciles == true)
  }
}
