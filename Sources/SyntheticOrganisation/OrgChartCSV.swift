import Foundation

/// Writes the org chart as CSV: `person_id,name,email,title,department,manager_id`.
///
/// Choices: one row per person in org-chart order (CEO first, empty `manager_id`); no level column, so
/// levels must come from the manager tree; fields with a comma, quote or line break are quoted (RFC 4180);
/// `\n` line ends; the file ends with a line break.
/// - Complexity: O(n) for n people.
enum OrgChartCSV {
  static let header = ["person_id", "name", "email", "title", "department", "manager_id"]

  static func bytes(_ organisation: SampleOrganisation) -> [UInt8] {
    var lines = [header.joined(separator: ",")]
    for person in organisation.people {
      let manager = person.manager.map { organisation.people[$0].orgID } ?? ""
      let fields = [
        person.orgID, person.name, person.email, person.title, organisation.departmentName(person.department),
        manager,
      ]
      lines.append(fields.map(quoted).joined(separator: ","))
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
