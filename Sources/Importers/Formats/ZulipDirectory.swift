import ConversationModel

/// What `realm.json` of a Zulip export says about people, conversations and reactions (FORMATS.md §8).
///
/// Definitions: one key per database table, each an array of row objects. People are `zerver_userprofile` rows:
/// id `id` (the number as text), name `full_name`, e-mail `delivery_email` (else `email`, which Zulip may have
/// replaced by a dummy address when e-mail visibility is restricted), bot `is_bot`. Titles and departments come
/// from custom profile fields (`zerver_customprofilefield` names the field, `zerver_customprofilefieldvalue` holds
/// each person's value) whose name is `Title`, `Job title`, `Position` or `Role` (a title) and `Department`,
/// `Team` or `Division` (a department), in any case. Zulip's own `role` (owner, administrator, member, guest) is
/// a permission level, not a job title, and is not used. Conversations are `zerver_recipient` rows (type 1 a
/// person, 2 a stream, 3 a direct-message group, `type_id` the person, stream or group) and stream names
/// `zerver_stream`. Reactions are `zerver_reaction` rows (`message`, `user_profile`).
///
/// Choice: `realm.json` is the directory of the export, so it is parsed whole (the message files are streamed);
/// its largest tables are subscriptions and reactions, both bounded by people × streams and by interactions.
/// A row without a numeric `id` is an `invalid_user` warning (people) or ignored (other tables: they only
/// resolve message fields, and a message they fail to resolve is skipped with its own reason).
///
/// - Complexity: O(size of realm.json) time; memory O(people + recipients + streams + reactions).
struct ZulipDirectory {
  struct Recipient: Sendable, Hashable {
    var type: Int
    var typeID: Int
  }

  private(set) var people: [PersonRecord] = []
  private(set) var userIDs: Set<Int> = []
  private(set) var bots: Set<Int> = []
  private(set) var recipients: [Int: Recipient] = [:]
  private(set) var streams: [Int: String] = [:]
  /// Person ids reacting to each message id, one entry per reaction.
  private(set) var reactions: [Int: [String]] = [:]
  /// Full name → user id for names that only one person has (for `@**Name**` in raw content).
  private(set) var idByName: [String: Int] = [:]

  static let titleFields: Set<String> = ["title", "job title", "position", "role"]
  static let departmentFields: Set<String> = ["department", "team", "division"]

  init(realm: JSONValue, path: String, diagnostics: inout DiagnosticLog) {
    for row in realm["zerver_stream"]?.array ?? [] {
      if let id = row["id"]?.int, let name = row["name"]?.string { streams[id] = name }
    }
    for row in realm["zerver_recipient"]?.array ?? [] {
      if let id = row["id"]?.int, let type = row["type"]?.int, let typeID = row["type_id"]?.int {
        recipients[id] = Recipient(type: type, typeID: typeID)
      }
    }
    for row in realm["zerver_reaction"]?.array ?? [] {
      if let message = row["message"]?.int, let user = row["user_profile"]?.int {
        reactions[message, default: []].append(String(user))
      }
    }
    let profile = Self.profileFields(realm)
    var nameCounts: [String: Int] = [:]
    for (index, row) in (realm["zerver_userprofile"]?.array ?? []).enumerated() {
      let location = SourceLocation(path: path, entry: index + 1)
      guard let id = row["id"]?.int else {
        diagnostics.emit(Diagnostic(
          .warning, kind: "invalid_user", message: "user profile without a numeric id; left out", location: location,
          value: row["full_name"]?.string))
        continue
      }
      let name = (row["full_name"]?.string).nonEmpty
      let isBot = row["is_bot"]?.bool ?? false
      userIDs.insert(id)
      if isBot { bots.insert(id) }
      if let name {
        nameCounts[name, default: 0] += 1
        idByName[name] = id
      }
      people.append(PersonRecord(
        id: String(id), name: name, email: (row["delivery_email"]?.string).nonEmpty ?? (row["email"]?.string).nonEmpty,
        title: profile.titles[id], department: profile.departments[id], isBot: isBot, location: location))
    }
    idByName = idByName.filter { nameCounts[$0.key] == 1 }
  }

  /// Each person's title and department from the custom profile fields named like them.
  private static func profileFields(_ realm: JSONValue) -> (titles: [Int: String], departments: [Int: String]) {
    var kindOfField: [Int: Bool] = [:]  // true: title, false: department
    for row in realm["zerver_customprofilefield"]?.array ?? [] {
      guard let id = row["id"]?.int, let name = row["name"]?.string?.lowercased() else { continue }
      if titleFields.contains(name) { kindOfField[id] = true }
      if departmentFields.contains(name) { kindOfField[id] = false }
    }
    var titles: [Int: String] = [:]
    var departments: [Int: String] = [:]
    for row in realm["zerver_customprofilefieldvalue"]?.array ?? [] {
      guard let field = row["field"]?.int, let isTitle = kindOfField[field], let user = row["user_profile"]?.int,
        let value = (row["value"]?.string).nonEmpty
      else { continue }
      if isTitle { titles[user] = value } else { departments[user] = value }
    }
    return (titles, departments)
  }
}
