/// A position in an XML byte buffer with its 1-based line and the offset where that line starts.
///
/// Definition: `line` counts `\n` bytes passed; the column of `position` is `position - lineStart + 1`, in bytes.
/// Every method that moves past a byte counts the newlines it passes, so positions in diagnostics stay exact.
/// The cursor lives only inside one `withUnsafeBytes` call of `XMLRowReader`; its state is copied back after.
///
/// - Complexity: each method is O(bytes it moves past).
struct XMLCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  var line: Int
  var lineStart: Int

  var atEnd: Bool { position >= bytes.count }
  var column: Int { position - lineStart + 1 }

  func byte(at offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index < bytes.count ? bytes[index] : nil
  }

  mutating func advance() {
    if bytes[position] == 0x0A {
      line += 1
      lineStart = position + 1
    }
    position += 1
  }

  func starts(with literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    let pointer = literal.utf8Start
    for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
    return true
  }

  /// Moves past `literal` when it is next.
  mutating func skip(_ literal: StaticString) -> Bool {
    guard starts(with: literal) else { return false }
    position += literal.utf8CodeUnitCount
    return true
  }

  mutating func skipWhitespace() {
    while position < bytes.count, XMLBytes.isWhitespace(bytes[position]) { advance() }
  }

  /// Moves past the next `terminator`; false (at the end) when there is none.
  mutating func skip(past terminator: StaticString) -> Bool {
    while position < bytes.count {
      if starts(with: terminator) {
        position += terminator.utf8CodeUnitCount
        return true
      }
      advance()
    }
    return false
  }

  /// Moves to the start of the next line: the recovery point after a malformed row.
  mutating func skipLine() {
    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    if position < bytes.count { advance() }
  }

  /// Reads an XML name (ASCII name characters, any byte ≥ 0x80) and returns its range and hash.
  mutating func name() -> (range: Range<Int>, hash: UInt64)? {
    let start = position
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    while position < bytes.count, XMLBytes.isNameByte(bytes[position]) {
      hash = (hash ^ UInt64(bytes[position])) &* 0x100_0000_01b3
      position += 1
    }
    guard position > start, !XMLBytes.isDigit(bytes[start]), bytes[start] != 0x2D, bytes[start] != 0x2E
    else { return nil }
    return (start..<position, hash)
  }

  /// Scans an attribute value up to its closing `quote`, checking every byte: well-formed UTF-8, no `<`, no
  /// control characters, and only the five predefined entities or numeric character references after `&`.
  ///
  /// Returns whether the value needs decoding (references or raw tab/newline), or the reason it is malformed
  /// with the cursor at the offending byte.
  /// - Complexity: O(value length): the hot loop of the whole reader, eight plain bytes at a time.
  mutating func attributeValue(quote: UInt8) -> Result<Bool, XMLSyntaxIssue> {
    var needsDecoding = false
    let base = UnsafeRawPointer(bytes.baseAddress)
    while position < bytes.count {
      if let base, position + 8 <= bytes.count,
        Self.isPlain(base.loadUnaligned(fromByteOffset: position, as: UInt64.self), quote: quote)
      {
        position += 8
        continue
      }
      let byte = bytes[position]
      if byte > 0x3C && byte < 0x80 {
        position += 1
        continue
      }
      if byte == quote { return .success(needsDecoding) }
      if byte >= 0x80 {
        guard let length = XMLBytes.utf8SequenceLength(bytes, at: position) else {
          return .failure(.init("invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))"))
        }
        position += length
        continue
      }
      switch byte {
      case 0x26:
        switch XMLBytes.reference(bytes, at: position) {
        case .success(let reference): position += reference.length
        case .failure(let issue): return .failure(issue)
        }
        needsDecoding = true
        continue
      case 0x3C: return .failure(.init("'<' inside an attribute value"))
      case 0x0A, 0x09, 0x0D: needsDecoding = true
      case ..<0x20: return .failure(.init("control character 0x\(String(byte, radix: 16)) is not allowed in XML"))
      default: break
      }
      advance()
    }
    return .failure(.init("unexpected end of file inside an attribute value"))
  }
}

extension XMLCursor {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// True when none of the eight bytes of `word` needs a look: no byte ≥ 0x80 or < 0x20, no `quote`, `&` or `<`.
  ///
  /// The classic "has a zero byte" bit trick: `(v − 0x01…01) & ~v & 0x80…80` is non-zero exactly when some byte
  /// of `v` is zero (and, with `n·0x01…01` subtracted, when some byte is below `n`, for bytes below 0x80).
  @inline(__always)
  static func isPlain(_ word: UInt64, quote: UInt8) -> Bool {
    func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
    let below20 = (word &- ones &* 0x20) & ~word & highBits
    let special = (word & highBits) | below20 | hasZero(word ^ (ones &* UInt64(quote)))
      | hasZero(word ^ (ones &* 0x26)) | hasZero(word ^ (ones &* 0x3C))
    return special == 0
  }
}

/// Why a piece of XML is not well-formed, in words for a diagnostic.
struct XMLSyntaxIssue: Error, Equatable {
  let detail: String
  init(_ detail: String) { self.detail = detail }
}
