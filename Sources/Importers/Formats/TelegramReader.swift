import ConversationModel
import Foundation

/// Streams the messages of a Telegram Desktop export: a `result.json` file, or a folder or zip holding one.
///
/// Both shapes of FORMATS.md §6 are read by `TelegramStream`: one chat (`{"name", "type", "id", "messages"}`)
/// and a full-account export (`{"personal_information", "chats": {"list": [chat, …]}, "left_chats": …}`). A
/// person record comes before the first message of each author (`from_id`, display name `from`), and the
/// exporter's own account first when the export names it. Each message object is yielded exactly once, as
/// `.message` or `.skipped` (see `TelegramMessageParser`; a malformed element is `.skipped` as `invalid_json`
/// with its line and column), so records read = used + skipped. Locations name the file and the 1-based entry
/// of the message in its chat.
///
/// - Complexity: O(file size) time; memory O(people + usernames + one message).
struct TelegramReader: RecordReader {
  private var stream: TelegramStream
  private var parser: TelegramMessageParser
  private var started = false
  private var seenAuthors: Set<String> = []
  private var pending: [ImportRecord] = []

  /// Opens the `result.json` of `input` (the file itself, or the shallowest `result.json` entry).
  /// - Throws: `ImportError.formatMismatch` for a folder or zip without one; read errors.
  init(input: InputSource) throws(ImportError) {
    guard let entry = Self.resultEntry(in: input) else {
      throw .formatMismatch(path: input.path, format: "telegram", expected: "a result.json Telegram export")
    }
    stream = TelegramStream(try input.stream(of: entry))
    parser = TelegramMessageParser(path: stream.path)
  }

  /// The shallowest entry named `result.json` (the file itself for a plain file).
  static func resultEntry(in input: InputSource) -> String? {
    if input.kind == .file { return input.entries.first }
    return input.entries.filter { $0 == "result.json" || $0.hasSuffix("/result.json") }
      .min { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
  }

  /// True when `head`, the start of a JSON file, looks like a Telegram export: an object whose members include
  /// `date_unixtime` or `from_id` strings, or the full export's `personal_information`.
  static func looksLikeExport(_ head: some Collection<UInt8>) -> Bool {
    guard head.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{")
    else { return false }
    let text = String(decoding: head, as: UTF8.self)
    return text.contains("\"date_unixtime\"") || text.contains("\"personal_information\"")
      || (text.contains("\"from_id\"") && text.contains("\"messages\""))
  }

  /// - Throws: `ImportError.invalidJSON` when the file cannot be framed (truncated, not an object); read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    if !pending.isEmpty { return pending.removeFirst() }
    guard let element = try stream.next() else { return nil }
    if !started {
      started = true
      parser = TelegramMessageParser(path: stream.path, personalInformation: stream.personalInformation)
      if let owner = TelegramMessageParser.owner(stream.personalInformation) {
        seenAuthors.insert(owner.id)
        pending.append(.person(owner))
      }
    }
    let location = SourceLocation(path: stream.path, entry: element.entry)
    switch element.item {
    case .value(let value):
      if let person = TelegramMessageParser.person(of: value, location: location),
        value["type"]?.string != "service", seenAuthors.insert(person.id).inserted
      {
        pending.append(.person(person))
      }
      pending.append(parser.record(from: value, chat: element.chat, entry: element.entry, diagnostics: &diagnostics))
    case .malformed(let line, let column, let detail):
      let position = SourceLocation(path: stream.path, line: line, column: column, entry: element.entry)
      diagnostics.emit(Diagnostic(
        .warning, kind: "invalid_json", message: "malformed message skipped: \(detail)", location: position))
      pending.append(.skipped(reason: "invalid_json", location: position))
    }
    return pending.removeFirst()
  }
}
