import ConversationModel
import Foundation

/// The directory files of a Yammer / Viva Engage network export: people from `Users.csv`, group names from
/// `Groups.csv` (FORMATS.md §2). Both are optional; an export without them still reads its messages.
///
/// Choices: a person's id is `id`, their name `name`, e-mail `email`, title `job_title` (or `title`), department
/// `department`. Deleted and suspended users (`deleted_at`, `suspended_at`, `state`) stay people: their past
/// messages are real talk. A user row without an id, or with broken quoting, is a warning and is left out
/// (directory rows are not content records, so they are not tallied).
///
/// - Complexity: O(size of the two files).
struct YammerDirectory {
  var people: [PersonRecord] = []
  /// Group id → group name.
  var groupNames: [String: String] = [:]

  /// Reads `usersEntry` and `groupsEntry` of `input` when given.
  /// - Throws: read errors, and `ImportError.missingColumn` for a `Users.csv` or `Groups.csv` without `id`.
  init(input: InputSource, usersEntry: String?, groupsEntry: String?, diagnostics: inout DiagnosticLog)
    throws(ImportError)
  {
    if let usersEntry {
      var table = try HeaderTable(
        stream: try input.stream(of: usersEntry), path: input.displayPath(of: usersEntry), required: ["id"])
      while let row = try table.nextOrError(diagnostics: &diagnostics) {
        guard case .record(let record) = row else { continue }
        guard let id = table.value("id", in: record) else {
          diagnostics.emit(Diagnostic(.warning, kind: "invalid_user", message: "user row has no id; left out",
                                      location: table.location("id", in: record)))
          continue
        }
        people.append(
          PersonRecord(
            id: id, name: table.value("name", in: record), email: table.value("email", in: record),
            title: table.value("job_title", in: record) ?? table.value("title", in: record),
            department: table.value("department", in: record), location: table.location(nil, in: record)))
      }
    }
    if let groupsEntry {
      var table = try HeaderTable(
        stream: try input.stream(of: groupsEntry), path: input.displayPath(of: groupsEntry), required: ["id"])
      while let row = try table.nextOrError(diagnostics: &diagnostics) {
        guard case .record(let record) = row, let id = table.value("id", in: record),
          let name = table.value("name", in: record)
        else { continue }
        groupNames[id] = name
      }
    }
  }
}
