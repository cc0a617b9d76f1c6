#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one framed JSON value sits in a `JSONBuffer`, or why it cannot be parsed without reading it.
struct JSONFrame: Sendable, Hashable {
  var start: Int
  var end: Int
  /// Set when the value was framed but not kept: too large, or nested too deep.
  var problem: String?
  var startLine = 0
  var startColumn = 0
}

/// Why framing stopped: the file ended, brackets do not match (at a buffer offset), or the stream failed.
enum JSONFrameError: Error {
  case truncated
  case mismatch(Int)
  case read(ImportError)
}

/// The refillable byte buffer under `JSONElementReader`: frames values and lines across chunk boundaries and
/// turns buffer offsets into file lines and columns.
///
/// Definition: `bytes[position...]` is unread input. A refill drops the bytes before the offset the caller
/// still needs (the start of the value being framed) and appends the next chunk, so the buffer holds one value
/// plus one chunk. Lines are counted lazily: only bytes being dropped are scanned for newlines, and an offset
/// still in the buffer is resolved when a message needs it.
///
/// - Complexity: framing O(value bytes) amortised; memory O(largest kept value + chunk).
struct JSONBuffer {
  private(set) var bytes: [UInt8] = []
  var position = 0
  private var atEnd = false
  private var discardedBytes = 0
  private var discardedLines = 0
  private var discardedLineStart = 0

  var count: Int { bytes.count }

  /// The first byte at or after `position` that is not JSON whitespace, leaving `position` on it.
  mutating func peekNonSpace(from stream: inout ByteStream) throws(ImportError) -> UInt8? {
    while true {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x0A, 0x0D, 0x09: position += 1
        default: return bytes[position]
        }
      }
      do {
        guard try refill(keeping: position, from: &stream) != nil else { return nil }
      } catch .read(let error) {
        throw error
      } catch {
        return nil
      }
    }
  }

  /// Frames the value starting at `position` and moves `position` past it. A value longer than `limit` is read
  /// through without being kept and comes back with a `problem` (`limit` 0 skips a value on purpose).
  mutating func frameValue(
    from stream: inout ByteStream, maximumDepth: Int, limit: Int
  ) throws(JSONFrameError) -> JSONFrame {
    var start = position
    var cursor = position
    var state = ExtentState(maximumDepth: maximumDepth)
    let first = bytes[cursor]
    let isScalar = first != UInt8(ascii: "{") && first != UInt8(ascii: "[") && first != UInt8(ascii: "\"")
    if first == UInt8(ascii: "\"") {
      state.inString = true
      cursor += 1
    }
    var dropped: JSONFrame?
    while true {
      let (next, done) = bytes.withUnsafeBufferPointer { buffer in
        isScalar ? Self.scanScalar(buffer, from: cursor) : state.scan(buffer, from: cursor)
      }
      if let mismatch = state.mismatch { throw .mismatch(mismatch) }
      if done {
        position = next
        return finish(JSONFrame(start: start, end: next), dropped: dropped, state: state)
      }
      cursor = next
      if dropped == nil, bytes.count - start > limit {
        let (line, column) = lineAndColumn(of: start)
        dropped = JSONFrame(start: 0, end: 0, problem: "element larger than \(limit) bytes; skipped",
                            startLine: line, startColumn: column)
      }
      guard let shift = try refill(keeping: dropped == nil ? start : min(cursor, bytes.count), from: &stream) else {
        guard isScalar else { throw .truncated }
        position = bytes.count
        return finish(JSONFrame(start: start, end: bytes.count), dropped: dropped, state: state)
      }
      cursor -= shift
      start -= shift
    }
  }

  private func finish(_ frame: JSONFrame, dropped: JSONFrame?, state: ExtentState) -> JSONFrame {
    if let dropped { return dropped }
    guard state.tooDeep else { return frame }
    var result = frame
    (result.startLine, result.startColumn) = lineAndColumn(of: frame.start)
    result.problem = "nesting deeper than \(state.maximumDepth) levels; skipped"
    return result
  }

  /// Frames the line starting at `position` (without its newline) and moves past it; `nil` at the end.
  mutating func frameLine(from stream: inout ByteStream, limit: Int) throws(ImportError) -> JSONFrame? {
    var start = position
    var cursor = position
    var dropped: JSONFrame?
    while true {
      while cursor < bytes.count, bytes[cursor] != 0x0A { cursor += 1 }
      if cursor < bytes.count {
        position = cursor + 1
        return dropped ?? JSONFrame(start: start, end: cursor)
      }
      if dropped == nil, bytes.count - start > limit {
        let (line, column) = lineAndColumn(of: start)
        dropped = JSONFrame(start: 0, end: 0, problem: "line longer than \(limit) bytes; skipped",
                            startLine: line, startColumn: column)
      }
      let shift: Int?
      do {
        shift = try refill(keeping: dropped == nil ? start : cursor, from: &stream)
      } catch .read(let error) {
        throw error
      } catch {
        shift = nil
      }
      guard let shift else {
        position = bytes.count
        return dropped ?? (start < bytes.count ? JSONFrame(start: start, end: bytes.count) : nil)
      }
      cursor -= shift
      start -= shift
    }
  }

  /// True when the framed bytes are only whitespace.
  func isBlank(_ frame: JSONFrame) -> Bool {
    bytes[frame.start..<frame.end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
  }

  /// Parses a framed value; `members` leaves unused members of its top-level object unbuilt.
  func parse(
    _ frame: JSONFrame, maximumDepth: Int, members: JSONMemberFilter? = nil
  ) -> Result<JSONValue, JSONParseFailure> {
    bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, JSONParseFailure> in
      var parser = JSONValueParser(UnsafeBufferPointer(rebasing: buffer[frame.start..<frame.end]),
                                   maximumDepth: maximumDepth, members: members)
      do throws(JSONParseFailure) {
        return .success(try parser.parseDocument())
      } catch {
        return .failure(error)
      }
    }
  }

  /// The object or array at `position` parsed without framing it first, with `position` moved past it; `nil`,
  /// `position` unchanged, when it does not end inside the buffer, is longer than `limit` or is not valid.
  ///
  /// Choice: framing is a whole pass over every element (`perf`: 12 to 18 % of a Teams or Telegram import).
  /// An object or array that parses ends at its closing bracket, where framing would end it too; anything else
  /// (a chunk boundary inside the element, a syntax error, too deep nesting) goes on to `frameValue` and
  /// `parse` as before, so results and diagnostics do not change.
  mutating func parseInPlace(maximumDepth: Int, limit: Int, members: JSONMemberFilter?) -> JSONValue? {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "[")
    else { return nil }
    let start = position
    let parsed = bytes.withUnsafeBufferPointer { buffer -> (value: JSONValue, end: Int)? in
      var parser = JSONValueParser(UnsafeBufferPointer(rebasing: buffer[start...]), maximumDepth: maximumDepth,
                                   members: members)
      do throws(JSONParseFailure) {
        return try parser.parsePrefix()
      } catch {
        return nil
      }
    }
    guard let parsed, parsed.end <= limit else { return nil }
    position = start + parsed.end
    return parsed.value
  }

  /// The 1-based line and byte column in the file of buffer offset `offset`.
  func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var line = 1 + discardedLines
    var lineStart: Int?
    for index in 0..<max(0, min(offset, bytes.count)) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    guard let lineStart else { return (line, discardedBytes + offset - discardedLineStart + 1) }
    return (line, offset - lineStart + 1)
  }

  /// The byte at `offset` for messages: `'x'`, `byte 0xff`, or the end of the file.
  func describe(_ offset: Int) -> String {
    guard offset >= 0, offset < bytes.count else { return "the end of the file" }
    let byte = bytes[offset]
    return byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }

  /// Drops the bytes before `keep`, appends the next chunk, and returns how far offsets moved; `nil` at the end.
  private mutating func refill(keeping keep: Int, from stream: inout ByteStream) throws(JSONFrameError) -> Int? {
    guard !atEnd else { return nil }
    let chunk: [UInt8]?
    do {
      chunk = try stream.nextChunk()
    } catch {
      throw .read(error)
    }
    guard let chunk else {
      atEnd = true
      return nil
    }
    if keep > 0 {
      countLines(before: keep)
      bytes.removeSubrange(0..<keep)
      discardedBytes += keep
      position -= keep
    }
    bytes.append(contentsOf: chunk)
    return keep
  }

  /// Adds the newlines of `bytes[..<end]` to the discarded-line count, remembering where the last line starts.
  /// Choice: `memchr` from newline to newline; a loop over every byte was 7 % of a Teams import in `perf`.
  private mutating func countLines(before end: Int) {
    var lines = 0
    var lastStart: Int?
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var from = 0
      while from < end, let hit = memchr(base + from, 0x0A, end - from) {
        let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        lines += 1
        lastStart = index + 1
        from = index + 1
      }
    }
    discardedLines += lines
    if let lastStart { discardedLineStart = discardedBytes + lastStart }
  }

  private static func scanScalar(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool) {
    var cursor = start
    while cursor < buffer.count {
      switch buffer[cursor] {
      case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return (cursor, true)
      default: cursor += 1
      }
    }
    return (cursor, false)
  }
}

/// The resumable state of framing one value: inside a string or not, and the open brackets.
struct ExtentState {
  let maximumDepth: Int
  var inString = false
  var depth = 0
  /// Bit `d - 1` is set when the bracket open at depth `d` (up to 64) is `{`: no allocation per element.
  var shallow: UInt64 = 0
  /// The open brackets at depths 65 to `maximumDepth`.
  var stack: [UInt8] = []
  var tooDeep = false
  var mismatch: Int?

  init(maximumDepth: Int) { self.maximumDepth = maximumDepth }

  /// Scans from `start`; returns where it stopped and whether the value ended there (the offset after it).
  /// The offset may pass the end by one when the buffer ends inside an escape.
  ///
  /// A kernel: one loop over every byte of every element, so string contents are skipped in a tight inner loop.
  mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool) {
    let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    var cursor = start
    let count = buffer.count
    while cursor < count {
      if inString {
        cursor = JSONBytes.plainEnd(buffer, from: cursor)
        while cursor < count, buffer[cursor] != quote, buffer[cursor] != backslash { cursor += 1 }
        guard cursor < count else { break }
        if buffer[cursor] == backslash {
          cursor += 2
          continue
        }
        inString = false
        cursor += 1
        if depth == 0 { return (cursor, true) }
        continue
      }
      let byte = buffer[cursor]
      cursor += 1
      switch byte {
      case quote: inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        if depth <= maximumDepth { push(byte) } else { tooDeep = true }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth <= maximumDepth {
          guard let open = pop(), open + 2 == byte else {
            mismatch = cursor - 1
            return (cursor - 1, true)
          }
        }
        depth -= 1
        if depth == 0 { return (cursor, true) }
      default: break
      }
    }
    return (cursor, false)
  }

  /// Records the bracket opened at `depth`.
  private mutating func push(_ byte: UInt8) {
    guard depth <= 64 else { return stack.append(byte) }
    let bit: UInt64 = 1 << UInt64(depth - 1)
    shallow = byte == UInt8(ascii: "{") ? shallow | bit : shallow & ~bit
  }

  /// The bracket open at `depth`, `nil` at depth 0.
  private mutating func pop() -> UInt8? {
    guard depth > 0 else { return nil }
    guard depth <= 64 else { return stack.popLast() }
    return shallow & (1 << UInt64(depth - 1)) != 0 ? UInt8(ascii: "{") : UInt8(ascii: "[")
  }
}
