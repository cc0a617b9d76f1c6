/// The export formats the importers read, named as `--from` and `crosstalk formats` name them.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
  /// A Slack workspace export, zipped or unzipped.
  case slack
  /// The universal messages CSV: one message per row.
  case messagesCSV = "messages-csv"
  /// Person-to-person interactions, one per row (e-mail logs, edge lists).
  case interactionsCSV = "interactions-csv"
  /// A Viva Engage / Yammer network data export (zip or folder of CSVs).
  case yammer
  /// A Mattermost bulk export (JSONL), or a zip or folder holding one.
  case mattermost
  /// An e-mail archive in mbox format: one file or a folder of files (Pipermail, Thunderbird, Google Takeout).
  case mbox
  /// A Stack Exchange data dump: `Users.xml`, `Posts.xml`, `Comments.xml` of one site or several.
  case stackexchange
  /// A WhatsApp chat export (`_chat.txt`, `WhatsApp Chat with X.txt`), Android or iOS.
  case whatsapp
  /// Microsoft Teams messages as the Graph API returns them (`chatMessage` JSON arrays or `{"value": [...]}`).
  case teams
  /// A DiscordChatExporter export: channel files in JSON or CSV, or a folder or zip of them.
  case discord
  /// A Telegram Desktop export: `result.json` of one chat or of a whole account.
  case telegram
  /// A Zulip organization export (`manage.py export`): the `.tar.gz`, or its folder with `realm.json` and
  /// `messages-NNNNNN.json` files.
  case zulip

  /// What a format offers an analysis, for the `crosstalk formats` listing.
  public enum Capability: String, CaseIterable, Sendable, Hashable {
    case replies, mentions, reactions
    case userDirectory = "user directory"
    case titles, departments
    case privateMessages = "private messages"
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
    case .yammer:
      "Viva Engage / Yammer network export (.zip or folder): Messages.csv, Users.csv, Groups.csv"
    case .mattermost:
      "Mattermost bulk export (.jsonl, or a .zip or folder holding one): user, channel, post, direct_post lines"
    case .mbox:
      "E-mail archive in mbox format (file or folder): Message-ID, In-Reply-To/References replies, From, To/Cc"
    case .stackexchange:
      "Stack Exchange data dump (folder or .zip): Users.xml, Posts.xml, Comments.xml; answers and comments "
        + "address the owner of the post they answer; @name in comments"
    case .whatsapp:
      "WhatsApp chat export (.txt, or a folder or .zip with _chat.txt), Android or iOS; no reply pointers: "
        + "only @mentions of participants by name"
    case .teams:
      "Microsoft Teams Graph API chatMessage JSON (file, folder or .zip): arrays or {\"value\": [...]} pages; "
        + "replyToId replies, mentions, reactions; from.application is a bot"
    case .discord:
      "DiscordChatExporter export (.json or .csv channel files, or a folder or .zip of them): JSON gives "
        + "replies (reference.messageId), mentions and reactions; CSV gives <@id> mentions only"
    case .telegram:
      "Telegram Desktop export result.json (one chat or a full account, or a folder or .zip holding it): "
        + "reply_to_message_id replies, mention entities, reactions"
    case .zulip:
      "Zulip organization export (the .tar.gz of manage.py export, or its folder): realm.json, "
        + "messages-NNNNNN.json; channels are 'stream / topic'; mentions from rendered_content, reactions"
    }
  }

  /// The arguments of a typical `crosstalk analyze` of this format, file names as the platform writes them.
  ///
  /// Shown by `crosstalk formats` and in the README (a test checks both, and that `analyze` accepts them).
  public var exampleArguments: [String] {
    switch self {
    case .slack: ["slack-export.zip", "--org", "org-chart.csv"]
    case .messagesCSV: ["messages.csv", "--columns", "author=sender,time=sent_at", "--infer-replies", "10m"]
    case .interactionsCSV: ["email-Eu-core.txt", "--no-header"]
    case .yammer: ["engage-export.zip"]
    case .mattermost: ["mattermost-export.jsonl"]
    case .mbox: ["r-package-devel.mbox"]
    case .stackexchange: ["history.meta.stackexchange.com"]
    case .whatsapp: ["WhatsApp Chat with Team.txt", "--infer-replies", "10m"]
    case .teams: ["teams-channel-messages.json"]
    case .discord: ["Guild - general [123].json"]
    case .telegram: ["ChatExport_2024-02-01/result.json"]
    case .zulip: ["zulip-export-abc.tar.gz", "--infer-replies", "10m"]
    }
  }

  /// `exampleArguments` as a shell command line (arguments with spaces or brackets in double quotes).
  public var example: String {
    let quoted = exampleArguments.map { argument in
      argument.contains(where: { " []".contains($0) }) ? "\"\(argument)\"" : argument
    }
    return (["crosstalk", "analyze"] + quoted).joined(separator: " ")
  }

  /// How replies are found where the format may lack reply pointers (for `crosstalk formats`), else `nil`.
  public var replyNote: String? {
    switch self {
    case .slack:
      "channels from before threads (2017) have no reply pointers: --infer-replies WINDOW infers them"
    case .messagesCSV:
      "without a reply_to or thread column there are no reply pointers: --infer-replies WINDOW infers them"
    case .whatsapp:
      "WhatsApp has no reply pointers: --infer-replies WINDOW infers them"
    case .discord:
      "the CSV form has no message ids or reply pointers: --infer-replies WINDOW infers them (JSON has them)"
    case .zulip:
      "Zulip has no reply pointers (topics are flat): --infer-replies WINDOW infers them"
    case .interactionsCSV, .yammer, .mattermost, .mbox, .stackexchange, .teams, .telegram:
      nil
    }
  }

  /// What the format provides, in `Capability` order.
  public var capabilities: [Capability] {
    switch self {
    case .slack: [.replies, .mentions, .reactions, .userDirectory, .titles]
    case .messagesCSV: [.replies]
    case .interactionsCSV: [.directInteractions]
    case .yammer: [.replies, .mentions, .userDirectory, .titles, .departments, .privateMessages]
    case .mattermost: [.replies, .mentions, .reactions, .userDirectory, .titles, .privateMessages]
    case .mbox: [.replies, .directInteractions]
    case .stackexchange: [.replies, .mentions, .userDirectory]
    case .whatsapp: [.mentions]
    case .teams: [.replies, .mentions, .reactions, .privateMessages]
    case .discord: [.replies, .mentions, .reactions]
    case .telegram: [.replies, .mentions, .reactions]
    case .zulip: [.mentions, .reactions, .userDirectory, .titles, .departments, .privateMessages]
    }
  }
}
