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
    // The CSV readers stream the file; the others are given it whole.
    if let file, format == .messagesCSV {
      return .messagesCSV(try MessagesCSVReader(stream: try input.stream(of: file), path: path, options: options))
    }
    if let file, format == .interactionsCSV {
      return .interactionsCSV(
        try InteractionsCSVReader(stream: try input.stream(of: file), path: path, options: options))
    }
    // Only the readers that still take a plain file whole get it; the others stream it themselves.
    let whole = { () throws(ImportError) -> Data? in
      try file.map { entry throws(ImportError) in try input.data(of: entry) }
    }
    switch format {
    case .stackexchange:
      return .stackexchange(StackExchangeReader(input: input))
    case .whatsapp:
      return .whatsapp(WhatsAppReader(input: input))
    case .teams:
      return .teams(TeamsReader(input: input))
    case .discord:
      return .discord(DiscordReader(input: input, data: try whole()))
    case .telegram:
      return .telegram(try TelegramReader(input: input))
    case .mattermost:
      return .mattermost(try MattermostReader(input: input, data: try whole()))
    case .mbox:
      return .mbox(try MboxReader(input: input, data: try whole()))
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
    }
  }

  /// Reads this input to its end into `builder` (`CorpusBuilder.read`), dispatching on the format once: the
  /// loop over records then runs on the concrete reader, not on this enum, which `next` moves out and back for
  /// every record (a copy of the whole enum each time: 7 % of reading an edge list).
  mutating func read(into builder: inout CorpusBuilder, path: String, identities: [String: String]) throws {
    let format = format
    switch consume self {
    case .slack(var reader):
      defer { self = .slack(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .messagesCSV(var reader):
      defer { self = .messagesCSV(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .interactionsCSV(var reader):
      defer { self = .interactionsCSV(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .yammer(var reader):
      defer { self = .yammer(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .mattermost(var reader):
      defer { self = .mattermost(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .mbox(var reader):
      defer { self = .mbox(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .stackexchange(var reader):
      defer { self = .stackexchange(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .whatsapp(var reader):
      defer { self = .whatsapp(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .teams(var reader):
      defer { self = .teams(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .discord(var reader):
      defer { self = .discord(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    case .telegram(var reader):
      defer { self = .telegram(reader) }
      try builder.read(&reader, path: path, format: format.rawValue, identities: identities)
    }
  }
}
