/// How the elements sit in a JSON file.
enum JSONShape: Sendable, Hashable {
  /// A top-level array: each element is yielded.
  case array
  /// An object whose member named by one of `keys` is the array of elements (`{"messages": [...]}`, a Graph
  /// `{"value": [...]}` page); every other member is skipped without being kept.
  case page(keys: [String])
  /// `array` when the file starts with `[`, `page(keys:)` when it starts with `{`.
  case arrayOrPage(keys: [String])
  /// JSON Lines: one value per line; blank lines are ignored.
  case lines
  /// The whole file is one element.
  case single

  /// A message array or a page of one, as chat exports and API dumps write them.
  static let exportPage = JSONShape.arrayOrPage(keys: ["messages", "value"])
}

/// One element read: its value, or why it was left out and where (1-based line and byte column).
enum JSONItem: Sendable, Hashable {
  case value(JSONValue)
  case malformed(line: Int, column: Int, detail: String)
}

/// Streams the elements of a JSON file one at a time, with memory bounded by the largest element, not the file.
///
/// Definition: bytes come from a `ByteStream` into a buffer that holds the current element and at most one chunk
/// more. Each element is first *framed*: a scan that follows strings, escapes and bracket nesting to find where
/// the element ends, refilling the buffer as needed, so chunk boundaries may fall anywhere (inside a string, an
/// escape or a number). The framed bytes are then parsed by `JSONValueParser` into a `JSONValue`.
///
/// Errors: an element that is framed but not valid (a syntax error inside it, invalid UTF-8 in a string, nesting
/// deeper than `maximumDepth`, more than `maximumElementBytes`) is `.malformed` with its position, and reading
/// goes on with the next element: callers skip and count it. What breaks the framing itself (a truncated file,
/// mismatched brackets, bytes between elements that are not `,`, a file of the wrong shape) cannot be recovered
/// and throws `ImportError.invalidJSON` with the line and column.
///
/// Choice: framing then parsing costs a second pass over each element, but keeps the parser free of refills and
/// the framing loop small; both passes run over bytes already in cache.
///
/// - Complexity: O(file size) time; O(largest element + chunk size) memory.
struct JSONElementReader {
  static let defaultMaximumDepth = 512
  static let defaultMaximumElementBytes = 64 << 20

  let path: String
  let shape: JSONShape
  let maximumDepth: Int
  let maximumElementBytes: Int
  /// When set, each element keeps only these members of its object (`JSONMemberFilter`); others are checked.
  var members: JSONMemberFilter?
  /// The 1-based index of the last element returned.
  private(set) var elementIndex = 0
  /// For `page` shapes: whether the object had the array (a page without one yields nothing).
  private(set) var foundPageArray = false
  /// Whether the file is a page object (set once the first byte is read).
  private(set) var isPage = false

  var buffer = JSONBuffer()
  private var stream: ByteStream
  private var phase = Phase.start

  private enum Phase {
    case start, arrayFirst(inPage: Bool), arrayNext(inPage: Bool), element(inPage: Bool)
    case pageMember(first: Bool), pageNext, lines, single, end, finished
  }

  init(
    _ stream: ByteStream, shape: JSONShape = .exportPage, maximumDepth: Int = defaultMaximumDepth,
    maximumElementBytes: Int = defaultMaximumElementBytes, members: JSONMemberFilter? = nil
  ) {
    self.members = members
    self.stream = stream
    self.path = stream.path
    self.shape = shape
    self.maximumDepth = maximumDepth
    self.maximumElementBytes = maximumElementBytes
  }

  /// The next element, `nil` after the last one.
  /// - Throws: `ImportError.invalidJSON` when the file cannot be framed any further; the stream's read errors.
  mutating func next() throws(ImportError) -> JSONItem? {
    while true {
      switch phase {
      case .start: try begin()
      case .arrayFirst(let inPage):
        guard let byte = try peek() else { throw truncated("inside the array") }
        if byte == UInt8(ascii: "]") {
          buffer.position += 1
          phase = inPage ? .pageNext : .end
        } else {
          phase = .element(inPage: inPage)
        }
      case .element(let inPage):
        guard try peek() != nil else { throw truncated("inside the array") }
        phase = .arrayNext(inPage: inPage)
        return try element()
      case .arrayNext(let inPage):
        guard let byte = try peek() else { throw truncated("inside the array") }
        buffer.position += 1
        if byte == UInt8(ascii: ",") {
          phase = .element(inPage: inPage)
        } else if byte == UInt8(ascii: "]") {
          phase = inPage ? .pageNext : .end
        } else {
          throw syntax("expected ',' or ']' after an element", at: buffer.position - 1)
        }
      case .pageMember(let first): try pageMember(first: first)
      case .pageNext:
        guard let byte = try peek() else { throw truncated("inside the object") }
        buffer.position += 1
        if byte == UInt8(ascii: ",") {
          phase = .pageMember(first: false)
        } else if byte == UInt8(ascii: "}") {
          phase = .end
        } else {
          throw syntax("expected ',' or '}' after a member", at: buffer.position - 1)
        }
      case .lines:
        guard let item = try line() else {
          phase = .finished
          return nil
        }
        return item
      case .single:
        phase = .end
        return try element()
      case .end:
        if try peek() != nil { throw syntax("unexpected content after the JSON value", at: buffer.position) }
        phase = .finished
      case .finished:
        return nil
      }
    }
  }

  private mutating func begin() throws(ImportError) {
    switch shape {
    case .lines:
      phase = .lines
      return
    case .single:
      guard try peek() != nil else { throw truncated("before any value (the file is empty)") }
      phase = .single
      return
    case .array, .page, .arrayOrPage: break
    }
    guard let byte = try peek() else { throw truncated("before any value (the file is empty)") }
    if byte == UInt8(ascii: "["), !isPageOnly {
      buffer.position += 1
      phase = .arrayFirst(inPage: false)
    } else if byte == UInt8(ascii: "{"), shape != .array {
      isPage = true
      buffer.position += 1
      phase = .pageMember(first: true)
    } else {
      let expected = shape == .array ? "'['" : isPageOnly ? "'{'" : "'[' or '{'"
      throw syntax("expected \(expected) at the start of the file", at: buffer.position)
    }
  }

  private var isPageOnly: Bool { if case .page = shape { true } else { false } }

  private var pageKeys: [String] {
    switch shape {
    case .page(let keys), .arrayOrPage(let keys): keys
    default: []
    }
  }

  /// Reads one member of the page object: the element array when its name is a page key, else skips it.
  private mutating func pageMember(first: Bool) throws(ImportError) {
    guard let byte = try peek() else { throw truncated("inside the object") }
    if first, byte == UInt8(ascii: "}") {
      buffer.position += 1
      phase = .end
      return
    }
    guard byte == UInt8(ascii: "\"") else { throw syntax("expected a member name in quotes", at: buffer.position) }
    let keyStart = buffer.position
    let name = try parseKey(try framedValue(retain: true), start: keyStart)
    guard try peek() == UInt8(ascii: ":") else { throw syntax("expected ':' after a member name", at: buffer.position) }
    buffer.position += 1
    guard let valueByte = try peek() else { throw truncated("inside the object") }
    if !foundPageArray, valueByte == UInt8(ascii: "["), pageKeys.contains(name) {
      foundPageArray = true
      buffer.position += 1
      phase = .arrayFirst(inPage: true)
    } else {
      _ = try framedValue(retain: false)
      phase = .pageNext
    }
  }

  private mutating func parseKey(_ frame: JSONFrame, start: Int) throws(ImportError) -> String {
    let result = buffer.parse(frame, maximumDepth: maximumDepth)
    guard case .success(.string(let name)) = result else {
      throw syntax("invalid member name", at: start)
    }
    return name
  }

  /// Frames and parses the value at the current position as one element.
  private mutating func element() throws(ImportError) -> JSONItem {
    elementIndex += 1
    if let value = buffer.parseInPlace(maximumDepth: maximumDepth, limit: maximumElementBytes, members: members) {
      return .value(value)
    }
    let frame = try framedValue(retain: true)
    return item(frame)
  }

  private mutating func item(_ frame: JSONFrame) -> JSONItem {
    if let problem = frame.problem {
      return .malformed(line: frame.startLine, column: frame.startColumn, detail: problem)
    }
    switch buffer.parse(frame, maximumDepth: maximumDepth, members: members) {
    case .success(let value): return .value(value)
    case .failure(let failure):
      let (line, column) = buffer.lineAndColumn(of: frame.start + failure.offset)
      return .malformed(line: line, column: column, detail: failure.detail)
    }
  }

  /// One JSON Lines element, skipping blank lines; `nil` at the end of the file.
  private mutating func line() throws(ImportError) -> JSONItem? {
    while let frame = try buffer.frameLine(from: &stream, limit: maximumElementBytes) {
      if frame.problem == nil, buffer.isBlank(frame) { continue }
      elementIndex += 1
      return item(frame)
    }
    return nil
  }

  private mutating func framedValue(retain: Bool) throws(ImportError) -> JSONFrame {
    do throws(JSONFrameError) {
      return try buffer.frameValue(
        from: &stream, maximumDepth: maximumDepth, limit: retain ? maximumElementBytes : 0)
    } catch {
      switch error {
      case .truncated: throw truncated("inside a value")
      case .mismatch(let offset): throw syntax("mismatched bracket", at: offset)
      case .read(let failure): throw failure
      }
    }
  }

  private mutating func peek() throws(ImportError) -> UInt8? {
    try buffer.peekNonSpace(from: &stream)
  }

  private func syntax(_ detail: String, at offset: Int) -> ImportError {
    let (line, column) = buffer.lineAndColumn(of: offset)
    let found = buffer.describe(offset)
    return .invalidJSON(path: path, line: line, column: column, detail: "\(detail), found \(found)")
  }

  private func truncated(_ place: String, at offset: Int? = nil) -> ImportError {
    let (line, column) = buffer.lineAndColumn(of: offset ?? buffer.count)
    return .invalidJSON(path: path, line: line, column: column, detail: "the file ends \(place) (truncated?)")
  }
}
