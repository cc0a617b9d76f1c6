#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why one element could not be parsed, at a byte offset from the element's first byte.
struct JSONParseFailure: Error, Sendable, Hashable {
  var offset: Int
  var detail: String
}

/// Parses the bytes of one complete JSON value (RFC 8259) into a `JSONValue`.
///
/// Definition: recursive descent over an element that `JSONElementReader` has already framed, so the parser
/// never waits for input. Strings must be valid UTF-8 (checked by the standard library) and escapes well formed,
/// with `\u` surrogate pairs joined and a lone surrogate refused. Nesting deeper than `maximumDepth` is refused
/// before it can exhaust the stack.
///
/// Choices: strings without escapes are made straight from the input bytes; integers of up to 15 digits are
/// read by hand, other numbers by `strtod` after the JSON number grammar is checked.
///
/// - Complexity: O(element bytes) time; O(depth) stack.
struct JSONValueParser: ~Copyable {
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumDepth: Int
  private let members: JSONMemberFilter?
  var index = 0
  private var scratch: [UInt8] = []

  /// A parser of `bytes`; with `members`, the top-level object keeps only the members it names, and nested
  /// objects those of its nested filters (the others are checked by `skipValue` without being built).
  init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, members: JSONMemberFilter? = nil) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
    self.members = members
  }

  /// The one value of the bytes, with nothing but whitespace after it.
  mutating func parseDocument() throws(JSONParseFailure) -> JSONValue {
    skipSpace()
    let value = try parseValue(depth: 0, filter: rootFilter)
    skipSpace()
    guard index == bytes.count else { throw fail("unexpected \(describe(index)) after the value") }
    return value
  }

  /// The object or array at the start of the bytes and the offset after it; what follows is not looked at.
  mutating func parsePrefix() throws(JSONParseFailure) -> (value: JSONValue, end: Int) {
    let value = try parseValue(depth: 0, filter: rootFilter)
    return (value, index)
  }

  /// `members` when the value at `index` is an object: an element that is not one is not filtered.
  private var rootFilter: JSONMemberFilter? {
    index < bytes.count && bytes[index] == UInt8(ascii: "{") ? members : nil
  }

  /// The value at `index`; `filter`, when set, applies to it if it is an object, and to the objects in it if it is
  /// an array.
  mutating func parseValue(
    depth: Int, filter: JSONMemberFilter? = nil
  ) throws(JSONParseFailure) -> JSONValue {
    guard index < bytes.count else { throw fail("expected a value, found the end of the element") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1, filter: filter)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1, filter: filter)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw fail("expected a value, found \(describe(index))")
    }
  }

  private mutating func parseObject(
    depth: Int, filter: JSONMemberFilter?
  ) throws(JSONParseFailure) -> JSONValue {
    guard depth <= maximumDepth else { throw fail("nesting deeper than \(maximumDepth) levels") }
    index += 1
    var object = JSONObject()
    object.keys.reserveCapacity(8)
    object.values.reserveCapacity(8)
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(object)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("expected a member name in quotes, found \(describe(index))")
      }
      let (name, nested) = try memberName(filter: filter)
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw fail("expected ':' after a member name, found \(describe(index))")
      }
      index += 1
      skipSpace()
      if let name {
        object.keys.append(name)
        object.values.append(try parseValue(depth: depth, filter: nested))
      } else {
        try skipValue(depth: depth)
      }
      skipSpace()
      guard index < bytes.count else { throw fail("expected ',' or '}', found the end of the element") }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "}") { return .object(object) }
      guard byte == UInt8(ascii: ",") else { throw fail("expected ',' or '}', found \(describe(index - 1))") }
    }
  }

  private mutating func parseArray(
    depth: Int, filter: JSONMemberFilter?
  ) throws(JSONParseFailure) -> JSONValue {
    guard depth <= maximumDepth else { throw fail("nesting deeper than \(maximumDepth) levels") }
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipSpace()
      elements.append(try parseValue(depth: depth, filter: filter))
      skipSpace()
      guard index < bytes.count else { throw fail("expected ',' or ']', found the end of the element") }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "]") { return .array(elements) }
      guard byte == UInt8(ascii: ",") else { throw fail("expected ',' or ']', found \(describe(index - 1))") }
    }
  }

  /// The member name at `index` (an opening quote) and the filter of its value, or a `nil` name when `filter`
  /// leaves the member out; either way `index` ends after the closing quote and the name is checked as
  /// `parseString` checks it.
  ///
  /// Choice: a name without escapes is matched as bytes and a kept one is the filter's own `String`: equal bytes
  /// free of quotes, backslashes and control characters are valid UTF-8 and the same text, so no `String` is
  /// made or checked per member (`perf`: member names were 16 % of a Teams import).
  private mutating func memberName(
    filter: JSONMemberFilter?
  ) throws(JSONParseFailure) -> (name: String?, nested: JSONMemberFilter?) {
    guard let filter else { return (try parseString(), nil) }
    guard let position = try memberPosition(filter: filter) else { return (nil, nil) }
    return (filter.names[position], filter.nested(at: position))
  }

  /// The position in `filter` of the member name at `index` (an opening quote), `nil` when `filter` leaves it
  /// out; `index` ends after the closing quote and the name is checked as `parseString` checks it.
  mutating func memberPosition(filter: JSONMemberFilter) throws(JSONParseFailure) -> Int? {
    let start = index + 1
    let cursor = JSONBytes.plainEnd(bytes, from: start)
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") {
      let raw = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
      if let position = filter.position(of: raw) {
        index = cursor + 1
        return position
      }
      guard UTF8Check.isValid(raw) else { throw fail("invalid UTF-8 in a string", at: start) }
      index = cursor + 1
      return nil
    }
    return filter.position(of: try parseString())
  }

  /// Checks the value at `index` as `parseValue` does, with the same failures, without building it.
  mutating func skipValue(depth: Int) throws(JSONParseFailure) {
    guard index < bytes.count else { throw fail("expected a value, found the end of the element") }
    switch bytes[index] {
    case UInt8(ascii: "{"): try skipContainer(depth: depth + 1, isObject: true)
    case UInt8(ascii: "["): try skipContainer(depth: depth + 1, isObject: false)
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try parseNumber()
    default: _ = try parseValue(depth: depth)
    }
  }

  /// Checks an object or array as `parseObject` or `parseArray` does, with the same failures.
  private mutating func skipContainer(depth: Int, isObject: Bool) throws(JSONParseFailure) {
    guard depth <= maximumDepth else { throw fail("nesting deeper than \(maximumDepth) levels") }
    let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    let expected = isObject ? "expected ',' or '}'" : "expected ',' or ']'"
    index += 1
    skipSpace()
    if index < bytes.count, bytes[index] == close {
      index += 1
      return
    }
    while true {
      skipSpace()
      if isObject {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw fail("expected a member name in quotes, found \(describe(index))")
        }
        try skipString()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw fail("expected ':' after a member name, found \(describe(index))")
        }
        index += 1
        skipSpace()
      }
      try skipValue(depth: depth)
      skipSpace()
      guard index < bytes.count else { throw fail("\(expected), found the end of the element") }
      let byte = bytes[index]
      index += 1
      if byte == close { return }
      guard byte == UInt8(ascii: ",") else { throw fail("\(expected), found \(describe(index - 1))") }
    }
  }

  /// Checks the string at `index` as `parseString` does; only a string with escapes is decoded.
  private mutating func skipString() throws(JSONParseFailure) {
    let start = index + 1
    var cursor = JSONBytes.plainEnd(bytes, from: start)
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\"") {
        guard UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[start..<cursor])) else {
          throw fail("invalid UTF-8 in a string", at: start)
        }
        index = cursor + 1
        return
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      cursor += 1
    }
    _ = try parseString()
  }

  /// The string starting at the opening quote at `index`; leaves `index` after the closing quote.
  mutating func parseString() throws(JSONParseFailure) -> String {
    let start = index + 1
    var cursor = JSONBytes.plainEnd(bytes, from: start)
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\"") {
        index = cursor + 1
        return try makeString(UnsafeBufferPointer(rebasing: bytes[start..<cursor]), at: start)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail("control character in a string (escape it)", at: cursor) }
      cursor += 1
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cursor]))
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\"") {
        index = cursor + 1
        return try scratch.withUnsafeBufferPointer { buffer throws(JSONParseFailure) in
          try makeString(buffer, at: start)
        }
      }
      if byte < 0x20 { throw fail("control character in a string (escape it)", at: cursor) }
      if byte == UInt8(ascii: "\\") {
        cursor = try appendEscape(at: cursor)
      } else {
        let run = cursor
        cursor = JSONBytes.plainEnd(bytes, from: cursor + 1)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<cursor]))
      }
    }
    throw fail("unterminated string", at: start - 1)
  }

  /// The string of `buffer`, refused unless it is valid UTF-8.
  ///
  /// Choice: the standard library's decoding, which repairs invalid UTF-8, then a byte comparison: a repair
  /// always changes the bytes (U+FFFD's own bytes are valid), so the text equals `buffer` exactly when `buffer`
  /// is valid, as `UTF8Check` defines it. Validating first as well walked every string twice (`perf`: 5 % of a
  /// Teams import); `String(validating:as:)` is generic over the encoding and looked up its type metadata on
  /// every call, which cost more than the rest of string parsing.
  private func makeString(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONParseFailure) -> String {
    var text = String(decoding: buffer, as: UTF8.self)
    let isSame = text.utf8.count == buffer.count
      && text.withUTF8 { decoded in
        guard let left = decoded.baseAddress, let right = buffer.baseAddress else { return true }
        return memcmp(left, right, buffer.count) == 0
      }
    guard isSame else { throw fail("invalid UTF-8 in a string", at: offset) }
    return text
  }

  /// Decodes the escape at `cursor` into `scratch`; returns the offset after it.
  private mutating func appendEscape(at cursor: Int) throws(JSONParseFailure) -> Int {
    guard cursor + 1 < bytes.count else { throw fail("unterminated escape", at: cursor) }
    let simple: UInt8? =
      switch bytes[cursor + 1] {
      case UInt8(ascii: "\""): 0x22
      case UInt8(ascii: "\\"): 0x5C
      case UInt8(ascii: "/"): 0x2F
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      scratch.append(simple)
      return cursor + 2
    }
    guard bytes[cursor + 1] == UInt8(ascii: "u") else {
      throw fail("invalid escape \(describe(cursor + 1))", at: cursor)
    }
    var scalar = try hex4(at: cursor + 2)
    var next = cursor + 6
    if (0xD800..<0xDC00).contains(scalar) {
      guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else {
        throw fail("unpaired surrogate \\u\(String(scalar, radix: 16))", at: cursor)
      }
      let low = try hex4(at: next + 2)
      guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate", at: cursor) }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      next += 6
    } else if (0xDC00..<0xE000).contains(scalar) {
      throw fail("unpaired surrogate \\u\(String(scalar, radix: 16))", at: cursor)
    }
    guard let unicode = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape", at: cursor) }
    scratch.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
    return next
  }

  private func hex4(at offset: Int) throws(JSONParseFailure) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw fail("truncated \\u escape", at: offset) }
    var value: UInt32 = 0
    for position in offset..<offset + 4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail("invalid hex digit in a \\u escape", at: position)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// A number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  mutating func parseNumber() throws(JSONParseFailure) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    let integerDigits = digits()
    guard integerDigits > 0 else { throw fail("invalid number", at: start) }
    if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw fail("leading zero in a number", at: start) }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      guard digits() > 0 else { throw fail("expected digits after '.' in a number", at: start) }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      isInteger = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw fail("expected digits in a number's exponent", at: start) }
    }
    if isInteger, integerDigits <= 15 {
      var value = 0
      for position in integerStart..<index { value = value &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0")) }
      return Double(bytes[start] == UInt8(ascii: "-") ? -value : value)
    }
    var text = [CChar](repeating: 0, count: index - start + 1)
    for position in start..<index { text[position - start] = CChar(bitPattern: bytes[position]) }
    return strtod(text, nil)
  }

  private mutating func digits() -> Int {
    let start = index
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - start
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseFailure) -> JSONValue {
    let length = word.utf8CodeUnitCount
    guard index + length <= bytes.count, let base = bytes.baseAddress, memcmp(base + index, word.utf8Start, length) == 0
    else { throw fail("expected a value, found \(describe(index))") }
    index += length
    return value
  }

  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  func describe(_ offset: Int) -> String {
    guard offset < bytes.count else { return "the end of the element" }
    let byte = bytes[offset]
    return byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }

  func fail(_ detail: String, at offset: Int? = nil) -> JSONParseFailure {
    JSONParseFailure(offset: offset ?? index, detail: detail)
  }
}
