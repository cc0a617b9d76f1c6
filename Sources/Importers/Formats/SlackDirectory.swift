import ConversationModel
import Foundation

/// The directory files of a Slack export: the people in `users.json` and the conversations listed in
/// `channels.json`, `groups.json`, `dms.json` and `mpims.json`.
///
/// Choices: a person's name is `real_name`, else `profile.real_name`, else `name`; e-mail and title come from
/// `profile`; `is_bot` (or the Slackbot id `USLACKBOT`) marks a bot. Enterprise Grid's `org_users.json` is read
/// when `users.json` is absent. A user object without an `id` is a warning and is left out. Conversation lists
/// give the folder names a day file may sit in: the `name` of channels, private groups and group DMs, and the
/// `id` of every conversation (DM folders are named by id).
///
/// - Complexity: O(size of the directory files).
struct SlackDirectory {
  var people: [PersonRecord] = []
  /// Folder names the conversation lists declare; empty when the export has no list at all.
  var listedFolders: Set<String> = []
  var hasConversationLists = false

  static let userFiles = ["users.json", "org_users.json"]
  static let conversationFiles = ["channels.json", "groups.json", "dms.json", "mpims.json"]

  init(input: InputSource, diagnostics: inout [Diagnostic]) throws(ImportError) {
    if let usersFile = Self.userFiles.first(where: input.entries.contains) {
      let path = input.displayPath(of: usersFile)
      let users = try JSONDocument.array(try input.data(of: usersFile), path: path)
      for (offset, user) in users.enumerated() {
        let location = SourceLocation(path: path, entry: offset + 1)
        guard let person = Self.person(from: user, location: location) else {
          diagnostics.append(Diagnostic(.warning, kind: "invalid_user", message: "user object has no id; left out",
                                        location: location))
          continue
        }
        people.append(person)
      }
    }
    for file in Self.conversationFiles where input.entries.contains(file) {
      hasConversationLists = true
      let conversations = try JSONDocument.array(try input.data(of: file), path: input.displayPath(of: file))
      for case let conversation as [String: Any] in conversations {
        for key in ["name", "id"] {
          if let folder = conversation[key] as? String { listedFolders.insert(folder) }
        }
      }
    }
  }

  private static func person(from value: Any, location: SourceLocation) -> PersonRecord? {
    guard let user = value as? [String: Any], let id = user["id"] as? String, !id.isEmpty else { return nil }
    let profile = user["profile"] as? [String: Any] ?? [:]
    let name = [user["real_name"], profile["real_name"], user["name"]]
      .lazy.compactMap { ($0 as? String).nonEmpty }.first
    return PersonRecord(
      id: id, name: name, email: (profile["email"] as? String).nonEmpty,
      title: (profile["title"] as? String).nonEmpty,
      isBot: (user["is_bot"] as? Bool ?? false) || id == "USLACKBOT", location: location)
  }
}
