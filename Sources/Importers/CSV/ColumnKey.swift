/// A field an importer looks for in a CSV header, named as in `--columns` and `--org-columns`.
///
/// One enum covers the three CSV schemas: messages (`id, author, time, reply_to, thread, channel, text`),
/// interactions (`source, target, time, weight, kind`) and org charts
/// (`id, manager, name, email, title, department, level`).
public enum ColumnKey: String, Sendable, Hashable, CaseIterable {
  case id, author, time
  case replyTo = "reply_to"
  case thread, channel, text
  case source, target, weight, kind
  case manager, name, email, title, department, level

  /// The key's position in `allCases`, for array-indexed lookups on the per-row path.
  var ordinal: Int {
    switch self {
    case .id: 0
    case .author: 1
    case .time: 2
    case .replyTo: 3
    case .thread: 4
    case .channel: 5
    case .text: 6
    case .source: 7
    case .target: 8
    case .weight: 9
    case .kind: 10
    case .manager: 11
    case .name: 12
    case .email: 13
    case .title: 14
    case .department: 15
    case .level: 16
    }
  }
}

/// The CSV schemas the importers read: which keys each accepts and requires, and the header synonyms of each.
enum CSVSchema: Sendable {
  case messages, interactions, orgChart

  /// Keys in `--columns`/`--org-columns` order.
  var keys: [ColumnKey] {
    switch self {
    case .messages: [.id, .author, .time, .replyTo, .thread, .channel, .text]
    case .interactions: [.source, .target, .time, .weight, .kind]
    case .orgChart: [.id, .manager, .name, .email, .title, .department, .level]
    }
  }

  var requiredKeys: [ColumnKey] {
    switch self {
    case .messages: [.id, .author, .time]
    case .interactions: [.source, .target]
    case .orgChart: [.id]
    }
  }

  /// Header spellings recognised for `key`, normalised by `CSVSchema.normalize` (lower case, no `_ - .` or
  /// spaces): `Reports_To`, `reports-to` and `ReportsTo` all match `reportsto`.
  func synonyms(for key: ColumnKey) -> [String] {
    switch (self, key) {
    case (.orgChart, .id): ["id", "employeeid", "personid", "empid", "staffid", "userid", "objectid"]
    case (_, .id): ["id", "messageid", "msgid", "postid"]
    case (_, .author): ["author", "authorid", "user", "userid", "sender", "senderid", "from", "username"]
    case (_, .time): ["time", "timestamp", "date", "datetime", "createdat", "created", "sentat", "ts"]
    case (_, .replyTo): ["replyto", "replytoid", "inreplyto", "parent", "parentid", "repliedtoid"]
    case (_, .thread): ["thread", "threadid", "threadts", "root", "rootid"]
    case (_, .channel): ["channel", "channelid", "group", "groupid", "room", "chat"]
    case (_, .text): ["text", "body", "message", "content"]
    case (_, .source): ["source", "sourceid", "from", "sender", "src"]
    case (_, .target): ["target", "targetid", "to", "recipient", "receiver", "dst"]
    case (_, .weight): ["weight", "count"]
    case (_, .kind): ["kind", "interactionkind"]
    case (_, .manager):
      ["managerid", "manager", "reportsto", "reportstoid", "supervisor", "supervisorid", "manageremail", "boss"]
    case (_, .name): ["name", "fullname", "displayname", "employeename"]
    case (_, .email): ["email", "mail", "emailaddress"]
    case (_, .title): ["title", "jobtitle", "position", "note", "role"]
    case (_, .department): ["department", "dept", "division"]
    case (_, .level): ["level", "grade", "band"]
    }
  }

  /// Lower case without `_`, `-`, `.` and spaces, trimmed of surrounding whitespace.
  static func normalize(_ header: String) -> String {
    String(header.lowercased().unicodeScalars.filter { !"_-. \t".unicodeScalars.contains($0) })
  }
}
