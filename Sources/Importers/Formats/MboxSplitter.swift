import ConversationModel

/// The header block of one message of an mbox file, as the splitter found it.
struct MboxRawMessage {
  /// The 1-based line of the `From ` separator.
  var line: Int
  var headers: MailHeaderBlock
  /// True when the file ended inside the header block (its unterminated last line is not used).
  var isTruncated: Bool
}

/// Splits the lines of one mbox file (RFC 4155) into messages and reads each message's header block.
///
/// Definition: a message starts at a line beginning with `From ` whose next line starts a header field
/// (`MboxLine.headerNameLength`). Its header block runs to the first empty line; a line that is neither a field
/// nor a continuation ends it too (as Python's parser does), and then counts as the first body line. The body is
/// not kept: the reader needs only headers, so a `>From ` (mboxrd) escape needs no undoing.
///
/// Choices:
/// - A `From ` line not followed by a header field is body text written without escaping (mboxo; Pipermail
///   does this): an `unescaped_from_line` note, and the line stays in the message before it.
/// - A file is only read when it starts with a separator (`MboxReader.isMbox`), so no text precedes the first
///   message.
/// - A file ending inside a header block: the message is kept with `isTruncated`, minus the incomplete last line.
///
/// - Complexity: O(bytes of the file); memory O(one header block).
struct MboxSplitter<Source: MboxLineSource> {
  private var source: Source
  let path: String
  /// A line read ahead that has not been looked at as body yet.
  private var pending: MboxLine?

  init(source: Source, path: String) {
    self.source = source
    self.path = path
  }

  /// The next message's header block, or `nil` at the end of the file.
  /// - Throws: the line source's read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> MboxRawMessage? {
    while true {
      let line: MboxLine
      if let waiting = pending, waiting.isFromLine {
        line = waiting
      } else {
        guard let found = try source.nextFromLine() else { return nil }
        line = found
      }
      pending = nil
      guard let first = try source.nextLine() else { return nil }
      if let nameLength = first.headerNameLength {
        guard !atUnterminatedEnd else {
          return MboxRawMessage(line: line.number, headers: MailHeaderBlock(), isTruncated: true)
        }
        return try readHeaders(separator: line.number, first: first, nameLength: nameLength)
      }
      diagnostics.emit(
        Diagnostic(
          .note, kind: "unescaped_from_line",
          message: "body line starts with 'From ' but no header follows (mboxo, unescaped); read as text",
          location: SourceLocation(path: path, line: line.number), value: MailBytes.string(line.bytes)))
      pending = first
    }
  }

  private mutating func readHeaders(separator: Int, first: MboxLine, nameLength: Int) throws(ImportError)
    -> MboxRawMessage
  {
    var headers = MailHeaderBlock()
    headers.addField(first.bytes, nameLength: nameLength)
    while let line = try source.nextLine() {
      if atUnterminatedEnd && !line.isEmpty {
        if line.isContinuation { headers.dropCurrent() }
        return MboxRawMessage(line: separator, headers: headers, isTruncated: true)
      }
      if line.isEmpty { return MboxRawMessage(line: separator, headers: headers, isTruncated: false) }
      if line.isContinuation {
        headers.addContinuation(line.bytes)
      } else if let length = line.headerNameLength {
        headers.addField(line.bytes, nameLength: length)
      } else {
        pending = line
        return MboxRawMessage(line: separator, headers: headers, isTruncated: false)
      }
    }
    return MboxRawMessage(line: separator, headers: headers, isTruncated: true)
  }

  /// True once the last line of a file that does not end with a line break was read: it may be cut short.
  private var atUnterminatedEnd: Bool { source.endedWithoutTerminator }
}
