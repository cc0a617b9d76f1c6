import ConversationModel
import Foundation

/// The directory files of a Slack export or API dump: the people, and the conversation folders the lists name.
///
/// People come from, in this order of preference: `users.json` (an array of user objects, or a `users.list`
/// page `{"members": [...]}`), Enterprise Grid's `org_users.json`, the `.users.json` of API-dump tools, and
/// `users/<id>.json` files (`users.info`: `{"user": {...}}`, or a bare user object, told by its `id` member). A
/// directory file that is any other object of strings (`{"U1": "ann"}`) is a plain id → name directory. The
/// conversation lists are `channels.json`, `groups.json`, `dms.json`, `mpims.json` (arrays of objects) or their
/// hidden `{id: name}` forms.
///
/// Choices: a person's name is `real_name`, else `profile.real_name`, else `name`; e-mail and title come from
/// `profile`; `is_bot` (or the Slackbot id `USLACKBOT`) marks a bot. A user object without an `id` is a warning
/// and is left out; so is a malformed element of a directory file. Conversation lists give the folder names a
/// day file may sit in: the `name` of channels, private groups and group DMs, and the `id` of every
/// conversation (DM folders are named by id).
///
/// - Complexity: O(size of the directory files) time; memory O(people + one element).
struct SlackDirectory {
  var people: [PersonRecord] = []
  /// Folder names the conversation lists declare; empty when the export has no list at all.
  var listedFolders: Set<String> = []
  var hasConversationLists = false

  static let userFiles = ["users.json", "org_users.json", ".users.json"]
  static let conversationFiles = ["channels.json", "groups.json", "dms.json", "mpims.json"]

  /// Reads the directory files in `folder` (`""` for the input's root, else ending in `/`).
  /// - Throws: `ImportError.invalidJSON` when a directory file cannot be framed; read errors.
  init(input: InputSource, folder: String = "", diagnostics: inout [Diagnostic]) throws(ImportError) {
    let files = Set(input.entries + input.hiddenEntries)
    if let usersFile = Self.userFiles.map({ folder + $0 }).first(where: files.contains) {
      try readUsers(input, usersFile, diagnostics: &diagnostics)
    } else {
      for file in input.entries where file.hasPrefix(folder + "users/") && file.hasSuffix(".json") {
        try readUsers(input, file, diagnostics: &diagnostics)
      }
    }
    for name in Self.conversationFiles {
      guard let file = [folder + name, folder + "." + name].first(where: files.contains) else { continue }
      hasConversationLists = true
      try readConversations(input, file, diagnostics: &diagnostics)
    }
  }

  private mutating func readUsers(
    _ input: InputSource, _ file: String, diagnostics: inout [Diagnostic]
  ) throws(ImportError) {
    let path = input.displayPath(of: file)
    var reader = JSONElementReader(try input.stream(of: file), shape: .arrayOrPage(keys: ["members", "users"]))
    var sawElement = false
    while let item = try reader.next() {
      sawElement = true
      add(item, location: SourceLocation(path: path, entry: reader.elementIndex), diagnostics: &diagnostics)
    }
    guard !sawElement, !reader.foundPageArray else { return }
    var single = JSONElementReader(try input.stream(of: file), shape: .single)
    guard case .value(let document)? = try single.next() else { return }
    let user = document["user"] ?? document
    if user["id"] != nil {
      add(.value(user), location: SourceLocation(path: path, entry: 1), diagnostics: &diagnostics)
    } else if let map = document.object, map.values.allSatisfy({ $0.string != nil }) {
      for (offset, id) in map.keys.enumerated() where !id.isEmpty {
        people.append(PersonRecord(
          id: id, name: map.values[offset].string.nonEmpty, isBot: id == "USLACKBOT",
          location: SourceLocation(path: path, entry: offset + 1)))
      }
    }
  }

  private mutating func add(_ item: JSONItem, location: SourceLocation, diagnostics: inout [Diagnostic]) {
    switch item {
    case .value(let user):
      guard let person = Self.person(from: user, location: location) else {
        diagnostics.append(Diagnostic(.warning, kind: "invalid_user", message: "user object has no id; left out",
                                      location: location))
        return
      }
      people.append(person)
    case .malformed(let line, let column, let detail):
      diagnostics.append(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed user entry left out: \(detail)",
        location: SourceLocation(path: location.path, line: line, column: column, entry: location.entry)))
    }
  }

  private mutating func readConversations(
    _ input: InputSource, _ file: String, diagnostics: inout [Diagnostic]
  ) throws(ImportError) {
    var reader = JSONElementReader(try input.stream(of: file), shape: .arrayOrPage(keys: ["channels"]))
    while let item = try reader.next() {
      guard case .value(let conversation) = item else { continue }
      for key in ["name", "id"] {
        if let folder = conversation[key]?.string { listedFolders.insert(folder) }
      }
    }
    guard !reader.foundPageArray else { return }
    var single = JSONElementReader(try input.stream(of: file), shape: .single)
    if case .value(.object(let map))? = try? single.next() {
      for (offset, id) in map.keys.enumerated() {
        listedFolders.insert(id)
        if let name = map.values[offset].string { listedFolders.insert(name) }
      }
    }
  }

  private static func person(from user: JSONValue, location: SourceLocation) -> PersonRecord? {
    guard let id = user["id"]?.string, !id.isEmpty else { return nil }
    let profile = user["profile"]
    let name = [user["real_name"], profile?["real_name"], user["name"]].lazy.compactMap { ($0?.string).nonEmpty }
      .first
    return PersonRecord(
      id: id, name: name, email: (profile?["email"]?.string).nonEmpty, title: (profile?["title"]?.string).nonEmpty,
      isBot: user["is_bot"]?.bool ?? false || id == "USLACKBOT", location: location)
  }
}
