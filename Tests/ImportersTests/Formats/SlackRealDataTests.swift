import ConversationModel
import Foundation
import Testing
import TestSupport
import ZIPFoundation

@testable import Importers

/// The genuine houstondatavis export (shared/data), as a folder and as a zip made at test time.
///
/// Expected numbers come from this Python 3 script run over the folder (`talk` = subtypes read as messages):
/// ```
/// import json, glob, re, collections
/// talk = {None, 'thread_broadcast', 'file_share', 'file_comment', 'bot_message', 'me_message'}
/// used = 0; skipped = collections.Counter(); mentions = reactions = 0
/// for f in glob.glob('*/*.json'):
///   for m in json.load(open(f)):
///     st = m.get('subtype')
///     if st not in talk: skipped[st] += 1; continue
///     used += 1
///     author = m['comment']['user'] if st == 'file_comment' else m.get('user')
///     text = m['comment']['comment'] if st == 'file_comment' else m.get('text', '')
///     ms = list(dict.fromkeys(re.findall(r'<@([A-Za-z0-9]+)(?:\|[^>]*)?>', text)))
///     if st in ('file_share', 'file_comment'): ms = [x for x in ms if x != author]
///     mentions += len(ms); reactions += sum(len(r.get('users', [])) for r in m.get('reactions', []))
/// print(used, dict(skipped), mentions, reactions)   # 1031, {...351 in all}, 155, 198
/// ```
/// and `len(json.load(open('users.json')))` = 71 with no `is_bot`.
@Suite struct SlackRealDataTests {
  static let expectedSkipped = [
    "channel_join": 320, "channel_purpose": 13, "channel_archive": 9, "channel_leave": 3, "channel_name": 2,
    "channel_topic": 2, "bot_add": 1, "pinned_item": 1,
  ]

  private func check(_ result: ReadResult) {
    #expect(result.people.count == 71)
    #expect(result.people.allSatisfy { !$0.isBot })
    #expect(result.messages.count == 1031)
    #expect(result.skippedCounts == Self.expectedSkipped)
    #expect(result.messages.count + result.skipped.count == 1382)
    #expect(result.messages.reduce(0) { $0 + $1.mentions.count } == 155)
    #expect(result.messages.reduce(0) { $0 + $1.reactions.count } == 198)
    #expect(result.messages.allSatisfy { $0.replyTo == nil })
    #expect(result.diagnostics.count(of: "unlisted_channel_folder") == 0)
  }

  @Test func houstonDataVisFolder() throws {
    let path = TestPaths.sharedData("slack-houstondatavis").path
    check(try readAll(path))
    let corpus = try CorpusLoader.load([path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(input.recordsRead == 1382)
    #expect(input.recordsUsed == 1031)
    #expect(input.recordsSkipped == Self.expectedSkipped)
  }

  @Test func houstonDataVisZip() throws {
    let fixture = try Fixture()
    let archive = fixture.directory.appendingPathComponent("houstondatavis.zip")
    try FileManager.default.zipItem(
      at: TestPaths.sharedData("slack-houstondatavis"), to: archive, shouldKeepParent: false,
      compressionMethod: .deflate)
    let result = try readAll(archive.path)
    check(result)
    #expect(result.messages.first?.location?.path.hasPrefix(archive.path + "!") == true)
  }
}
