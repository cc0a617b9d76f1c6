/// The export formats the importers read, named as `--from` and `crosstalk formats` name them.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
  /// A Slack workspace export, zipped or unzipped.
  case slack
  /// The universal messages CSV: one message per row.
  case messagesCSV = "messages-csv"
  /// Person-to-person interactions, one per row (e-mail logs, edge lists).
  case interactionsCSV = "interactions-csv"
  /// A Stack Exchange data dump: `Users.xml`, `Posts.xml`, `Comments.xml` of one site or several.
  case stackexchange
  /// A WhatsApp chat export (`_chat.txt`, `WhatsApp Chat with X.txt`), Android or iOS.
  case whatsapp

  /// What a format offers an analysis, for the `crosstalk formats` listing.
  public enum Capability: String, CaseIterable, Sendable, Hashable {
    case replies, mentions, reactions
    case userDirectory = "user directory"
    case titles
    case directInteractions = "person-to-person interactions"
  }

  /// A one-line description for `crosstalk formats`.
  public var summary: String {
    switch self {
    case .slack:
      "Slack workspace export (.zip or folder): users.json, channels.json, <channel>/YYYY-MM-DD.json"
    case .messagesCSV:
      "CSV of messages: id, author, time[, reply_to, thread, channel, text]; map headers with --columns"
    case .interactionsCSV:
      "CSV of person-to-person events: source, target[, time, weight, kind]; --no-header for edge lists"
    case .stackexchange:
      "Stack Exchange data dump (folder or .zip): Users.xml, Posts.xml, Comments.xml; answers and comments "
        + "address the owner of the post they answer; @name in comments"
    case .whatsapp:
      "WhatsApp chat export (.txt, or a folder or .zip with _chat.txt), Android or iOS; no reply pointers: "
        + "only @mentions of participants by name"
    }
  }

  /// What the format provides, in `Capability` order.
  public var capabilities: [Capability] {
    switch self {
    case .slack: [.replies, .mentions, .reactions, .userDirectory, .titles]
    case .messagesCSV: [.replies]
    case .interactionsCSV: [.directInteractions]
    case .stackexchange: [.replies, .mentions, .userDirectory]
    case .whatsapp: [.mentions]
    }
  }
}
