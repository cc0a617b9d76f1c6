import Testing

@testable import Importers

/// `JSONValueParser`'s walk (`walkObject`, `walkArray`, `stringValue`) against `parseDocument`: it accepts the same
/// documents and finds the same kept strings.
@Suite struct JSONMemberWalkTests {
  static let documents: [String] = [
    #"{"a":"x","b":[1,{"a":"no"}],"c":{"a":"y","d":[{"a":"z"},"w",null]}}"#,
    #"{"\u0061":"esc\"aped","a":"second","c":[]}"#,
    #" { "c" : { } , "a" : [ "q" , { "a" : "r" } ] } "#,
    #"{"a":"x",}"#,
    #"{"a" "x"}"#,
    #"{"a":"x"} y"#,
    #"{"b":tru}"#,
    #"{"b":-}"#,
    #"{"c":{"a":"\ud800"}}"#,
    #"{"c":[1 2]}"#,
    #"["a"]"#,
    #"{"c":"#,
  ]

  private static let filter = JSONMemberFilter(["a", "c"])

  /// The strings of every kept member (`a`, and those inside `c`), depth first.
  private static func walk(_ parser: inout JSONValueParser, depth: Int, into found: inout [String])
    throws(JSONParseFailure)
  {
    switch parser.valueStart() {
    case UInt8(ascii: "{"):
      _ = try parser.walkObject(depth: depth, filter: filter) { parser, _ throws(JSONParseFailure) in
        try walk(&parser, depth: depth + 1, into: &found)
      }
    case UInt8(ascii: "["):
      _ = try parser.walkArray(depth: depth) { parser throws(JSONParseFailure) in
        try walk(&parser, depth: depth + 1, into: &found)
      }
    default:
      if let text = try parser.stringValue(depth: depth) { found.append(text) }
    }
  }

  private static func kept(_ value: JSONValue) -> [String] {
    switch value {
    case .string(let text): [text]
    case .array(let elements): elements.flatMap(kept)
    case .object(let object):
      zip(object.keys, object.values).filter { filter.names.contains($0.0) }.flatMap { kept($0.1) }
    default: []
    }
  }

  @Test(arguments: documents) func walkAcceptsWhatTheParserAccepts(document: String) {
    let bytes = Array(document.utf8)
    let walked: [String]? = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONValueParser(buffer, maximumDepth: 8)
      var found: [String] = []
      do throws(JSONParseFailure) {
        try Self.walk(&parser, depth: 0, into: &found)
        return parser.isAtEnd() ? found : nil
      } catch {
        return nil
      }
    }
    let parsed: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONValueParser(buffer, maximumDepth: 8)
      return try? parser.parseDocument()
    }
    #expect(walked == parsed.map(Self.kept))
  }

  @Test(arguments: [7, 8]) func walkNestsAsDeepAsTheParser(arrays: Int) {
    let text = #"{"c":"# + String(repeating: "[", count: arrays) + String(repeating: "]", count: arrays) + "}"
    let bytes = Array(text.utf8)
    let walked = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONValueParser(buffer, maximumDepth: 8)
      var found: [String] = []
      return (try? Self.walk(&parser, depth: 0, into: &found)) != nil
    }
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONValueParser(buffer, maximumDepth: 8)
      return (try? parser.parseDocument()) != nil
    }
    #expect(walked == parsed)
    #expect(parsed == (arrays < 8))
  }
}
