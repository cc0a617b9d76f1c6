/// The bytes of an XML file pulled from a `ByteStream` into one buffer, with memory bounded by the largest row.
///
/// Definition: `frame(from:)` makes sure the buffer holds the next *unit* after `start` (whitespace, then a
/// comment, a processing instruction, an end tag, a start tag with its attributes, or text up to the next `<`),
/// plus the rest of the line it ends on, or everything up to the end of the file. `XMLRowReader` then parses that
/// unit from memory exactly as it would from the whole file: a row's parse never looks past its closing `>`
/// (or, for `<row …></row>`, past the end tag), and the recovery after a malformed row skips to the end of its
/// line, which the frame holds too.
///
/// Choices: a start tag is framed quote-aware (a `>` inside a quoted value does not end it), and an open quote
/// ends at `<` (the row parser refuses `<` in a value there), so a row with a broken quote costs its own line,
/// not the rest of the file. Bytes before `start` are dropped only when a chunk is appended, so a refill costs a
/// move of the unread tail, never of the file.
///
/// - Complexity: O(file size) time over all frames; O(chunk + largest unit + its line) memory.
struct XMLStreamBuffer {
  private(set) var bytes: [UInt8] = []
  private var stream: ByteStream
  private(set) var exhausted = false

  init(_ stream: ByteStream) {
    self.stream = stream
  }

  /// The byte at `index`, reading more chunks while the buffer is shorter; `nil` past the end of the file.
  /// `shift` grows by the bytes dropped from the front, and `index` moves with them.
  mutating func byte(_ index: inout Int, keeping start: inout Int, shift: inout Int) throws(ImportError) -> UInt8? {
    while index >= bytes.count, !exhausted {
      if start > 0 {
        bytes.removeSubrange(0..<start)
        index -= start
        shift += start
        start = 0
      }
      if let chunk = try stream.nextChunk() {
        if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
      } else {
        exhausted = true
      }
    }
    return index < bytes.count ? bytes[index] : nil
  }

  /// Reads until at least `count` bytes are buffered or the file ends (for the prolog, read before any row).
  mutating func fill(atLeast count: Int) throws(ImportError) {
    var index = count - 1
    var start = 0
    var shift = 0
    _ = try byte(&index, keeping: &start, shift: &shift)
  }

  /// Frames the unit that starts after the whitespace at `start` (see the type's definition).
  /// - Returns: how many bytes were dropped from the front of the buffer (offsets before move back by as much).
  mutating func frame(from start: Int) throws(ImportError) -> Int {
    var start = start
    var shift = 0
    var index = start
    func at(_ offset: Int) throws(ImportError) -> UInt8? {
      var position = index + offset
      let found = try byte(&position, keeping: &start, shift: &shift)
      index = position - offset
      return found
    }
    // Moves `index` from a tag's `<` past its closing `>` (and, after a non-empty `>`, past whitespace and the
    // six bytes of an end tag `</row>`), following quotes.
    func tag() throws(ImportError) {
      index += 1
      var quote: UInt8?
      while let byte = try at(0) {
        if let open = quote {
          if byte == open { quote = nil } else if byte == 0x3C { return }
        } else if byte == 0x22 || byte == 0x27 {
          quote = byte
        } else if byte == 0x3E {
          let isEmpty = try at(-1) == 0x2F
          index += 1
          guard !isEmpty else { return }
          while let next = try at(0), next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D { index += 1 }
          _ = try at(5)
          return
        }
        index += 1
      }
    }
    while let byte = try at(0), byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { index += 1 }
    guard let first = try at(0) else { return shift }
    if first != 0x3C {
      while let byte = try at(0), byte != 0x3C { index += 1 }
      return shift
    }
    // Moves `index` past the next `terminator`, or to the end of the file.
    func skip(past terminator: [UInt8]) throws(ImportError) {
      while try at(0) != nil {
        var matched = 0
        while matched < terminator.count, try at(matched) == terminator[matched] { matched += 1 }
        index += matched == terminator.count ? matched : 1
        if matched == terminator.count { return }
      }
    }
    let second = try at(1)
    let third = try at(2)
    if second == 0x21, third == 0x2D, try at(3) == 0x2D {
      index += 4
      try skip(past: [0x2D, 0x2D, 0x3E])
    } else if second == 0x3F {
      index += 2
      try skip(past: [0x3F, 0x3E])
    } else {
      try tag()
    }
    while let byte = try at(0), byte != 0x0A { index += 1 }
    return shift
  }
}
