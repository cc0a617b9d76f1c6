import Foundation

/// One person of the synthetic organisation as planted: org-chart identity, Slack identity and role.
public struct SamplePerson: Sendable, Hashable {
  /// The org-chart id (`e001`, …); the CEO is `e001`.
  public var personID: String
  /// The Slack user id (`U…`); nil for the one person who has no Slack account.
  public var slackUserID: String?
  public var name: String
  public var email: String
  public var title: String
  public var department: String
  /// The manager's org-chart id; nil for the CEO.
  public var managerID: String?
  /// The level by depth in the manager tree: CEO 0, directors 1, managers 2, staff 3.
  public var level: SampleLevel
  /// The lognormal activity weight used to draw authors (0 for people who never post).
  public var activity: Double
  public var isSilent: Bool
  public var isBroker: Bool
}

/// The realised figures of one calendar month, counted from the generated messages.
public struct SampleMonthFigures: Sendable, Hashable {
  /// `YYYY-MM`.
  public var month: String
  /// The planted probability that a reply or mention crosses departments this month.
  public var plannedCrossDepartmentShare: Double
  /// Thread roots written by people (bots and the contractor excluded).
  public var threads: Int
  /// Replies from a person to a thread root written by another person.
  public var replies: Int
  /// Of `replies`, those whose author and root author are in different departments ("Executive" counts as
  /// the CEO's department).
  public var crossDepartmentReplies: Int
  /// Person-to-person mentions (distinct people per message, self excluded).
  public var mentions: Int
  /// Of `mentions`, those crossing departments.
  public var crossDepartmentMentions: Int

  /// `crossDepartmentReplies / replies`, 0 when there are no replies.
  public var crossDepartmentReplyShare: Double {
    replies == 0 ? 0 : Double(crossDepartmentReplies) / Double(replies)
  }
}

/// The planted truth behind a sample, so tests and users can check that an analysis recovers it.
///
/// Every count here is counted from the generated messages as they were written (not from the plan), so an
/// importer plus analysis run over the export must reproduce them exactly.
public struct SampleManifest: Sendable, Hashable {
  public var parameters: SampleParameters
  /// Department names in order, the CEO's "Executive" last.
  public var departments: [String]
  /// Every person of the org chart, in org-chart order.
  public var people: [SamplePerson]
  /// Slack user ids of the brokers (people whose replies and mentions cross departments more often).
  public var brokerUserIDs: [String]
  /// Slack user ids of people with an account who never post, react or get mentioned.
  public var silentUserIDs: [String]
  /// Slack user ids of `is_bot` users (one: the deploy bot).
  public var botUserIDs: [String]
  /// `bot_id`s of integrations that post `bot_message` messages without a user (one).
  public var integrationBotIDs: [String]
  /// Org-chart ids of people without a Slack account (one).
  public var orgChartOnlyPersonIDs: [String]
  /// Slack user ids of people who are not in the org chart (one, a contractor).
  public var slackOnlyUserIDs: [String]
  /// `replyCounts[replier][author]`: replies by level pair over the whole period (indices are
  /// `SampleLevel.rawValue`); person-to-person only.
  public var replyCounts: [[Int]]
  /// Replies from people to messages of the deploy bot (interactions with a bot: never graph edges).
  public var repliesToBots: Int
  /// Every message object in the export (joins and bot messages included).
  public var messageCount: Int
  /// Figures per calendar month, in order.
  public var months: [SampleMonthFigures]
}

/// Everything a sample consists of: the export, the org chart and the planted truth.
public struct SampleOutput: Sendable {
  /// A Slack workspace export (`users.json`, `channels.json`, `integration_logs.json`,
  /// `<channel>/YYYY-MM-DD.json`) as zip bytes.
  public var slackExportZip: Data
  /// The org chart, `person_id,name,email,title,department,manager_id`, UTF-8 with `\n` line ends.
  public var orgChartCSV: Data
  public var manifest: SampleManifest
}
