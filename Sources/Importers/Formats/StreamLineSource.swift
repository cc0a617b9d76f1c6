import Foundation

/// Lines of a text file pulled from a `ByteStream` (mbox, Mattermost JSONL, WhatsApp chats), with memory bounded
/// by the longest line, not the file.
///
/// Definition: a buffer holds the unread rest of the last chunk; a line that crosses a chunk boundary is completed
/// by appending the next chunk, after dropping the bytes already read. Lines end at `\\n` (a `\\r` before it is
/// dropped), are numbered from 1, and a last line without terminator is still a line (`endedWithoutTerminator`).
///
/// Choices: each line `nextLine` hands out is copied into one reused line buffer, so a caller that keeps a line
/// while reading the next gets its own copy (copy on write). `withNextLine` and `peekLine` copy nothing: they
/// lend the line as a view into the chunk buffer, and a peeked line stays the next one (a reader that reads one
/// line ahead, as WhatsApp's does for the header after a message, leaves it there instead of keeping a copy).
/// `nextFromLine` passes over body lines with `memchr` without copying them, and a body line longer than the
/// buffer is passed over chunk by chunk without being kept, so only header lines (and the current chunk) ever
/// count for memory. Scanning for the end of a line
/// resumes where the last scan stopped, so tiny chunks cost no rescanning.
///
/// - Complexity: O(file size) time over all calls; O(chunk size + longest header line) memory.
struct StreamLineSource: MboxLineSource {
  private var stream: ByteStream
  private var buffer: [UInt8] = []
  /// Where the unread bytes of `buffer` start.
  private var start = 0
  /// How far past `start` the buffer is known to hold no `\\n`.
  private var scanned = 0
  private var exhausted = false
  private var lineNumber = 0
  private var line: [UInt8] = []
  private(set) var endedWithoutTerminator = false

  init(_ stream: ByteStream) {
    self.stream = stream
  }

  mutating func nextLine() throws(ImportError) -> MboxLine? {
    guard let (end, next) = try locateLine() else { return nil }
    return take(upTo: end, next: next)
  }

  /// Calls `body` with the next line, lent as a view into the chunk buffer (valid only inside `body`), and its
  /// number, without consuming it: the next call sees the same line. `nil` after the last line.
  /// - Throws: the stream's read errors.
  mutating func peekLine<R>(_ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) -> R) throws(ImportError)
    -> R?
  {
    guard let (end, _) = try locateLine() else { return nil }
    let number = lineNumber + 1
    return buffer.withUnsafeBufferPointer { bytes in body(UnsafeBufferPointer(rebasing: bytes[start..<end]), number) }
  }

  /// `peekLine`, then the line is consumed.
  /// - Throws: the stream's read errors.
  mutating func withNextLine<R>(_ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int) -> R)
    throws(ImportError) -> R?
  {
    guard let result = try peekLine(body) else { return nil }
    try skipLine()
    return result
  }

  /// Consumes the next line without looking at it (after `peekLine`, it is found again at once).
  /// - Throws: the stream's read errors.
  mutating func skipLine() throws(ImportError) {
    guard let (_, next) = try locateLine() else { return }
    start = next
    scanned = 0
    lineNumber += 1
  }

  /// The next line's end in `buffer` (a trailing `\r` left out) and where the line after it starts, refilling
  /// the buffer as needed; nothing is consumed, and the scan position is kept so a second call finds it at once.
  private mutating func locateLine() throws(ImportError) -> (end: Int, next: Int)? {
    while true {
      if let newline = findNewline() {
        scanned = newline - start
        return (withoutReturn(newline), newline + 1)
      }
      if exhausted {
        guard start < buffer.count else { return nil }
        endedWithoutTerminator = true
        return (withoutReturn(buffer.count), buffer.count)
      }
      try refill()
    }
  }

  /// `end`, or one less when the byte before it (within the unread part) is `\r`.
  private func withoutReturn(_ end: Int) -> Int {
    end > start && buffer[end - 1] == 0x0D ? end - 1 : end
  }

  mutating func nextFromLine() throws(ImportError) -> MboxLine? {
    // Whether `start` is the beginning of a line (false after passing over part of a long line).
    var atLineStart = true
    while true {
      if atLineStart {
        if buffer.count - start < 5, !exhausted {
          try refill()
          continue
        }
        if buffer.count - start >= 5 && isFromPrefix(at: start) { return try nextLine() }
      }
      if let newline = findNewline() {
        lineNumber += 1
        start = newline + 1
        scanned = 0
        atLineStart = true
        continue
      }
      if exhausted {
        if start < buffer.count || !atLineStart {
          lineNumber += 1
          endedWithoutTerminator = true
        }
        start = buffer.count
        return nil
      }
      // The line goes on past the buffer: drop what was passed over, it is body text.
      start = buffer.count
      scanned = 0
      atLineStart = false
      try refill()
    }
  }

  private func isFromPrefix(at index: Int) -> Bool {
    buffer[index] == 0x46 && buffer[index + 1] == 0x72 && buffer[index + 2] == 0x6F && buffer[index + 3] == 0x6D
      && buffer[index + 4] == 0x20
  }

  /// The offset of the next `\\n` at or after `start`, remembering how far the buffer was searched.
  private mutating func findNewline() -> Int? {
    let from = start + scanned
    guard from < buffer.count else { return nil }
    let found: Int? = buffer.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, let hit = memchr(base + from, 0x0A, bytes.count - from) else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }
    if found == nil { scanned = buffer.count - start }
    return found
  }

  /// Hands out a copy of `buffer[start..<end]` as the next line and moves on to `next`.
  private mutating func take(upTo end: Int, next: Int) -> MboxLine {
    var copy: [UInt8] = []
    swap(&copy, &line)
    copy.removeAll(keepingCapacity: true)
    copy.append(contentsOf: buffer[start..<end])
    line = copy
    start = next
    scanned = 0
    lineNumber += 1
    return MboxLine(bytes: line[...], number: lineNumber)
  }

  /// Drops the bytes already read and appends the next chunk; marks the end when there is none.
  private mutating func refill() throws(ImportError) {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    if let chunk = try stream.nextChunk() {
      if buffer.isEmpty { buffer = chunk } else { buffer.append(contentsOf: chunk) }
    } else {
      exhausted = true
    }
  }
}
