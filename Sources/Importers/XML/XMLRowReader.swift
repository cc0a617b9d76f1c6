import ConversationModel
import Foundation

/// Streams the `<row …/>` elements of one data-dump XML file (Stack Exchange's `Posts.xml` and its siblings):
/// a root element holding rows that carry attributes only.
///
/// Definition: the prolog (byte-order mark, `<?xml …?>`, comments, a DOCTYPE) is read on the first call; the root
/// element's name is then `rootName`. Each later call returns the next child: `.row` with its attributes ready
/// for `string(_:)`, or `.malformed` when the child is not a well-formed `<row a="v" …/>` (also `<row …></row>`).
///
/// Safety choices:
/// - Nothing is ever fetched or expanded: a DOCTYPE's external id is ignored, and an internal subset
///   (`[<!ENTITY …>]`) is skipped unread, with an `xml_internal_subset_ignored` warning; a row that then uses
///   one of its entities is malformed (`XMLBytes`). Work is linear in the file size whatever it holds.
/// - A malformed row is a `malformed_xml_row` warning naming file, line and column and the problem (invalid
///   UTF-8, an undefined entity, a `<` in a value, a repeated attribute, end of file inside the row); reading
///   resumes on the next line, since dumps write one row per line.
/// - A file that is not XML at all (no root element) throws `ImportError.invalidXML`; a file that ends before
///   the root's end tag gets an `xml_truncated` warning.
/// - Attribute values are checked when scanned but decoded only when asked for, so unread `Body` text costs one
///   pass. Bytes come from a `ByteStream` through `XMLStreamBuffer`, which frames one unit (a row and the rest
///   of its line) before it is parsed, so chunk boundaries may fall anywhere.
///
/// - Complexity: O(file size) time; memory O(chunk + largest row) plus O(attributes of one row).
struct XMLRowReader {
  enum Event: Equatable {
    case row(SourceLocation)
    case malformed(SourceLocation)
  }

  private struct Attribute {
    let name: Range<Int>
    let hash: UInt64
    let value: Range<Int>
    let needsDecoding: Bool
  }

  private enum State { case prolog, inRoot, finished }

  private var input: XMLStreamBuffer
  let path: String
  private(set) var rootName: String?
  private var state = State.prolog
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var attributes: [Attribute] = []

  /// A reader of `data` held in memory (detection reads the head of a file this way).
  init(data: Data, path: String) {
    self.init(stream: ByteStream(bytes: Array(data), path: path), path: path)
  }

  /// A reader of `stream`, pulled a chunk at a time (`XMLStreamBuffer`).
  init(stream: ByteStream, path: String) {
    input = XMLStreamBuffer(stream)
    self.path = path
  }

  /// Reads the prolog and the root start tag, if not done yet.
  ///
  /// The prolog is read from the first 64 KiB; when it does not end there (a long DOCTYPE), from twice as much,
  /// and so on up to `maximumPrologBytes`. Its diagnostics are emitted once, from the last attempt.
  /// - Throws: `ImportError.invalidXML` when the file has no root element.
  mutating func open(diagnostics: inout DiagnosticLog) throws(ImportError) {
    guard state == .prolog else { return }
    var size = 64 * 1024
    var outcome: Result<String?, XMLSyntaxIssue>
    var found: [Diagnostic]
    repeat {
      try input.fill(atLeast: size)
      (position, line, lineStart) = (0, 1, 0)
      (outcome, found) = input.bytes.withUnsafeBytes { raw in
        var cursor = makeCursor(raw)
        defer { keep(cursor) }
        var prolog = XMLProlog(path: path)
        let result = prolog.read(&cursor)
        return (result, prolog.diagnostics)
      }
      let complete = if case .success = outcome { position < input.bytes.count } else { false }
      if complete || input.exhausted || size >= Self.maximumPrologBytes { break }
      size *= 2
    } while true
    for diagnostic in found { diagnostics.emit(diagnostic) }
    switch outcome {
    case .success(let name?):
      rootName = name
      state = .inRoot
    case .success(nil):
      state = .finished
    case .failure(let issue):
      state = .finished
      throw .invalidXML(path: path, line: line, column: position - lineStart + 1, detail: issue.detail)
    }
  }

  /// The next child of the root element, or nil at its end tag or the end of the file.
  /// - Throws: see `open`.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> Event? {
    try open(diagnostics: &diagnostics)
    while state == .inRoot {
      let shift = try input.frame(from: position)
      position -= shift
      lineStart -= shift
      let step: Step = input.bytes.withUnsafeBytes { raw in
        var cursor = makeCursor(raw)
        defer { keep(cursor) }
        return nextChild(&cursor, diagnostics: &diagnostics)
      }
      if case .event(let event) = step { return event }
    }
    return nil
  }

  /// 64 MiB: far beyond any real prolog, small enough that a file which is not XML is refused early.
  static let maximumPrologBytes = 64 << 20

  /// What one framed unit gave: a row event, or nothing yet (text, a comment), or the end of the root.
  private enum Step {
    case event(Event)
    case next
  }

  /// The decoded value of attribute `name` of the current row, nil when absent.
  func string(_ name: StaticString) -> String? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let pointer = name.utf8Start
    let count = name.utf8CodeUnitCount
    for offset in 0..<count { hash = (hash ^ UInt64(pointer[offset])) &* 0x100_0000_01b3 }
    return input.bytes.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      let found = attributes.first { attribute in
        attribute.hash == hash && attribute.name.count == count
          && (0..<count).allSatisfy { bytes[attribute.name.lowerBound + $0] == pointer[$0] }
      }
      guard let attribute = found else { return nil }
      if attribute.needsDecoding { return XMLBytes.decode(bytes, attribute.value) }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[attribute.value]), as: UTF8.self)
    }
  }

  private func makeCursor(_ raw: UnsafeRawBufferPointer) -> XMLCursor {
    XMLCursor(bytes: raw.bindMemory(to: UInt8.self), position: position, line: line, lineStart: lineStart)
  }

  private mutating func keep(_ cursor: XMLCursor) {
    position = cursor.position
    line = cursor.line
    lineStart = cursor.lineStart
  }

  /// Reads one framed unit: a row (or malformed row), or text or a comment to pass over, or the root's end.
  private mutating func nextChild(_ cursor: inout XMLCursor, diagnostics: inout DiagnosticLog) -> Step {
    cursor.skipWhitespace()
    guard !cursor.atEnd else {
      state = .finished
      diagnostics.emit(Diagnostic(
        .warning, kind: "xml_truncated", message: "file ends before the root element's end tag (truncated?)",
        location: location(cursor), value: rootName.map { "</\($0)>" }))
      return .next
    }
    if cursor.byte() != 0x3C {
      diagnostics.emit(Diagnostic(
        .warning, kind: "xml_unexpected_text", message: "text between rows is ignored", location: location(cursor)))
      while let byte = cursor.byte(), byte != 0x3C { cursor.advance() }
      return .next
    }
    if cursor.skip("<!--") {
      _ = cursor.skip(past: "-->")
    } else if cursor.skip("<?") {
      _ = cursor.skip(past: "?>")
    } else if cursor.skip("</") {
      closeRoot(&cursor, diagnostics: &diagnostics)
    } else {
      let start = location(cursor)
      switch row(&cursor) {
      case .success: return .event(.row(start))
      case .failure(let issue):
        diagnostics.emit(Diagnostic(
          .warning, kind: "malformed_xml_row", message: "malformed row skipped: \(issue.detail)",
          location: location(cursor)))
        cursor.skipLine()
        return .event(.malformed(start))
      }
    }
    return .next
  }

  private mutating func closeRoot(_ cursor: inout XMLCursor, diagnostics: inout DiagnosticLog) {
    state = .finished
    let name = cursor.name().map {
      String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[$0.range]), as: UTF8.self)
    }
    guard name != rootName else { return }
    diagnostics.emit(Diagnostic(
      .warning, kind: "xml_mismatched_end_tag", message: "end tag does not close the root element '\(rootName ?? "")'",
      location: location(cursor), value: name))
  }

  /// Parses `<row` attributes `/>` (or `></row>`) into `attributes`; the cursor is at `<`.
  private mutating func row(_ cursor: inout XMLCursor) -> Result<Void, XMLSyntaxIssue> {
    attributes.removeAll(keepingCapacity: true)
    cursor.position += 1
    guard cursor.skip("row"), let next = cursor.byte(), XMLBytes.isWhitespace(next) || next == 0x2F || next == 0x3E
    else { return .failure(.init("expected a <row …/> element")) }
    while true {
      let hadSpace = cursor.byte().map(XMLBytes.isWhitespace) ?? false
      cursor.skipWhitespace()
      if cursor.skip("/>") { return .success(()) }
      if cursor.skip(">") {
        cursor.skipWhitespace()
        return cursor.skip("</row>") ? .success(()) : .failure(.init("a <row> element must be empty"))
      }
      if cursor.atEnd { return .failure(.init("unexpected end of file inside a row")) }
      guard hadSpace else { return .failure(.init("expected whitespace between attributes")) }
      guard let name = cursor.name() else { return .failure(.init("expected an attribute name")) }
      cursor.skipWhitespace()
      guard cursor.skip("=") else { return .failure(.init("expected '=' after an attribute name")) }
      cursor.skipWhitespace()
      guard let quote = cursor.byte(), quote == 0x22 || quote == 0x27 else {
        return .failure(.init("expected a quoted attribute value"))
      }
      cursor.position += 1
      let start = cursor.position
      switch cursor.attributeValue(quote: quote) {
      case .failure(let issue): return .failure(issue)
      case .success(let needsDecoding):
        let duplicate = attributes.contains {
          $0.hash == name.hash && cursor.bytes[$0.name].elementsEqual(cursor.bytes[name.range])
        }
        if duplicate { return .failure(.init("repeated attribute")) }
        attributes.append(Attribute(
          name: name.range, hash: name.hash, value: start..<cursor.position, needsDecoding: needsDecoding))
        cursor.position += 1
      }
    }
  }

  private func location(_ cursor: XMLCursor) -> SourceLocation {
    SourceLocation(path: path, line: cursor.line, column: cursor.column)
  }
}
