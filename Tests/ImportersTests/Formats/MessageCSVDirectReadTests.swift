import ConversationModel
import Foundation
import Testing
import TestSupport

@testable import Importers

/// The direct reads of Yammer `Messages.csv` and DiscordChatExporter CSV rows (`YammerReader.read(into:…)`,
/// `DiscordReader.read(into:…)`: rows to `CorpusBuilder.addMessage` by their bytes) against the record path
/// (`CorpusBuilder.read` of a `NamespacedReader`, one `ImportRecord` per row): the same people in order, messages
/// with every field, interactions, per-input tallies and diagnostics with their locations.
@Suite struct MessageCSVDirectReadTests {
  /// Duplicates (one padded with blanks), a deleted message and a reply to it, replies to a missing and to a later
  /// parent, mentions beside non-ASCII text (which leave the byte search), padded and repeated mentions, private
  /// messages, bots (`system`, `User`), a group known only from `Groups.csv` and one unknown, and bad rows.
  static let yammerMessages = """
    id,replied_to_id,thread_id,group_id,group_name,participants,in_private_conversation,sender_id,\
    sender_type,body,created_at,deleted_at
    10,,10,77,Eng Announcements,,false,501,user,\
    "[[user:502]] [[user: 502 ]] née[[user:503]]",2021-03-04 10:00:00 +0000,
    11,14,10,77,,,false,502,User,answers a later one,2021-03-04 10:01:00 +0000,
    12,10,10,78,,,FALSE,503,system,"é[[user:501]] naïve",2021-03-04 10:02:00 +0000,
    10,,10,77,,,false,501,user,duplicate,2021-03-04 10:03:00 +0000,
    " 10 ",,10,77,,,false,501,user,duplicate padded,2021-03-04 10:03:00 +0000,
    13,10,10,79,,,false,504,user,deleted,2021-03-04 10:04:00 +0000,2021-03-04 10:05:00 +0000
    14,13,10,,,"user:501,user:502",TRUE,502,user,"to the deleted one [[user:504]]",2021-03-04 10:06:00 +0000,
    15,999,10,,,,false, 505 ,user,"東京 [[user:501]] [[user:501]]",2021-03-04 10:07:00 +0000,
    16,,16,,,"user:503",,503,bot,[[user:12a]] [[user:]],2021-03-04 10:08:00 +0000,
    ,,16,,,,false,503,user,no id,2021-03-04 10:09:00 +0000,
    17,,17,,,,false,,user,no sender,2021-03-04 10:09:00 +0000,
    18,,18,,,,false,503,user,bad time,yesterday,
    19,16,16,77,Eng Announcements,,false,501,user,"open [[user:503]",2021-03-04 10:10:00 +0000,
    """

  /// Padded, leading-zero and new author ids, mentions beside non-ASCII text, `<@!id>`, an ISO and an older date,
  /// and the bad rows of `DiscordReaderTests.csv`.
  static let discordCSV = """
    AuthorID,Author,Date,Content,Attachments,Reactions
    2200,kai#0001,2024-01-05T10:00:00.000+01:00,"hi <@2201> <@!2201> <@2202>",,
    " 2201 ",ria,2024-01-05T10:01:00.000+01:00,"café<@2200>",,
    0123,zed,05-Jan-24 12:01 PM,"<@2200> 東京",,
    2203,,2024-01-05T10:02:00.000+01:00,,,
    2201,ria,not a date,lost,,
    ,ghost,2024-01-05T10:03:00.000+01:00,no author,,
    2200,kai#0001,2024-01-05T10:04:00.000+01:00,"<@0123> <@2203>> <@>",,
    """

  /// Reads `paths` in turn both ways, with the namespaces `CorpusLoader` gives, and compares the corpora.
  private static func expectSameCorpus(_ paths: [String]) throws {
    var direct = CorpusBuilder()
    var records = CorpusBuilder()
    var ordinals: [ExportFormat: Int] = [:]
    for path in paths {
      var reader = try FormatReader.open(path, options: ImportOptions())
      ordinals[reader.format, default: 0] += 1
      let namespace = PersonNamespace(format: reader.format, ordinal: ordinals[reader.format] ?? 1, renames: [:])
      try reader.read(into: &direct, path: path, namespace: namespace)
      var checked = NamespacedReader(base: try FormatReader.open(path, options: ImportOptions()), namespace: namespace)
      try records.read(&checked, path: path, format: reader.format.rawValue)
    }
    let fast = direct.build()
    let slow = records.build()
    #expect(fast.people == slow.people)
    #expect(Array(fast.messages) == Array(slow.messages))
    #expect(fast.messages.map(\.channel) == slow.messages.map(\.channel))
    #expect(fast.interactions == slow.interactions)
    #expect(fast.inputs == slow.inputs)
    #expect(fast.inputs.allSatisfy { $0.reconciles })
    #expect(fast.diagnostics == slow.diagnostics)
    #expect(!fast.messages.isEmpty && !fast.interactions.isEmpty)
  }

  private static func yammerExport(_ fixture: Fixture, messages: String) throws -> String {
    try fixture.write("engage/Messages.csv", messages)
    try fixture.write("engage/Users.csv", YammerReaderTests.users)
    try fixture.write("engage/Groups.csv", YammerReaderTests.groups)
    return fixture.path("engage")
  }

  @Test(arguments: [YammerReaderTests.messages, yammerMessages])
  func yammerDirectReadMatchesRecordPath(messages: String) throws {
    try Self.expectSameCorpus([try Self.yammerExport(Fixture(), messages: messages)])
  }

  /// The second read of one export namespaces its people `yammer#2:`: new people, messages keyed apart.
  @Test func yammerReadTwiceMatchesRecordPath() throws {
    let path = try Self.yammerExport(Fixture(), messages: Self.yammerMessages)
    try Self.expectSameCorpus([path, path])
    let corpus = try CorpusLoader.load([path, path], options: ImportOptions())
    #expect(corpus.people.contains { $0.id == "yammer#2:505" })
    #expect(corpus.diagnostics.count(of: "duplicate_message") == 4)
  }

  @Test(arguments: [DiscordReaderTests.csv, discordCSV])
  func discordCSVDirectReadMatchesRecordPath(text: String) throws {
    try Self.expectSameCorpus([try Fixture().write("Crew - général [555].csv", text)])
  }

  /// A folder of a JSON and two CSV channels: the CSV rows' authors announced once across the files.
  @Test func discordFolderDirectReadMatchesRecordPath() throws {
    let fixture = try Fixture()
    try fixture.write("export/Crew - général [555].json", DiscordReaderTests.channel)
    try fixture.write("export/Crew - random [556].csv", Self.discordCSV)
    try fixture.write("export/Crew - zz [557].csv", DiscordReaderTests.csv)
    try Self.expectSameCorpus([fixture.path("export"), fixture.path("export")])
  }

  /// Seeded exports of `Scripts/generate_csv_exports.py` (the benchmark's inputs, small).
  @Test(arguments: ["yammer", "discord-csv"])
  func generatedExportsMatchRecordPath(format: String) throws {
    let fixture = try Fixture()
    let output = fixture.path(format == "yammer" ? "generated" : "generated.csv")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", TestPaths.packageRoot.appendingPathComponent("Scripts/generate_csv_exports.py").path, format,
      output, "--bytes", "300000", "--seed", "7", "--people", "300",
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "generate_csv_exports.py failed")
    try Self.expectSameCorpus([output])
  }
}
