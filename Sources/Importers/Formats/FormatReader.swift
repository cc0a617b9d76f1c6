import ConversationModel
import Foundation

/// The reader of one input in whatever format it has: the `ExportFormat` → reader mapping in one place.
///
/// A closed enum rather than an existential so the readers' typed `ImportError`s survive.
enum FormatReader: RecordReader {
  case slack(SlackReader)
  case messagesCSV(MessagesCSVReader)
  case interactionsCSV(InteractionsCSVReader)
  case yammer(YammerReader)
  case mattermost(MattermostReader)
  case mbox(MboxReader)
  case stackexchange(StackExchangeReader)
  case whatsapp(WhatsAppReader)
  case teams(TeamsReader)
  case discord(DiscordReader)
  case telegram(TelegramReader)
  case zulip(ZulipReader)

  var format: ExportFormat {
    switch self {
    case .slack: .slack
    case .messagesCSV: .messagesCSV
    case .interactionsCSV: .interactionsCSV
    case .yammer: .yammer
    case .mattermost: .mattermost
    case .mbox: .mbox
    case .stackexchange: .stackexchange
    case .whatsapp: .whatsapp
    case .teams: .teams
    case .discord: .discord
    case .telegram: .telegram
    case .zulip: .zulip
    }
  }

  /// Opens `path`, picks the format (`options.format`, else `FormatDetector`) and makes its reader.
  /// - Throws: input errors, `ImportError.unrecognizedFormat`, `.formatMismatch` when `--from` names a
  ///   container format for a file or a CSV format for a folder or zip, and the readers' header errors.
  static func open(_ path: String, options: ImportOptions) throws(ImportError) -> FormatReader {
    let input = try InputSource.open(path)
    let file = input.kind == .file ? input.entries.first : nil
    let format: ExportFormat
    if let chosen = options.format {
      format = chosen
    } else {
      // Detection reads at most the first 64 KiB of a file.
      let head = try file.map { entry throws(ImportError) in try FormatDetector.head(of: entry, in: input) }
      format = try FormatDetector.detect(input, data: head, options: options)
    }
    // No reader is handed the whole file: each opens its own stream (detection above read only 64 KiB).
    if let file, format == .messagesCSV {
      return .messagesCSV(try MessagesCSVReader(stream: try input.stream(of: file), path: path, options: options))
    }
    if let file, format == .interactionsCSV {
      return .interactionsCSV(
        try InteractionsCSVReader(stream: try input.stream(of: file), path: path, options: options))
    }
    switch format {
    case .stackexchange:
      return .stackexchange(StackExchangeReader(input: input))
    case .whatsapp:
      return .whatsapp(WhatsAppReader(input: input))
    case .teams:
      return .teams(TeamsReader(input: input))
    case .discord:
      return .discord(DiscordReader(input: input))
    case .telegram:
      return .telegram(try TelegramReader(input: input))
    case .zulip:
      if let file, !ZulipReader.isGzip(try FormatDetector.head(of: file, in: input)) {
        throw .formatMismatch(path: path, format: format.rawValue,
                              expected: "a Zulip export: a .tar.gz, or a folder with realm.json and messages-*.json")
      }
      return .zulip(try ZulipReader(input: input))
    case .mattermost:
      return .mattermost(try MattermostReader(input: input))
    case .mbox:
      return .mbox(try MboxReader(input: input))
    case .slack:
      guard file == nil else {
        throw .formatMismatch(path: path, format: format.rawValue, expected: "a folder or .zip Slack export")
      }
      return .slack(try SlackReader(input: input))
    case .yammer:
      guard file == nil else {
        throw .formatMismatch(path: path, format: format.rawValue, expected: "a folder or .zip Yammer export")
      }
      return .yammer(try YammerReader(input: input))
    case .messagesCSV, .interactionsCSV:
      throw .formatMismatch(path: path, format: format.rawValue, expected: "a CSV file")
    }
  }

  /// Moves the reader out of `self` (`consume`) so that it is mutated uniquely: matching a copy left two
  /// references to the tokenizer's state and cost a copy per record.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    switch consume self {
    case .slack(var reader):
      defer { self = .slack(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .messagesCSV(var reader):
      defer { self = .messagesCSV(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .interactionsCSV(var reader):
      defer { self = .interactionsCSV(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .yammer(var reader):
      defer { self = .yammer(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .mattermost(var reader):
      defer { self = .mattermost(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .mbox(var reader):
      defer { self = .mbox(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .stackexchange(var reader):
      defer { self = .stackexchange(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .whatsapp(var reader):
      defer { self = .whatsapp(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .teams(var reader):
      defer { self = .teams(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .discord(var reader):
      defer { self = .discord(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .telegram(var reader):
      defer { self = .telegram(reader) }
      return try reader.next(diagnostics: &diagnostics)
    case .zulip(var reader):
      defer { self = .zulip(reader) }
      return try reader.next(diagnostics: &diagnostics)
    }
  }

  /// Reads this input to its end into `builder` (`CorpusBuilder.read`), its ids passed through `namespace`,
  /// dispatching on the format once: the loop over records then runs on the concrete reader, not on this enum,
  /// which `next` moves out and back for every record (a copy of the whole enum each time: 7 % of reading an
  /// edge list).
  mutating func read(into builder: inout CorpusBuilder, path: String, namespace: PersonNamespace) throws {
    let format = format.rawValue
    switch consume self {
    case .slack(var reader):
      defer { self = .slack(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .messagesCSV(var reader):
      defer { self = .messagesCSV(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .interactionsCSV(var reader):
      defer { self = .interactionsCSV(reader) }
      // Without renames, rows go to the builder by their id bytes (no `ImportRecord` per row).
      guard namespace.isIdentity else {
        return try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
      }
      try reader.read(into: &builder, path: path, format: format)
    case .yammer(var reader):
      defer { self = .yammer(reader) }
      // Without renames, message rows go to the builder by their bytes, the namespace's prefix given with them.
      guard namespace.renames.isEmpty else {
        return try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
      }
      try reader.read(into: &builder, path: path, format: format, namespace: namespace)
    case .mattermost(var reader):
      defer { self = .mattermost(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .mbox(var reader):
      defer { self = .mbox(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .stackexchange(var reader):
      defer { self = .stackexchange(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .whatsapp(var reader):
      defer { self = .whatsapp(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .teams(var reader):
      defer { self = .teams(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .discord(var reader):
      defer { self = .discord(reader) }
      // Without renames, CSV rows go to the builder by their bytes.
      guard namespace.isIdentity else {
        return try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
      }
      try reader.read(into: &builder, path: path, format: format)
    case .telegram(var reader):
      defer { self = .telegram(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    case .zulip(var reader):
      defer { self = .zulip(reader) }
      try Self.read(&reader, into: &builder, path: path, format: format, namespace: namespace)
    }
  }

  /// Reads `reader` into `builder`, through a `NamespacedReader` unless `namespace` changes nothing.
  private static func read<Reader: RecordReader>(
    _ reader: inout Reader, into builder: inout CorpusBuilder, path: String, format: String,
    namespace: PersonNamespace
  ) throws {
    guard !namespace.isIdentity else { return try builder.read(&reader, path: path, format: format) }
    var namespaced = NamespacedReader(base: reader, namespace: namespace)
    try builder.read(&namespaced, path: path, format: format)
    reader = namespaced.base
  }
}
