/// Byte-level rules of XML 1.0 that the row reader needs: character classes, UTF-8 validation, references.
///
/// Choices: only the five predefined entities (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) and numeric character
/// references (`&#233;`, `&#xE9;`) exist. Any other `&name;` is an error, whatever a DOCTYPE declared, so no
/// entity is ever expanded (no "billion laughs", no external entity). References must name an XML `Char`
/// (tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF).
///
/// - Complexity: every function is O(1) except `decode`, O(value length).
enum XMLBytes {
  /// A validated reference: its length in bytes (from `&` to `;`) and the scalar it stands for.
  struct Reference {
    let length: Int
    let scalar: Unicode.Scalar
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// ASCII letters, digits, `_ : . -`, and any byte of a multi-byte UTF-8 character.
  static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x3A, 0x2E, 0x2D, 0x80...: true
    default: false
    }
  }

  /// The length of the well-formed UTF-8 sequence starting at `index`, or nil: no overlong forms, no
  /// surrogates, nothing above U+10FFFF, no truncated sequence.
  static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= low, second <= high else { return nil }
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// Validates the reference starting with `&` at `index`, comparing bytes (no string is built unless it is bad).
  static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Result<Reference, XMLSyntaxIssue> {
    var end = index + 1
    let limit = min(bytes.count, index + 12)
    while end < limit, bytes[end] != 0x3B { end += 1 }
    guard end < limit, end > index + 1 else {
      let near = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<limit]), as: UTF8.self)
      return .failure(.init("'&' does not start a reference ending in ';' (near '\(near.prefix(10))')"))
    }
    let length = end - index + 1
    let body = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
    if let named = predefined(body) { return .success(Reference(length: length, scalar: named)) }
    let text = String(decoding: body, as: UTF8.self)
    guard body[0] == 0x23 else {
      return .failure(.init("undefined entity '&\(text);' (only &lt; &gt; &amp; &quot; &apos; and &#N; are read)"))
    }
    let isHex = body.count > 1 && body[1] == 0x78
    var value: UInt32 = 0
    var digits = 0
    for byte in body.dropFirst(isHex ? 2 : 1) {
      guard let digit = digitValue(byte, hex: isHex), value <= 0x10FFFF else {
        return .failure(.init("invalid character reference '&\(text);'"))
      }
      value = value * (isHex ? 16 : 10) + digit
      digits += 1
    }
    guard digits > 0, isXMLChar(value), let scalar = Unicode.Scalar(value) else {
      return .failure(.init("invalid character reference '&\(text);'"))
    }
    return .success(Reference(length: length, scalar: scalar))
  }

  private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46 where hex: UInt32(byte - 0x37)
    case 0x61...0x66 where hex: UInt32(byte - 0x57)
    default: nil
    }
  }

  /// `lt`, `gt`, `amp`, `quot`, `apos`.
  private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    func equals(_ word: StaticString) -> Bool {
      name.count == word.utf8CodeUnitCount && (0..<name.count).allSatisfy { name[$0] == word.utf8Start[$0] }
    }
    switch name.first {
    case 0x6C: return equals("lt") ? "<" : nil
    case 0x67: return equals("gt") ? ">" : nil
    case 0x61: return equals("amp") ? "&" : equals("apos") ? "'" : nil
    case 0x71: return equals("quot") ? "\"" : nil
    default: return nil
    }
  }

  static func isXMLChar(_ value: UInt32) -> Bool {
    value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
      || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
  }

  /// The text of an already validated attribute value: references replaced, and each raw tab, newline or
  /// carriage return (a `\r\n` pair once) turned into a space, as XML's attribute-value normalisation says.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      switch byte {
      case 0x26:
        guard case .success(let reference) = reference(bytes, at: index) else { return "" }
        output.append(contentsOf: Array(String(reference.scalar).utf8))
        index += reference.length
        continue
      case 0x0D:
        output.append(0x20)
        if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
      case 0x09, 0x0A: output.append(0x20)
      default: output.append(byte)
      }
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }
}
