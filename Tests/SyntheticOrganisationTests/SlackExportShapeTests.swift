import Foundation
import SyntheticOrganisation
import Testing

@Suite struct SlackExportShapeTests {
  @Test func zipHoldsDirectoryFilesAndDayFilesOfEveryChannel() throws {
    let sample = try SlackExportFixture.standardSample()
    #expect(Array(sample.entryPaths.prefix(3)) == ["users.json", "channels.json", "integration_logs.json"])
    let names = sample.channels.map(\.name)
    #expect(names == ["general", "random", "projects", "engineering", "sales", "operations", "marketing", "finance"])
    for name in names {
      #expect(sample.entryPaths.contains("\(name)/"))
      let dayFiles = sample.entryPaths.filter { $0.hasPrefix("\(name)/") && $0.hasSuffix(".json") }
      #expect(!dayFiles.isEmpty, "no day files in \(name)")
      let pattern = #"^[a-z-]+/2026-0[1-6]-[0-3][0-9]\.json$"#
      #expect(dayFiles.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil })
    }
  }

  @Test func usersHaveSlackIdsAndExampleDotComEmails() throws {
    let sample = try SlackExportFixture.standardSample()
    // 60 people, minus the one without an account, plus the contractor and the bot user.
    #expect(sample.users.count == 61)
    #expect(Set(sample.users.map(\.id)).count == sample.users.count)
    #expect(sample.users.allSatisfy { $0.id.hasPrefix("U") && $0.id.count == 9 && !$0.deleted })
    let people = sample.users.filter { !$0.is_bot }
    #expect(people.allSatisfy { $0.profile.email?.hasSuffix("@example.com") == true })
    #expect(sample.users.filter(\.is_bot).map(\.id) == sample.output.manifest.botUserIDs)
  }

  @Test func everyMessageUserIsInUsersJSON() throws {
    let sample = try SlackExportFixture.standardSample()
    let ids = Set(sample.users.map(\.id))
    for message in sample.allMessages {
      if message.subtype == "bot_message" {
        #expect(message.user == nil && message.bot_id == sample.output.manifest.integrationBotIDs.first)
      } else {
        #expect(message.user.map(ids.contains) == true, "unknown user in \(message.ts)")
      }
      for reaction in message.reactions ?? [] {
        #expect(reaction.users.allSatisfy(ids.contains) && reaction.count == reaction.users.count)
      }
    }
  }

  @Test func tsIsUniquePerChannelAndShapedLikeSlack() throws {
    let sample = try SlackExportFixture.standardSample()
    for (channel, messages) in sample.messages {
      #expect(Set(messages.map(\.ts)).count == messages.count, "duplicate ts in \(channel)")
      #expect(messages.allSatisfy { $0.ts.range(of: #"^[0-9]{10}\.[0-9]{6}$"#, options: .regularExpression) != nil })
      #expect(messages.map(\.ts) == messages.map(\.ts).sorted(), "messages of \(channel) not in ts order")
    }
  }

  @Test func everyReplyAnswersARootInTheSameChannel() throws {
    let sample = try SlackExportFixture.standardSample()
    var replies = 0
    for (channel, messages) in sample.messages {
      let roots = Dictionary(messages.filter(\.isRoot).map { ($0.ts, $0) }, uniquingKeysWith: { first, _ in first })
      for message in messages where message.isReply {
        replies += 1
        let root = try #require(roots[message.thread_ts ?? ""], "reply \(message.ts) in \(channel) has no root")
        #expect(message.parent_user_id == root.user)
        #expect(message.ts > root.ts)
      }
      for root in roots.values {
        let threadReplies = messages.filter { $0.isReply && $0.thread_ts == root.ts }
        #expect(root.reply_count == threadReplies.count)
        #expect(Set(root.reply_users ?? []) == Set(threadReplies.compactMap(\.user)))
        #expect(root.latest_reply == threadReplies.map(\.ts).max())
      }
    }
    let manifest = sample.output.manifest
    #expect(replies == manifest.replyCounts.joined().reduce(0, +) + manifest.repliesToBots)
  }

  @Test func slackSpecificsAppear() throws {
    let sample = try SlackExportFixture.standardSample()
    let messages = sample.allMessages
    let subtypes = Set(messages.compactMap(\.subtype))
    #expect(subtypes == ["channel_join", "thread_broadcast", "bot_message"])
    #expect(messages.count == sample.output.manifest.messageCount)
    let blockMentions = messages.filter { $0.blocks != nil }
    #expect(!blockMentions.isEmpty)
    for message in blockMentions {
      let users = (message.blocks ?? []).flatMap(\.elements).flatMap { $0.elements ?? [] }.compactMap(\.user_id)
      let tokens = users.map { "<@\($0)>" }
      #expect(!users.isEmpty && tokens.allSatisfy(message.text.contains))
    }
    #expect(messages.contains { $0.reactions != nil })
    #expect(messages.contains { $0.user == sample.output.manifest.botUserIDs.first && $0.bot_id != nil })
  }

  @Test func channelMembersAreUsers() throws {
    let sample = try SlackExportFixture.standardSample()
    let ids = Set(sample.users.map(\.id))
    for channel in sample.channels {
      #expect(channel.id.hasPrefix("C") && !channel.members.isEmpty && channel.members.allSatisfy(ids.contains))
      #expect(Int(channel.created) != nil && ids.contains(channel.creator))
    }
    let general = try #require(sample.channels.first)
    #expect(general.members.count == sample.users.count - 1)  // everyone but the bot user
  }
}
