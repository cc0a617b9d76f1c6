extension SlackExport {
  /// `users.json`: people with an account in org-chart order, then the contractor, then the bot user.
  func usersJSON() -> JSONText {
    var users: [JSONText] = []
    for person in organisation.people {
      guard let id = person.slackID else { continue }
      users.append(
        userJSON(
          id: id, handle: person.handle, realName: person.name, first: person.firstName, last: person.lastName,
          title: person.title, email: person.email, flags: (person.level == .executive, false, false), botID: nil))
    }
    let contractor = organisation.contractor
    let parts = contractor.realName.split(separator: " ").map(String.init)
    users.append(
      userJSON(
        id: contractor.slackID, handle: contractor.handle, realName: contractor.realName, first: parts.first ?? "",
        last: parts.last ?? "", title: contractor.title, email: contractor.email, flags: (false, true, false),
        botID: nil))
    let bot = organisation.botUser
    users.append(
      userJSON(
        id: bot.slackID, handle: bot.handle, realName: bot.realName, first: "", last: "", title: "", email: nil,
        flags: (false, false, true), botID: bot.botID))
    return .array(users)
  }

  private func userJSON(
    id: String, handle: String, realName: String, first: String, last: String, title: String, email: String?,
    flags: (admin: Bool, restricted: Bool, bot: Bool), botID: String?
  ) -> JSONText {
    var profile: [(String, JSONText)] = [
      ("title", .string(title)), ("phone", .string("")), ("real_name", .string(realName)),
      ("real_name_normalized", .string(realName)), ("display_name", .string(flags.bot ? "" : first)),
      ("display_name_normalized", .string(flags.bot ? "" : first)),
    ]
    if let email { profile.append(("email", .string(email))) }
    if let botID { profile.append(("bot_id", .string(botID))) }
    profile += [("first_name", .string(first)), ("last_name", .string(last)), ("fields", .null)]
    return .object([
      ("id", .string(id)), ("team_id", .string(organisation.teamID)), ("name", .string(handle)),
      ("deleted", .bool(false)), ("real_name", .string(realName)), ("tz", .string("Etc/UTC")),
      ("tz_label", .string("Coordinated Universal Time")), ("tz_offset", .integer(0)), ("profile", .object(profile)),
      ("is_admin", .bool(flags.admin)), ("is_owner", .bool(flags.admin)), ("is_restricted", .bool(flags.restricted)),
      ("is_ultra_restricted", .bool(false)), ("is_bot", .bool(flags.bot)), ("is_app_user", .bool(false)),
    ])
  }

  /// `channels.json`: every channel with its members (Slack ids, sorted), topic and purpose.
  func channelsJSON() -> JSONText {
    let creator = organisation.people.first?.slackID ?? ""
    let createdText = JSONText.string(String(created))
    return .array(
      channels.enumerated().map { index, channel in
        .object([
          ("id", .string(channelIDs[index])), ("name", .string(channel.name)), ("created", createdText),
          ("creator", .string(creator)), ("is_archived", .bool(false)), ("is_general", .bool(channel.isGeneral)),
          ("members", .array(members(of: channel).map { .string($0) })),
          ("topic", .object([("value", .string("")), ("creator", .string("")), ("last_set", .string("0"))])),
          ("purpose",
            .object([("value", .string(channel.purpose)), ("creator", .string(creator)), ("last_set", createdText)])),
        ])
      })
  }

  private func members(of channel: SampleChannel) -> [String] {
    var ids = organisation.people.filter { channel.admits($0) }.compactMap(\.slackID)
    if channel.department == nil { ids.append(organisation.contractor.slackID) }
    if channel.department == 0 { ids.append(organisation.botUser.slackID) }
    return ids.sorted()
  }

  /// `integration_logs.json`: the deploy bot app and the reminder integration, added by the CEO.
  func integrationLogsJSON() -> JSONText {
    let ceo = organisation.people.first
    let common: [(String, JSONText)] = [
      ("user_id", .string(ceo?.slackID ?? "")), ("user_name", .string(ceo?.handle ?? "")),
      ("date", .string(String(created))), ("change_type", .string("added")),
    ]
    return .array([
      .object(
        common + [
          ("app_type", .string(organisation.botUser.realName)), ("app_id", .string("A0DEPLOYBOT")),
          ("scope", .string("chat:write")),
        ]),
      .object(
        common + [
          ("service_id", .string(organisation.integrationBotID)),
          ("service_type", .string(organisation.integrationName)), ("scope", .string("incoming-webhook")),
        ]),
    ])
  }
}
