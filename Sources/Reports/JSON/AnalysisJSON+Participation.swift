import OrgAnalysis

extension AnalysisJSON {
  /// `participation` (docs/json.md): Gini, Lorenz curve, 90-9-1 split, top shares and active share of the whole
  /// network, then `by_department`, `by_level`, `by_channel` and `windows` (with `--window`); and `health`.
  static func participationMembers(_ analysis: Analysis) -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = []
    if let participation = analysis.participation {
      var object = participationFields(participation)
      if let breakdown = analysis.participationBreakdown { object += breakdownMembers(breakdown, participationFields) }
      members.append(("participation", .object(object)))
    }
    if let health = analysis.health {
      members.append(("health", .object(healthFields(health.whole) + breakdownMembers(health, healthFields))))
    }
    return members
  }

  /// `by_department`, `by_level`, `by_channel` (entries: `name` then the figure's keys) and, when windows were
  /// asked for, `windows` (entries: `label`, `start`, `end`, then the figure's keys).
  private static func breakdownMembers<Value>(
    _ breakdown: Breakdown<Value>, _ fields: (Value) -> [(String, JSONValue)]
  ) -> [(String, JSONValue)] {
    func groups(_ groups: [Breakdown<Value>.Group]) -> JSONValue {
      .array(groups.map { .object([("name", .string($0.name))] + fields($0.value)) })
    }
    var members = [
      ("by_department", groups(breakdown.byDepartment)), ("by_level", groups(breakdown.byLevel)),
      ("by_channel", groups(breakdown.byChannel)),
    ]
    if !breakdown.windows.isEmpty {
      members.append(("windows", .array(breakdown.windows.map { .object(period($0.window) + fields($0.value)) })))
    }
    return members
  }

  private static func participationFields(_ participation: Participation) -> [(String, JSONValue)] {
    let lorenz = participation.lorenz.map { point in
      JSONValue.object([
        ("people_share", .number(point.peopleShare)), ("message_share", .number(point.messageShare)),
      ])
    }
    return [
      ("people", .integer(participation.people)), ("posters", .integer(participation.posters)),
      ("messages", .integer(participation.messages)), ("gini", .number(participation.gini)),
      ("lorenz", .array(lorenz)),
      ("creators", .integer(participation.creators)), ("contributors", .integer(participation.contributors)),
      ("observers", .integer(participation.observers)),
      ("top_1_percent_share", .optional(participation.topOnePercentShare)),
      ("top_10_percent_share", .optional(participation.topTenPercentShare)),
      ("active_share", .optional(participation.activeShare)),
    ]
  }

  private static func healthFields(_ health: ConversationHealth) -> [(String, JSONValue)] {
    [
      ("threads", .integer(health.threads)), ("size", statistics(health.size)), ("depth", statistics(health.depth)),
      ("answered", .integer(health.answered)), ("unanswered", .integer(health.unanswered)),
      ("unanswered_share", .optional(health.unansweredShare)),
      ("time_to_first_reply", statistics(health.timeToFirstReply)),
      ("undated_threads", .integer(health.undatedThreads)),
      ("answered_without_time", .integer(health.answeredWithoutTime)),
      ("replies", .integer(health.replies)), ("orphan_replies", .integer(health.orphanReplies)),
      ("reply_to_post_ratio", .optional(health.replyToPostRatio)),
      ("ties", .integer(health.ties)), ("reciprocated_ties", .integer(health.reciprocatedTies)),
      ("reciprocity", .optional(health.reciprocity)),
    ]
  }

  private static func statistics(_ statistics: ConversationHealth.Statistics) -> JSONValue {
    .object([
      ("count", .integer(statistics.count)), ("mean", .optional(statistics.mean)),
      ("median", .optional(statistics.median)), ("percentile_90", .optional(statistics.percentile90)),
      ("maximum", .optional(statistics.maximum)),
    ])
  }
}
