import ConversationModel
import Foundation

/// Reads one WhatsApp chat text file into records, one per message line (with its continuation lines).
///
/// Definitions (FORMATS.md §7):
/// - A message starts on a line that begins with a `WhatsAppHeader`; the lines after it up to the next header
///   are its continuation (multi-line messages). Non-empty lines before the first header are `orphan_line`
///   skips with a warning.
/// - Day/month order: decided from every header of the file in a first pass over a second stream of it
///   (`WhatsAppDateOrder`, O(1) memory; the participants for mentions are gathered in the same pass), reported
///   when it was not certain. The rule is the same as when the file was read whole, so results are too. Times
///   carry no zone in the export; they are read as UTC.
/// - The author id is the sender's name or phone number as the exporting phone shows it. The message id is
///   `<channel>/<line>`. The channel is the chat (`WhatsApp Chat with X.txt` → `X`).
/// - **No reply pointers**: WhatsApp exports have none, so no record has `replyTo` (inference is the corpus's
///   business, on request). Mentions: see `WhatsAppText`. System lines are skips (`WhatsAppText`); a date
///   impossible under the decided order is an `invalid_timestamp` skip.
/// - Invalid UTF-8 is replaced by U+FFFD with an `invalid_utf8` warning; the message is kept.
///
/// - Complexity: two streamed passes over the bytes, O(size) time; memory O(chunk + longest message) plus the
///   participants' names.
struct WhatsAppChat {
  let path: String
  let channel: String
  private let order: WhatsAppDateOrder.Order
  private let participants: WhatsAppParticipants
  private var lines: StreamLineSource
  /// The header of the next line, when a message's end was found by peeking at it (it starts the next message).
  private var nextHeader: WhatsAppHeader?
  /// The reused buffer a message's text is gathered in.
  private var textBuffer: [UInt8] = []
  private var pendingDiagnostics: [Diagnostic] = []

  /// Reads the chat from `stream`; `firstPass` is a second stream of the same bytes, read once to the end here
  /// for the day/month order and the participants.
  /// - Throws: the streams' read errors.
  init(firstPass: ByteStream, stream: ByteStream, path: String, channel: String) throws(ImportError) {
    self.path = path
    self.channel = channel
    var dates = WhatsAppDateOrder()
    var senders: Set<String> = []
    var scan = StreamLineSource(firstPass)
    while try scan.withNextLine({ bytes, _ in
      guard let header = WhatsAppHeader.parse(bytes) else { return }
      dates.add(header)
      let rest = UnsafeBufferPointer(rebasing: bytes[header.restOffset...])
      if case .message(let sender, _) = WhatsAppText.classify(rest) { senders.insert(sender) }
    }) != nil {}
    participants = WhatsAppParticipants(senders)
    let decision = dates.decision
    order = decision.order
    lines = StreamLineSource(stream)
    if let note = Self.orderDiagnostic(decision, path: path) { pendingDiagnostics.append(note) }
  }

  private static func orderDiagnostic(
    _ decision: (order: WhatsAppDateOrder.Order, basis: WhatsAppDateOrder.Basis), path: String
  ) -> Diagnostic? {
    let location = SourceLocation(path: path)
    let order = decision.order.rawValue
    switch decision.basis {
    case .decided: return nil
    case .conflict:
      return Diagnostic(.warning, kind: "date_order_conflict", message: "dates exceed 12 in both the day and the "
        + "month place; read as \(order), lines impossible that way are skipped", location: location, value: order)
    case .chronology:
      return Diagnostic(.note, kind: "ambiguous_date_order", message: "no date field exceeds 12; read as \(order), "
        + "the order that keeps the messages in time order", location: location, value: order)
    case .guess:
      return Diagnostic(.warning, kind: "ambiguous_date_order", message: "cannot tell day/month from month/day in "
        + "this file; read as \(order) (from the clock style): dates may be wrong", location: location, value: order)
    }
  }

  /// The next record, or nil at the end of the file.
  /// - Throws: the stream's read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
    pendingDiagnostics = []
    var text: [UInt8] = []
    swap(&text, &textBuffer)
    defer { swap(&text, &textBuffer) }
    while true {
      let known = nextHeader
      nextHeader = nil
      let first = try lines.withNextLine { bytes, number -> FirstLine in
        guard let header = known ?? WhatsAppHeader.parse(bytes) else {
          if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }) { return .blank }
          return .orphan(number, String(decoding: bytes, as: UTF8.self))
        }
        text.removeAll(keepingCapacity: true)
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[header.restOffset...]))
        return .header(header, number)
      }
      switch first {
      case nil: return nil
      case .blank: continue
      case .orphan(let start, let value):
        let location = SourceLocation(path: path, line: start, column: 1)
        diagnostics.emit(Diagnostic(.warning, kind: "orphan_line", message: "line before the first message; skipped",
                                    location: location, value: value))
        return .skipped(reason: "orphan_line", location: location)
      case .header(let header, let start):
        nextHeader = try appendContinuation(to: &text)
        while text.last == 0x0A { text.removeLast() }
        return record(header, text, location: SourceLocation(path: path, line: start, column: 1), &diagnostics)
      }
    }
  }

  /// What the first line of a message turned out to be.
  private enum FirstLine {
    case blank
    case orphan(Int, String)
    case header(WhatsAppHeader, Int)
  }

  /// Appends the continuation lines of a message to `text` (each after a line break), up to the next header
  /// line, which is left unread; returns that header.
  private mutating func appendContinuation(to text: inout [UInt8]) throws(ImportError) -> WhatsAppHeader? {
    while true {
      let header = try lines.peekLine { bytes, _ -> WhatsAppHeader? in
        if let header = WhatsAppHeader.parse(bytes) { return header }
        text.append(0x0A)
        text.append(contentsOf: bytes)
        return nil
      }
      guard let header else { return nil }
      if let header { return header }
      try lines.skipLine()
    }
  }

  private func record(
    _ header: WhatsAppHeader, _ bytes: [UInt8], location: SourceLocation, _ diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    switch bytes.withUnsafeBufferPointer(WhatsAppText.classify) {
    case .system(let reason):
      return .skipped(reason: reason, location: location)
    case .message(let sender, let offset):
      let textBytes = bytes[offset...]
      guard let text = String(validating: textBytes, as: UTF8.self) else {
        diagnostics.emit(Diagnostic(.warning, kind: "invalid_utf8", message: "invalid UTF-8 replaced by U+FFFD",
                                    location: location))
        return message(sender, String(decoding: textBytes, as: UTF8.self), header, location, &diagnostics)
      }
      return message(sender, text, header, location, &diagnostics)
    }
  }

  private func message(
    _ sender: String, _ text: String, _ header: WhatsAppHeader, _ location: SourceLocation,
    _ diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    guard let time = header.date(order: order) else {
      diagnostics.emit(Diagnostic(.warning, kind: "invalid_timestamp",
                                  message: "date impossible as \(order.rawValue); message skipped",
                                  location: location, value: "\(header.first)/\(header.second)/\(header.third)"))
      return .skipped(reason: "invalid_timestamp", location: location)
    }
    return .message(MessageRecord(
      id: "\(channel)/\(location.line ?? 0)", author: sender, time: time, channel: channel,
      mentions: participants.mentions(in: text), text: text, location: location, hasPositionalID: true))
  }
}
