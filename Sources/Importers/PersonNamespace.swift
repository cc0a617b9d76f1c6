import ConversationModel

/// Keeps the person ids of one input apart from every other input's where the platform's ids are only local:
/// a Yammer user `5`, a Mattermost username and a Zulip user `5` of different inputs are different people.
///
/// Definition: for the formats whose ids are local to one export (`ExportFormat.hasLocalPersonIDs`: Yammer and
/// Zulip numbers, Mattermost usernames), every person id of every record (people, authors, mentions,
/// reactions, interaction ends) becomes `<format>:<id>` for the first input of that format in the run and
/// `<format>#<n>:<id>` for the n-th (`yammer:5`, `yammer#2:5`). Ids that are already global stay as they are:
/// Slack `U…`, Teams and Discord ids, Telegram `user…`, e-mail addresses, Stack Exchange `se:<AccountId>` (the
/// network-wide account, which the reader already prefixes), and the CSV formats, whose ids the user chose.
/// People of different inputs then merge only by e-mail (`CorpusBuilder`) and by `--identities`.
///
/// `--identities` rows name the id as the export shows it (`yammer,5,ana`); a row naming the namespaced id
/// (`yammer,yammer:5,ana`) works too. A renamed id becomes the row's person, without a namespace.
///
/// - Complexity: O(ids in the record) per record.
struct PersonNamespace: Sendable, Hashable {
  /// `"yammer:"`, or `nil` for a format whose ids are left alone.
  let prefix: String?
  /// `--identities` renames for this input, keyed by the id as the export shows it (or namespaced).
  let renames: [String: String]

  /// The namespace of the `ordinal`-th (1-based) input of `format` in a run.
  init(format: ExportFormat, ordinal: Int, renames: [String: String]) {
    prefix = format.hasLocalPersonIDs ? (ordinal > 1 ? "\(format.rawValue)#\(ordinal):" : "\(format.rawValue):") : nil
    self.renames = renames
  }

  /// True when every id stays as it is: no prefix and no renames.
  var isIdentity: Bool { prefix == nil && renames.isEmpty }

  /// The person id `raw` of this input stands for in the corpus.
  func id(_ raw: String) -> String {
    if let renamed = renames[raw] { return renamed }
    guard let prefix else { return raw }
    return renames[prefix + raw] ?? prefix + raw
  }

  func apply(_ record: ImportRecord) -> ImportRecord {
    var memo = Memo()
    return apply(record, memo: &memo)
  }

  /// The ids mapped so far (raw id → id): all-digit ids by value (`DigitIDMemo`), others by `String`.
  struct Memo: Sendable {
    var digits = DigitIDMemo()
    var strings: [String: String] = [:]
  }

  /// `apply(_:)`, with the ids already mapped kept in `memo` (raw id → id): a person named in many records is
  /// prefixed once, and every record shares that one string instead of a new concatenation each time.
  /// Choice: `record` is consumed, so its payload is changed where it is, not copied (every field retained) first.
  func apply(_ record: consuming ImportRecord, memo: inout Memo) -> ImportRecord {
    if isIdentity { return record }
    func mapped(_ raw: String) -> String {
      if let key = DigitIDMemo.key(raw) {
        if let known = memo.digits.value(key) { return known }
        let made = id(raw)
        memo.digits.insert(key, made)
        return made
      }
      if let known = memo.strings[raw] { return known }
      let made = id(raw)
      memo.strings[raw] = made
      return made
    }
    switch consume record {
    case .person(var person):
      person.id = mapped(person.id)
      return .person(person)
    case .message(var message):
      message.author = mapped(message.author)
      if let replyTo = message.replyToAuthor { message.replyToAuthor = mapped(replyTo) }
      if !message.mentions.isEmpty { message.mentions = message.mentions.map(mapped) }
      if !message.reactions.isEmpty { message.reactions = message.reactions.map(mapped) }
      return .message(message)
    case .interaction(var interaction):
      interaction.source = mapped(interaction.source)
      interaction.target = mapped(interaction.target)
      return .interaction(interaction)
    case .skipped(let reason, let location):
      return .skipped(reason: reason, location: location)
    }
  }
}

/// A reader that can give its person ids through a `PersonNamespace` itself, as it makes them (Mattermost: once per
/// distinct username, found by its bytes), so that `NamespacedReader` need not look every id up again.
protocol PersonNamespaceApplying: RecordReader {
  /// Gives every person id of the records read from now on through `namespace` (`PersonNamespace.apply`).
  mutating func applyInside(_ namespace: PersonNamespace)
}

/// A reader whose records pass through a `PersonNamespace`.
///
/// Choice: the ids mapped so far are kept (`PersonNamespace.apply(_:memo:)`); they are the input's people, which
/// the corpus holds anyway. A base that is `PersonNamespaceApplying` is handed the namespace instead, and its
/// records pass as they are.
struct NamespacedReader<Base: RecordReader>: RecordReader {
  var base: Base
  let namespace: PersonNamespace
  private var memo = PersonNamespace.Memo()
  /// True when `base` applies the namespace itself.
  private let baseApplies: Bool

  init(base: Base, namespace: PersonNamespace) {
    self.namespace = namespace
    if var applying = base as? any PersonNamespaceApplying {
      applying.applyInside(namespace)
      if let handed = applying as? Base {
        self.base = handed
        baseApplies = true
        return
      }
    }
    self.base = base
    baseApplies = false
  }

  mutating func next(diagnostics: inout DiagnosticLog) throws -> ImportRecord? {
    guard let record = try base.next(diagnostics: &diagnostics) else { return nil }
    return baseApplies ? record : namespace.apply(record, memo: &memo)
  }
}

extension ExportFormat {
  /// Whether the format's person ids are local to one export (see `PersonNamespace`).
  public var hasLocalPersonIDs: Bool {
    switch self {
    case .yammer, .mattermost, .zulip: true
    case .slack, .messagesCSV, .interactionsCSV, .mbox, .stackexchange, .whatsapp, .teams, .discord, .telegram:
      false
    }
  }
}
