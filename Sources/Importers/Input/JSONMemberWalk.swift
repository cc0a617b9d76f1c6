/// A reader-driven walk over one JSON value: the reader visits the members it names and takes their values as the
/// Swift values it keeps, with no `JSONValue` tree in between.
///
/// Definition: `depth` is always the depth of the container that holds the value at `index` (0 for the document),
/// the number `parseValue(depth:)` and `skipValue(depth:)` take; the walk accepts exactly the bytes those accept
/// (same grammar, UTF-8 check and nesting limit), because each step is one of the parser's own. A member left out
/// by the filter, and any value of another kind than the step expects, is checked by `skipValue` and not built.
///
/// Choice: for a reader whose every line has the same few members (Mattermost), building a `JSONObject` per object
/// and looking its members up again by `String` cost more than the strings it keeps (`perf`: the line parse was
/// 28 % of a Mattermost import). A walk's failures are not meant for users: a reader that gets one parses the same
/// bytes again with `parseDocument`, whose failure it reports.
///
/// - Complexity: O(bytes of the value) time; O(depth) stack.
extension JSONValueParser {
  /// The first byte of the value at `index` after whitespace, `nil` at the end.
  mutating func valueStart() -> UInt8? {
    skipSpace()
    return index < bytes.count ? bytes[index] : nil
  }

  /// Walks the object at `index`, calling `body` with the position in `filter` of each member it keeps (in file
  /// order, repeats included) with `index` at the member's value, which `body` must consume with one step. Returns
  /// false, having skipped it, when the value is not an object.
  mutating func walkObject(
    depth: Int, filter: JSONMemberFilter, _ body: (inout JSONValueParser, Int) throws(JSONParseFailure) -> Void
  ) throws(JSONParseFailure) -> Bool {
    guard let hasElements = try enterContainer(opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}"), depth: depth)
    else { return false }
    guard hasElements else { return true }
    repeat {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("expected a member name in quotes, found \(describe(index))")
      }
      let position = try memberPosition(filter: filter)
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw fail("expected ':' after a member name, found \(describe(index))")
      }
      index += 1
      skipSpace()
      if let position { try body(&self, position) } else { try skipValue(depth: depth + 1) }
    } while try !closesContainer(UInt8(ascii: "}"))
    return true
  }

  /// Walks the array at `index`, calling `body` with `index` at each element, which `body` must consume with one
  /// step. Returns false, having skipped it, when the value is not an array.
  mutating func walkArray(
    depth: Int, _ body: (inout JSONValueParser) throws(JSONParseFailure) -> Void
  ) throws(JSONParseFailure) -> Bool {
    guard let hasElements = try enterContainer(opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"), depth: depth)
    else { return false }
    guard hasElements else { return true }
    repeat {
      skipSpace()
      try body(&self)
    } while try !closesContainer(UInt8(ascii: "]"))
    return true
  }

  /// Steps into the container opened by `opening` at `index` (held at `depth`): `nil`, having skipped the value,
  /// when it is something else; false, having consumed it, when it is empty (`closing` next); else true, with
  /// `index` past the opening byte.
  private mutating func enterContainer(
    opening: UInt8, closing: UInt8, depth: Int
  ) throws(JSONParseFailure) -> Bool? {
    guard valueStart() == opening else {
      try skipValue(depth: depth)
      return nil
    }
    guard depth + 1 <= maximumDepth else { throw fail("nesting deeper than \(maximumDepth) levels") }
    index += 1
    skipSpace()
    guard index < bytes.count, bytes[index] == closing else { return true }
    index += 1
    return false
  }

  /// After an element of a container closed by `closing`: consumes the `,` (false: another element follows) or
  /// `closing` (true).
  private mutating func closesContainer(_ closing: UInt8) throws(JSONParseFailure) -> Bool {
    skipSpace()
    guard index < bytes.count else {
      throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)))', found the end of the element")
    }
    let byte = bytes[index]
    index += 1
    if byte == closing { return true }
    guard byte == UInt8(ascii: ",") else {
      throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)))', found \(describe(index - 1))")
    }
    return false
  }

  /// The string at `index`, or `nil` (the value skipped) when it is not a string: what `JSONValue.string` gives.
  mutating func stringValue(depth: Int) throws(JSONParseFailure) -> String? {
    guard valueStart() == UInt8(ascii: "\"") else {
      try skipValue(depth: depth)
      return nil
    }
    return try parseString()
  }

  /// The bytes between the quotes of the string whose opening quote is at `index` when they hold no escape and no
  /// control character, else `nil`; `index` is not moved. The bytes are not checked as UTF-8.
  func plainStringBytes() -> UnsafeBufferPointer<UInt8>? {
    let start = index + 1
    let end = JSONBytes.plainEnd(bytes, from: start)
    guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// True when the value at `index` ends the element, but for whitespace: what `parseDocument` requires after it.
  mutating func isAtEnd() -> Bool {
    skipSpace()
    return index == bytes.count
  }
}
