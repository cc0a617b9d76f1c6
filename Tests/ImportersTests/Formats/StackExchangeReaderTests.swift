import ConversationModel
import Foundation
import TestSupport
import Testing

@testable import Importers

/// The Stack Exchange reader on a hand-written dump of a site called `cooking` with each rule's case.
@Suite struct StackExchangeReaderTests {
  static let users = """
    \u{FEFF}<?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE users SYSTEM 'users.dtd'>
    <users>
      <row Id="-1" DisplayName="Community" AccountId="-1" />
      <row Id="1" DisplayName="Ann &amp; Co" AccountId="900" />
      <row Id="2" DisplayName="Björn" AccountId="901" />
      <row Id="3" DisplayName="No Account" />
      <row DisplayName="No Id" />
    </users>
    """
  static let posts = """
    <?xml version="1.0" encoding="utf-8"?>
    <posts>
      <row Id="10" PostTypeId="1" CreationDate="2020-01-01T10:00:00.000" OwnerUserId="1" Body="&lt;p&gt;Q&lt;/p&gt;" />
      <row Id="11" PostTypeId="2" ParentId="10" CreationDate="2020-01-01T11:00:00.000" OwnerUserId="2" />
      <row Id="12" PostTypeId="2" ParentId="10" CreationDate="2020-01-01T12:00:00.000" OwnerDisplayName="gone" />
      <row Id="13" PostTypeId="1" CreationDate="2020-01-02T09:00:00.000" LastEditorUserId="2" OwnerUserId="3" />
      <row Id="14" PostTypeId="2" CreationDate="2020-01-02T09:30:00.000" OwnerUserId="2" />
      <row Id="15" PostTypeId="1" CreationDate="2020-01-03T09:00:00.000" />
      <row Id="16" PostTypeId="5" CreationDate="2020-01-03T09:00:00.000" OwnerUserId="-1" />
      <row Id="17" PostTypeId="42" CreationDate="2020-01-03T09:00:00.000" OwnerUserId="1" />
      <row Id="18" PostTypeId="1" CreationDate="yesterday" OwnerUserId="1" />
      <row Id="19" PostTypeId="2" ParentId="15" CreationDate="2020-01-04T09:00:00.000" OwnerUserId="77" />
      <row Id="20" PostTypeId="1" CreationDate="2020-01-04T09:00:00.000" OwnerUserId="1" Title="&bad;" />
    </posts>
    """
  static let comments = """
    <comments>
      <row Id="10" PostId="11" CreationDate="2020-01-01T11:30:00.000" UserId="1" Text="@Björn thanks" />
      <row Id="11" PostId="10" CreationDate="2020-01-01T11:40:00.000" UserDisplayName="gone" />
      <row Id="12" CreationDate="2020-01-01T11:50:00.000" UserId="1" />
      <row Id="13" PostId="12" CreationDate="2020-01-01T11:55:00.000" UserId="2" />
      <row Id="14" PostId="11" CreationDate="2020-01-01T12:10:00.000" UserId="2" Text="@ann-&amp;co: @An, @nobody @annco." />
    </comments>
    """
  static let postHistory = """
    <posthistory>
      <row Id="1" PostHistoryTypeId="5" PostId="13" UserId="2" CreationDate="2020-01-02T10:00:00.000" Text="edit" />
    </posthistory>
    """

  private func writeDump(_ fixture: Fixture, folder: String = "cooking") throws -> String {
    try fixture.write("\(folder)/Users.xml", Self.users)
    try fixture.write("\(folder)/Posts.xml", Self.posts)
    try fixture.write("\(folder)/Comments.xml", Self.comments)
    try fixture.write("\(folder)/PostHistory.xml", Self.postHistory)
    return fixture.path(folder)
  }

  @Test func usersBecomePeopleByAccountIdElseSiteId() throws {
    let result = try readAll(try writeDump(try Fixture()))
    let directory = result.people.filter { !$0.id.contains(":deleted:") }
    #expect(directory.map(\.id) == ["se:-1", "se:900", "se:901", "cooking:3"])
    #expect(directory.map(\.name) == ["Community", "Ann & Co", "Björn", "No Account"])
    #expect(directory.map(\.isBot) == [true, false, false, false])
    #expect(result.diagnostics.count(of: "missing_id") == 1)
  }

  @Test func questionsAnswersAndCommentsAnswerTheirParentPost() throws {
    let result = try readAll(try writeDump(try Fixture()))
    let byID = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, $0) })
    #expect(byID["cooking/post/10"]?.replyTo == nil)
    #expect(byID["cooking/post/10"]?.author == "se:900")
    #expect(byID["cooking/post/10"]?.channel == "cooking")
    #expect(byID["cooking/post/10"]?.time == Date(timeIntervalSince1970: 1_577_872_800))
    #expect(byID["cooking/post/11"]?.replyTo == "cooking/post/10")
    #expect(byID["cooking/comment/10"]?.replyTo == "cooking/post/11")
    #expect(byID["cooking/comment/10"]?.author == "se:900")
    #expect(byID["cooking/comment/13"]?.replyTo == "cooking/post/12")
    // A user id that Users.xml does not list keeps the site's id.
    #expect(byID["cooking/post/19"]?.author == "cooking:77")
    // Edits are not read: the question keeps its owner, PostHistory.xml yields nothing.
    #expect(byID["cooking/post/13"]?.author == "cooking:3")
    #expect(result.messages.count == 9)
  }

  @Test func commentMentionsNameEarlierCommentersOrThePostOwnerByPrefix() throws {
    let result = try readAll(try writeDump(try Fixture()))
    let byID = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, $0) })
    // "@Björn" on Björn's answer: the post's owner.
    #expect(byID["cooking/comment/10"]?.mentions == ["se:901"])
    // "@ann-" is "ann", a prefix of Ann's key "ann&co" (an earlier commenter); "@An" is too short, "@nobody" and
    // "@annco" name no candidate.
    #expect(byID["cooking/comment/14"]?.mentions == ["se:900"])
    #expect(byID["cooking/comment/13"]?.mentions == [])
    #expect(StackExchangeCommentMentions.tokens("@T.E.D. @ab @Tom_Au- x@yes") == ["t.e.d", "tom_au", "yes"])
  }

  @Test func deletedUsersWriteUnderTheirDisplayNameOnce() throws {
    let result = try readAll(try writeDump(try Fixture()))
    let deleted = result.people.filter { $0.id.contains(":deleted:") }
    #expect(deleted.map(\.id) == ["cooking:deleted:gone"])
    #expect(deleted.first?.name == "gone")
    let authors = result.messages.filter { $0.author == "cooking:deleted:gone" }.map(\.id)
    #expect(authors == ["cooking/post/12", "cooking/comment/11"])
    #expect(result.diagnostics.count(of: "deleted_user") == 2)
  }

  @Test func skippedRowsAreCountedByReason() throws {
    let result = try readAll(try writeDump(try Fixture()))
    #expect(result.skippedCounts == [
      "missing_parent": 2, "missing_owner": 1, "tag_wiki": 1, "unknown_post_type": 1, "invalid_timestamp": 1,
      "malformed_row": 1,
    ])
    // 11 post rows and 5 comment rows: every one is a message or a skip.
    #expect(result.messages.count + result.skipped.count == 16)
    let malformed = result.diagnostics.kinds.first { $0.kind == "malformed_xml_row" }?.examples.first
    #expect(malformed?.location?.path.hasSuffix("cooking/Posts.xml") == true)
    #expect(malformed?.location?.line == 13)
  }

  @Test func corpusResolvesRepliesToPostOwners() throws {
    let corpus = try CorpusLoader.load([try writeDump(try Fixture())], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.format == "stackexchange")
    #expect(input.reconciles)
    let pairs = corpus.interactions.map { "\(corpus.people[Int($0.source)].id)>\(corpus.people[Int($0.target)].id)" }
    // 11 → 10 (901 → 900), 12 → 10 (gone → 900), comment 10 → 11 (900 → 901),
    // comment 11 → 10 (gone → 900), the mentions of comment 10 (900 → 901) and comment 14 (901 → 900; its reply
    // to 901's own answer is a self-interaction),
    // comment 13 → 12 (901 → gone); 19 → 15 finds no message (15 has no owner).
    #expect(pairs.sorted() == [
      "cooking:deleted:gone>se:900", "cooking:deleted:gone>se:900", "se:900>se:901", "se:900>se:901",
      "se:901>cooking:deleted:gone", "se:901>se:900", "se:901>se:900",
    ])
    #expect(corpus.interactionCounts[.mention] == 2)
    #expect(corpus.diagnostics.count(of: "reply_target_missing") == 1)
  }

  @Test func zipWithSiteFolderIsDetectedAndNamesTheSite() throws {
    let fixture = try Fixture()
    _ = try writeDump(fixture, folder: "dump/cooking.stackexchange.com")
    let zip = try fixture.zip("dump")
    let result = try readAll(zip)
    #expect(result.messages.first?.channel == "cooking.stackexchange.com")
    #expect(result.messages.count == 9)
  }

  @Test func singlePostsFileIsDetectedByItsRootElement() throws {
    let fixture = try Fixture()
    let path = try fixture.write("site/export.xml", Self.posts)
    let result = try readAll(path)
    #expect(result.messages.count == 5)
    #expect(result.messages.first?.channel == "site")
    #expect(result.messages.first?.author == "site:1")
  }

  @Test func fileThatIsNotXMLThrowsWithPosition() throws {
    let fixture = try Fixture()
    try fixture.write("s/Posts.xml", "Id,PostTypeId\n1,1\n")
    let folder = fixture.path("s")
    let error = importError { () throws(ImportError) in try readAll(folder) }
    #expect(error == .invalidXML(path: fixture.path("s") + "/Posts.xml", line: 1, column: 1,
                                 detail: "expected '<' (the file does not start like XML)"))
  }

  @Test func realPostsCutMidRowKeepEveryWholeRowAndSkipTheCutOne() throws {
    let source = TestPaths.sharedData("stackexchange-history-meta/Posts.xml")
    let bytes = try Data(contentsOf: source)
    let cut = bytes.prefix(bytes.count / 2)
    // Each row starts a line with "<row "; the cut falls inside the last one begun (checked below).
    let begun = String(decoding: cut, as: UTF8.self).components(separatedBy: "<row ").count - 1
    #expect(!String(decoding: cut.suffix(200), as: UTF8.self).hasSuffix("/>\n"))
    let fixture = try Fixture()
    try FileManager.default.createDirectory(at: fixture.directory.appendingPathComponent("site"),
                                            withIntermediateDirectories: true)
    try cut.write(to: fixture.directory.appendingPathComponent("site/Posts.xml"))
    let result = try readAll(fixture.path("site"))
    #expect(result.messages.count + result.skipped.count == begun)
    #expect(result.skippedCounts["malformed_row"] == 1)
    #expect(result.diagnostics.count(of: "malformed_xml_row") == 1)
  }
}
