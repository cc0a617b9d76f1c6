/// The export formats the importers read, named as `--from` and `crosstalk formats` name them.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
  /// A Slack workspace export, zipped or unzipped.
  case slack
  /// The universal messages CSV: one message per row.
  case messagesCSV = "messages-csv"
  /// Person-to-person interactions, one per row (e-mail logs, edge lists).
  case interactionsCSV = "interactions-csv"

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
      "Slack workspace export (.zip or folder): users.json, channels.json, <channel>/YYYY-MM-DD.json; "
        + "or an API dump: <channel>/*.json pages, <thread_ts>.json thread files, users/<id>.json or .users.json"
    case .messagesCSV:
      "CSV of messages: id, author, time[, reply_to, thread, channel, text]; map headers with --columns"
    case .interactionsCSV:
      "CSV of person-to-person events: source, target[, time, weight, kind]; --no-header for edge lists"
    }
  }

  /// What the format provides, in `Capability` order.
  public var capabilities: [Capability] {
    switch self {
    case .slack: [.replies, .mentions, .reactions, .userDirectory, .titles]
    case .messagesCSV: [.replies]
    case .interactionsCSV: [.directInteractions]
    }
  }
}
