import Foundation
import OrgAnalysis

/// The people in one role or persona (`crosstalk people --role`), with score and reasons, as a table, CSV or
/// JSON.
public enum RoleListing {
  /// A role (ranked by score) or a persona (people-table order, reasons from their counts).
  public enum Role: String, Sendable, CaseIterable {
    case influencer
    case bridgeBuilder = "bridge-builder"
    case ambassador
    case engager, catalyst, responder, broadcaster, observer

    /// The persona this role lists, `nil` for the three ranked roles.
    public var persona: Persona? { Persona(rawValue: rawValue) }
  }

  /// One listed person; `score` is `nil` for personas.
  public struct Line: Sendable, Equatable {
    public var rank: Int
    public var id: String
    public var name: String?
    public var department: String?
    public var level: String?
    public var score: Double?
    public var reasons: [String]
  }

  /// Everyone in `role`, best first for the ranked roles, restricted to a department and a level when given.
  /// - Complexity: O(n).
  public static func lines(_ analysis: Analysis, role: Role, department: String? = nil, level: String? = nil)
    -> [Line]
  {
    let keep = { (entryDepartment: String?, entryLevel: String?) in
      (department == nil || entryDepartment == department) && (level == nil || entryLevel == level)
    }
    if let persona = role.persona {
      return analysis.people.filter { $0.persona == persona && keep($0.department, $0.level) }.enumerated().map {
        Line(rank: $0 + 1, id: $1.id, name: $1.name, department: $1.department, level: $1.level, score: nil,
             reasons: [counts($1)])
      }
    }
    guard let roles = analysis.roles else { return [] }
    let entries =
      switch role {
      case .influencer: roles.influencers
      case .bridgeBuilder: roles.bridgeBuilders
      default: roles.ambassadors
      }
    return entries.filter { keep($0.department, $0.level) }.enumerated().map {
      Line(rank: $0 + 1, id: $1.id, name: $1.name, department: $1.department, level: $1.level, score: $1.score,
           reasons: $1.reasons)
    }
  }

  private static func counts(_ row: Analysis.PersonRow) -> String {
    "\(row.messages) messages, \(row.repliesSent) replies sent, \(row.repliesReceived) replies received"
  }

  /// A terminal table: rank, person, id, department, level, score and reasons.
  public static func table(_ lines: [Line]) -> String {
    var table = TextTable([
      ("#", .right), ("person", .left), ("id", .left), ("department", .left), ("level", .left), ("score", .right),
      ("reasons", .left),
    ])
    for line in lines {
      table.append([
        String(line.rank), line.name ?? "", line.id, line.department ?? "", line.level ?? "",
        line.score.map(Readable.score) ?? "", line.reasons.joined(separator: "; "),
      ])
    }
    return table.rendered(.terminal)
  }

  /// Header `rank,id,name,department,level,score,reasons`; reasons joined by `; `.
  public static func csv(_ lines: [Line]) -> String {
    var output = "rank,id,name,department,level,score,reasons\n"
    for line in lines {
      let fields = [
        String(line.rank), line.id, line.name ?? "", line.department ?? "", line.level ?? "",
        line.score.map(JSONValue.format) ?? "", line.reasons.joined(separator: "; "),
      ]
      output += fields.map(PeopleTable.csvField).joined(separator: ",") + "\n"
    }
    return output
  }

  /// `{"role", "people": [{rank, id, name, department, level, score, reasons}]}` with a final newline.
  public static func json(_ lines: [Line], role: Role) -> String {
    let people = lines.map { line in
      JSONValue.object([
        ("rank", .integer(line.rank)), ("id", .string(line.id)), ("name", .optional(line.name)),
        ("department", .optional(line.department)), ("level", .optional(line.level)),
        ("score", .optional(line.score)), ("reasons", .array(line.reasons.map(JSONValue.string))),
      ])
    }
    return JSONValue.object([("role", .string(role.rawValue)), ("people", .array(people))]).serialized() + "\n"
  }
}
