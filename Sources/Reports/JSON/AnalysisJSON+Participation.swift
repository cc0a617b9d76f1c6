import OrgAnalysis

extension AnalysisJSON {
  /// `participation` (docs/json.md): Gini, Lorenz curve, 90-9-1 split, top shares and active share.
  static func participationMembers(_ analysis: Analysis) -> [(String, JSONValue)] {
    guard let participation = analysis.participation else { return [] }
    let lorenz = participation.lorenz.map { point in
      JSONValue.object([
        ("people_share", .number(point.peopleShare)), ("message_share", .number(point.messageShare)),
      ])
    }
    return [
      (
        "participation",
        .object([
          ("people", .integer(participation.people)), ("posters", .integer(participation.posters)),
          ("messages", .integer(participation.messages)), ("gini", .number(participation.gini)),
          ("lorenz", .array(lorenz)),
          ("creators", .integer(participation.creators)), ("contributors", .integer(participation.contributors)),
          ("observers", .integer(participation.observers)),
          ("top_1_percent_share", .optional(participation.topOnePercentShare)),
          ("top_10_percent_share", .optional(participation.topTenPercentShare)),
          ("active_share", .optional(participation.activeShare)),
        ])
      )
    ]
  }
}
