import ConversationModel
import GraphMetrics
import OrgAnalysis

/// The JSON document of `crosstalk analyze --format json`: one object with the keys of DESIGN.md, in its order,
/// snake_case; documented key by key in `docs/json.md`.
public enum AnalysisJSON {
  public static let schema = "crosstalk.analysis/1"

  public static func document(_ analysis: Analysis) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("schema", .string(schema)),
      ("inputs", .array(analysis.inputs.map(input))),
      ("diagnostics", diagnostics(analysis.diagnostics)),
      ("summary", summary(analysis.summary)),
      ("people", .array(analysis.people.map(person))),
    ]
    if let levels = analysis.levels {
      let object = appendingWindows(to: self.levels(levels), analysis.windows) { $0.levels.map(self.levels) }
      members.append(("levels", object))
    }
    if let groups = analysis.groups {
      let object = appendingWindows(to: self.groups(groups), analysis.windows) { $0.groups.map(self.groups) }
      members.append(("groups", object))
    }
    members.append(contentsOf: hierarchyMembers(analysis))
    members.append(contentsOf: participationMembers(analysis))
    members.append(contentsOf: rolesMembers(analysis))
    if let org = analysis.org { members.append(("org", self.org(org))) }
    members.append(contentsOf: privacyMembers(analysis))
    if let windows = analysis.windows { members.append(("trends", trends(windows))) }
    return .object(members)
  }

  /// The serialized document with a final newline.
  public static func render(_ analysis: Analysis) -> String { document(analysis).serialized() + "\n" }

  private static func input(_ input: InputSummary) -> JSONValue {
    .object([
      ("path", .string(input.path)), ("format", .string(input.format)),
      ("records_read", .integer(input.recordsRead)), ("records_used", .integer(input.recordsUsed)),
      (
        "records_skipped", .object(input.recordsSkipped.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })
      ),
    ])
  }

  static func diagnostics(_ log: DiagnosticLog) -> JSONValue {
    .object([
      ("counts", .object(log.kinds.map { ($0.kind, .integer($0.count)) })),
      ("examples", .array(log.kinds.flatMap(\.examples).map(diagnostic))),
    ])
  }

  private static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("kind", .string(diagnostic.kind)), ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
    ]
    if let location = diagnostic.location {
      var position: [(String, JSONValue)] = [("path", .string(location.path))]
      if let line = location.line { position.append(("line", .integer(line))) }
      if let column = location.column { position.append(("column", .integer(column))) }
      if let entry = location.entry { position.append(("entry", .integer(entry))) }
      members.append(("location", .object(position)))
    }
    if let value = diagnostic.value { members.append(("value", .string(value))) }
    return .object(members)
  }

  private static func summary(_ summary: Analysis.Summary) -> JSONValue {
    .object([
      ("people", .integer(summary.people)), ("active_people", .integer(summary.activePeople)),
      ("messages", .integer(summary.messages)), ("private_messages", .integer(summary.privateMessages)),
      (
        "interactions",
        .object(InteractionKind.allCases.map { ($0.rawValue, .integer(summary.interactions[$0] ?? 0)) })
      ),
      ("inferred_replies", .integer(summary.inferredReplies)),
      ("kinds", .array(summary.kinds.map { .string($0.rawValue) })),
      ("nodes", .integer(summary.nodes)), ("edges", .integer(summary.edges)),
      ("total_weight", .number(summary.totalWeight)), ("density", .number(summary.density)),
      ("reciprocity", .optional(summary.reciprocity)), ("weak_components", .integer(summary.weakComponents)),
      ("strong_components", .integer(summary.strongComponents)), ("communities", .integer(summary.communities)),
      ("modularity", .number(summary.modularity)),
      ("estimates", .object(summary.estimates.map { ($0.metric, method($0.method)) })),
    ])
  }

  /// `{"method": "exact"}` or `{"method": "sampled", "samples", "epsilon", "delta", "seed"}`.
  private static func method(_ method: Estimate.Method) -> JSONValue {
    switch method {
    case .exact: .object([("method", .string("exact"))])
    case .sampled(let samples, let epsilon, let delta, let seed):
      .object([
        ("method", .string("sampled")), ("samples", .integer(samples)), ("epsilon", .number(epsilon)),
        ("delta", .number(delta)), ("seed", .string(String(seed))),
      ])
    }
  }

  private static func person(_ row: Analysis.PersonRow) -> JSONValue {
    .object(PeopleTable.columns.map { column in (column.key, column.json(row)) })
  }

  static func levels(_ levels: LevelFlow) -> JSONValue {
    .object([
      ("order", .array(levels.order.map(JSONValue.string))), ("matrix", .matrix(levels.matrix)),
      ("expected", .matrix(levels.expected)), ("lift", .matrix(levels.lift)),
      ("upward_share", .number(levels.upwardShare)), ("downward_share", .number(levels.downwardShare)),
      ("lateral_share", .number(levels.lateralShare)), ("skip_level_share", .number(levels.skipLevelShare)),
      ("cross_level_share", .number(levels.crossLevelShare)), ("included_weight", .number(levels.includedWeight)),
      ("excluded_weight", .number(levels.excludedWeight)), ("answers_most", answersMost(levels)),
      ("assortativity", .optional(levels.assortativity)),
    ])
  }

  static func groups(_ groups: GroupMixing) -> JSONValue {
    .object([
      ("attribute", .string(groups.attribute)), ("order", .array(groups.order.map(JSONValue.string))),
      ("matrix", .matrix(groups.matrix)), ("expected", .matrix(groups.expected)), ("lift", .matrix(groups.lift)),
      ("ei_index", .optional(groups.eiIndex)), ("ei_p_value", .optional(groups.eiPValue)),
      ("permutations", .integer(groups.permutations)), ("excluded_weight", .number(groups.excludedWeight)),
      ("assortativity", .optional(groups.assortativity)),
      (
        "per_group",
        .array(
          groups.perGroup.map { group in
            .object([
              ("name", .string(group.name)), ("members", .integer(group.members)),
              ("internal_weight", .number(group.internalWeight)), ("external_weight", .number(group.externalWeight)),
              ("ei_index", .optional(group.eiIndex)),
            ])
          })
      ),
    ])
  }

  private static func org(_ org: Analysis.OrgJoinSummary) -> JSONValue {
    .object([
      ("entries", .integer(org.entries)), ("entries_with_level", .integer(org.entriesWithLevel)),
      ("matched_by_id", .integer(org.matchedByID)), ("matched_by_email", .integer(org.matchedByEmail)),
      ("matched_by_name", .integer(org.matchedByName)),
      ("unmatched_people", .array(org.unmatchedPeople.map(JSONValue.string))),
      ("unmatched_entries", .array(org.unmatchedEntries.map(JSONValue.string))),
    ] + derivation(org.derivation))
  }
}
