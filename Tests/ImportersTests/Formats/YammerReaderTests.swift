import ConversationModel
import Foundation
import Testing

@testable import Importers

/// Viva Engage / Yammer network exports (FORMATS.md §2). No real Yammer export exists in /work/shared/data, so
/// every fixture here is hand-written in the export's shape: Messages.csv, Users.csv and Groups.csv.
@Suite struct YammerReaderTests {
  static let users = """
    id,name,email,job_title,location,department,deleted_at,state
    501,Ana Ruiz,ana@corp.example,Director of Engineering,Madrid,Engineering,,active
    502,Björn Ødegård,bjorn@corp.example,Software Engineer,Oslo,Engineering,,active
    503,Chen Wei,chen@corp.example,Product Manager,,Product,2022-01-01 00:00:00 +0000,soft_delete
    """
  static let groups = """
    id,name,description,privacy
    77,Eng Announcements,news,public
    78,Ünïcode Café,,private
    """
  /// 9000 starts a thread; 9001 answers it; 9002 answers 9001 (nested); 9003 is deleted; 9004 answers the
  /// deleted 9003; 9005 is a private message; 9006 is in a group known only from Groups.csv; 9007 went to the
  /// whole network.
  static let messages = """
    id,replied_to_id,thread_id,group_id,group_name,participants,in_private_conversation,sender_id,\
    sender_type,body,created_at,deleted_at
    9000,,9000,77,Eng Announcements,,false,501,user,Release is out,2021-03-04 10:00:00 +0000,
    9001,9000,9000,77,Eng Announcements,,false,502,user,"Agreed with [[user:501]], and [[user:503]] \
    [[user:501]]",2021-03-04 10:12:00 +0000,
    9002,9001,9000,77,Eng Announcements,,false,503,user,"Quoted ""reply""
    over two lines",2021-03-04 10:20:00 +0000,
    9003,9000,9000,77,Eng Announcements,,false,502,user,oops,2021-03-04 10:21:00 +0000,2021-03-04 10:22:00 +0000
    9004,9003,9000,77,Eng Announcements,,false,501,user,what was that?,2021-03-04 10:23:00 +0000,
    9005,,9005,,,"user:501,user:502",true,501,user,private note,2021-03-05 08:00:00 +0000,
    9006,,9006,78,,,false,502,user,Grüße aus Oslo 👋,2021-03-06 09:00:00 +0000,
    9007,,9007,,,,false,900,system,Welcome everyone,2021-03-06 09:30:00 +0000,
    """

  private func export(_ fixture: Fixture, messages: String = Self.messages) throws -> String {
    try fixture.write("engage/Messages.csv", messages)
    try fixture.write("engage/Users.csv", Self.users)
    try fixture.write("engage/Groups.csv", Self.groups)
    return fixture.path("engage")
  }

  @Test func folderExportIsDetectedAndRead() throws {
    let fixture = try Fixture()
    let result = try readAll(try export(fixture))
    #expect(result.people.map(\.id) == ["501", "502", "503"])
    #expect(result.people[0].title == "Director of Engineering")
    #expect(result.people[0].department == "Engineering")
    #expect(result.people[1].name == "Björn Ødegård")
    // The deleted user stays a person: their messages are real talk.
    #expect(result.people[2].department == "Product")
    #expect(result.messages.map(\.id) == ["9000", "9001", "9002", "9004", "9005", "9006", "9007"])
    #expect(result.skippedCounts == ["deleted": 1])
  }

  @Test func repliesNestMentionsAreDistinctAndTimesHaveZones() throws {
    let fixture = try Fixture()
    let messages = try readAll(try export(fixture)).messages
    let byID = Dictionary(uniqueKeysWithValues: messages.map { ($0.id, $0) })
    #expect(byID["9001"]?.replyTo == "9000")
    #expect(byID["9002"]?.replyTo == "9001")
    #expect(byID["9002"]?.threadRoot == "9000")
    #expect(byID["9001"]?.mentions == ["501", "503"])
    #expect(byID["9002"]?.text == "Quoted \"reply\"\nover two lines")
    // 2021-03-04 10:12:00 UTC = 1614852720 (date -u -d '2021-03-04 10:12:00' +%s).
    #expect(byID["9001"]?.time == Date(timeIntervalSince1970: 1_614_852_720))
  }

  @Test func groupsBecomeChannelsAndPrivateMessagesAreFlagged() throws {
    let fixture = try Fixture()
    let messages = try readAll(try export(fixture)).messages
    let byID = Dictionary(uniqueKeysWithValues: messages.map { ($0.id, $0) })
    #expect(byID["9000"]?.channel == "Eng Announcements")
    #expect(byID["9006"]?.channel == "Ünïcode Café")
    #expect(byID["9006"]?.text == "Grüße aus Oslo 👋")
    #expect(byID["9007"]?.channel == YammerMessageParser.allCompany)
    #expect(byID["9005"]?.isPrivate == true)
    #expect(byID["9005"]?.channel == nil)
    #expect(messages.filter(\.isPrivate).map(\.id) == ["9005"])
    #expect(byID["9007"]?.isFromBot == true)
    #expect(byID["9000"]?.isFromBot == false)
  }

  @Test func zippedExportReadsTheSameAsTheFolder() throws {
    let fixture = try Fixture()
    let folder = try readAll(try export(fixture))
    let zipped = try readAll(try fixture.zip("engage"))
    #expect(zipped.messages.map(\.id) == folder.messages.map(\.id))
    #expect(zipped.people == folder.people.map { person in
      var person = person
      person.location = person.location.map { SourceLocation(path: $0.path.replacingOccurrences(
        of: fixture.path("engage") + "/", with: fixture.path("engage.zip") + "!engage/"), line: $0.line,
        column: $0.column) }
      return person
    })
  }

  @Test func badRowsAreSkippedWithPositions() throws {
    let fixture = try Fixture()
    let path = try export(fixture, messages: """
      id,sender_id,created_at,body
      1,501,2021-03-04 10:00:00 +0000,ok
      ,501,2021-03-04 10:00:00 +0000,no id
      3,,2021-03-04 10:00:00 +0000,no sender
      4,502,last tuesday,bad time
      5,502,2021-03-04 10:00:00 +0000,"bad"quote
      6,502,2021-03-04,ok
      """)
    let result = try readAll(path)
    let file = path + "/Messages.csv"
    #expect(result.messages.map(\.id) == ["1", "6"])
    #expect(result.skipped.map(\.reason) == ["missing_id", "missing_author", "invalid_timestamp", "malformed_row"])
    #expect(result.skipped.map(\.location) == [
      SourceLocation(path: file, line: 3, column: 1), SourceLocation(path: file, line: 4, column: 3),
      SourceLocation(path: file, line: 5, column: 7), SourceLocation(path: file, line: 6, column: 38),
    ])
  }

  @Test func messagesWithoutARequiredColumnAreAnError() throws {
    let fixture = try Fixture()
    let path = try export(fixture, messages: "id,body,created_at\n1,x,2021-03-04\n")
    let error = importError { () throws(ImportError) in try readAll(path) }
    #expect(error == .missingColumn(path: path + "/Messages.csv", column: "sender_id",
                                    headersFound: ["id", "body", "created_at"]))
  }

  @Test func replyToADeletedOrMissingParentIsNotedInTheCorpus() throws {
    let fixture = try Fixture()
    let corpus = try CorpusLoader.load([try export(fixture)], options: ImportOptions())
    // 9004 answers the deleted 9003: no reply interaction, one note. 9001 → 9000 and 9002 → 9001 remain.
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
    #expect(corpus.interactionCounts[.reply] == 2)
    #expect(corpus.inputs.first?.reconciles == true)
    #expect(corpus.inputs.first?.recordsRead == 8)
    #expect(corpus.privateMessageCount == 1)
    // Yammer ids are namespaced per input (PersonNamespace).
    let ana = try #require(corpus.personIndex(id: "yammer:501"))
    #expect(corpus.people[Int(ana)].title == "Director of Engineering")
  }

  @Test func mentionTokens() {
    #expect(YammerMessageParser.mentions(in: "[[user:1]] [[tag:9]] [[user:22]][[user:1]] [[user:x]] [[user:") == [
      "1", "22",
    ])
  }
}
