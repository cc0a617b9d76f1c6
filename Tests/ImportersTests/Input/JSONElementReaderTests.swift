import Foundation
import Testing

@testable import Importers

/// Every item of `bytes` read as `shape` with chunks of `chunkSize` bytes, and the error that stopped reading.
private func readItems(
  _ bytes: [UInt8], shape: JSONShape = .exportPage, chunkSize: Int = 1 << 20, maximumDepth: Int = 64,
  maximumElementBytes: Int = 1 << 20
) -> (items: [JSONItem], error: ImportError?) {
  var reader = JSONElementReader(
    ByteStream(bytes: bytes, path: "t.json", chunkSize: chunkSize), shape: shape, maximumDepth: maximumDepth,
    maximumElementBytes: maximumElementBytes)
  var items: [JSONItem] = []
  do {
    while let item = try reader.next() { items.append(item) }
    return (items, nil)
  } catch {
    return (items, error)
  }
}

private func readItems(_ text: String, shape: JSONShape = .exportPage, chunkSize: Int = 1 << 20)
  -> (items: [JSONItem], error: ImportError?)
{
  readItems(Array(text.utf8), shape: shape, chunkSize: chunkSize)
}

private func values(_ items: [JSONItem]) -> [JSONValue] {
  items.compactMap { if case .value(let value) = $0 { value } else { nil } }
}

@Suite struct JSONElementReaderTests {
  static let messages = #"""
    [{"type":"message","user":"U1","text":"caf\u00e9 \"quoted\" \\ back\/slash \ud83d\ude00 日本","ts":"1.000100",
      "n":-12.5e2,"big":12345678901234567890,"ok":true,"none":null,"list":[1,[2,{"x":[]}],{}]},
     {"ts":"2.000200","text":"line\nbreak\ttab","reactions":[{"name":"+1","users":["U2"],"count":1}]},
     "a string", 42, false]
    """#

  @Test func topLevelArrayYieldsEveryElementWithDecodedValues() {
    let (items, error) = readItems(Self.messages)
    #expect(error == nil)
    let all = values(items)
    #expect(all.count == 5)
    #expect(all[0]["text"]?.string == "café \"quoted\" \\ back/slash 😀 日本")
    #expect(all[0]["n"]?.number == -1250)
    #expect(all[0]["big"]?.number == 12345678901234567890)
    #expect(all[0]["ok"]?.bool == true && all[0]["none"] == .null)
    #expect(all[0]["list"]?.array?.count == 3)
    #expect(all[1]["text"]?.string == "line\nbreak\ttab")
    #expect(all[1]["reactions"]?.array?.first?["users"]?.array == [.string("U2")])
    #expect(all[2] == .string("a string") && all[3] == .number(42) && all[4] == .bool(false))
  }

  @Test(arguments: [1, 2, 3, 5, 7, 16, 64])
  func chunkBoundariesAnywhereGiveTheSameValues(chunkSize: Int) {
    let whole = readItems(Self.messages)
    let chunked = readItems(Self.messages, chunkSize: chunkSize)
    #expect(chunked.error == nil)
    #expect(chunked.items == whole.items)
  }

  @Test(arguments: [1, 3, 1 << 20])
  func pageObjectYieldsItsArrayAndSkipsOtherMembers(chunkSize: Int) {
    let page = #"{"ok":true,"skip":{"messages":[{"no":1}],"s":"]}"},"messages":[{"ts":"1"},{"ts":"2"}],"#
      + #""has_more":false,"value":[{"ts":"3"}]}"#
    let (items, error) = readItems(page, chunkSize: chunkSize)
    #expect(error == nil)
    #expect(values(items).map { $0["ts"]?.string } == ["1", "2"])
    let graph = readItems(#"{"@odata.context":"x","value":[{"id":"9"}]}"#, chunkSize: chunkSize)
    #expect(values(graph.items).map { $0["id"]?.string } == ["9"])
  }

  @Test func pageWithoutItsArrayYieldsNothingAndSaysSo() throws {
    var reader = JSONElementReader(ByteStream(bytes: Array(#"{"ok":false}"#.utf8), path: "p.json"))
    #expect(try reader.next() == nil)
    #expect(reader.foundPageArray == false)
  }

  @Test(arguments: [1, 4, 1 << 20])
  func jsonLinesSkipBlankLinesAndRecoverFromABadLine(chunkSize: Int) {
    let text = "{\"type\":\"user\",\"n\":1}\r\n\n  \n{\"type\":\"post\",}\n{\"type\":\"post\",\"n\":3}"
    let (items, error) = readItems(text, shape: .lines, chunkSize: chunkSize)
    #expect(error == nil)
    #expect(items.count == 3)
    #expect(values(items).map { $0["n"]?.int } == [1, 3])
    #expect(items[1] == .malformed(line: 4, column: 16, detail: "expected a member name in quotes, found '}'"))
  }

  @Test func singleDocumentIsOneElement() {
    let (items, error) = readItems(#"{"U1":"ann","U2":""}"#, shape: .single)
    #expect(error == nil)
    #expect(values(items).first?.object?.keys == ["U1", "U2"])
  }

  @Test func syntaxErrorInsideAnElementIsSkippedWithItsPositionAndReadingGoesOn() {
    let text = "[{\"a\": 1},\n {\"b\": },\n {\"c\": 3}]"
    let (items, error) = readItems(text, chunkSize: 2)
    #expect(error == nil)
    #expect(items.count == 3)
    #expect(items[1] == .malformed(line: 2, column: 8, detail: "expected a value, found '}'"))
    #expect(values(items).count == 2)
  }

  @Test(arguments: [1, 1 << 20])
  func truncatedFileIsInvalidJSONAtItsEnd(chunkSize: Int) {
    let (items, error) = readItems("[{\"a\": 1},\n {\"b\": \"unfinished", chunkSize: chunkSize)
    #expect(values(items).count == 1)
    #expect(error == .invalidJSON(path: "t.json", line: 2, column: 19,
                                  detail: "the file ends inside a value (truncated?)"))
    #expect(readItems("[1, 2", chunkSize: chunkSize).error
      == .invalidJSON(path: "t.json", line: 1, column: 6, detail: "the file ends inside the array (truncated?)"))
    #expect(readItems("", chunkSize: chunkSize).error != nil)
  }

  @Test func framingErrorsNameLineAndColumn() {
    #expect(readItems("[1 2]").error == .invalidJSON(
      path: "t.json", line: 1, column: 4, detail: "expected ',' or ']' after an element, found '2'"))
    #expect(readItems("[{\"a\": [1}]").error == .invalidJSON(
      path: "t.json", line: 1, column: 10, detail: "mismatched bracket, found '}'"))
    #expect(readItems("[1]\n x").error == .invalidJSON(
      path: "t.json", line: 2, column: 2, detail: "unexpected content after the JSON value, found 'x'"))
    #expect(readItems("{\"messages\": [1]}", shape: .array).error == .invalidJSON(
      path: "t.json", line: 1, column: 1, detail: "expected '[' at the start of the file, found '{'"))
  }

  @Test(arguments: [1, 1 << 20])
  func invalidUTF8InAStringIsAMalformedElement(chunkSize: Int) {
    let bytes = Array("[\"ok\",\n\"bad ".utf8) + [0xC3, 0x28] + Array("\", \"fine\"]".utf8)
    let (items, error) = readItems(bytes, chunkSize: chunkSize)
    #expect(error == nil)
    #expect(items == [.value(.string("ok")), .malformed(line: 2, column: 2, detail: "invalid UTF-8 in a string"),
                      .value(.string("fine"))])
  }

  @Test func badEscapesAndNumbersAreMalformed() {
    let (items, _) = readItems(#"["\ud800", "\x", 01, 1., -, "\u12"]"#)
    let details = items.compactMap { if case .malformed(_, _, let detail) = $0 { detail } else { nil } }
    #expect(details.count == 6)
    #expect(details.first == #"unpaired surrogate \ud800"#)
  }

  @Test func nestingBombIsSkippedWithoutExhaustingTheStack() {
    let depth = 100_000
    let bomb = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
    let bytes = Array("[1,".utf8) + bomb + Array(",2]".utf8)
    let (items, error) = readItems(bytes, chunkSize: 4096)
    #expect(error == nil)
    let tooDeep = JSONItem.malformed(line: 1, column: 4, detail: "nesting deeper than 64 levels; skipped")
    #expect(items == [.value(.number(1)), tooDeep, .value(.number(2))])
  }

  @Test func hugeStringIsReadAcrossManyChunks() {
    let huge = String(repeating: "x\\\"", count: 300_000)
    let (items, error) = readItems("[\"\(huge)\", 1]", chunkSize: 1000)
    #expect(error == nil)
    #expect(values(items).first?.string?.count == 600_000)
  }

  @Test func elementLargerThanTheLimitIsSkippedNotKept() {
    let big = "[{\"t\":\"" + String(repeating: "y", count: 50_000) + "\"},{\"t\":\"small\"}]"
    let (items, error) = readItems(Array(big.utf8), chunkSize: 1000, maximumElementBytes: 10_000)
    #expect(error == nil)
    #expect(items.first == .malformed(line: 1, column: 2, detail: "element larger than 10000 bytes; skipped"))
    #expect(values(items).map { $0["t"]?.string } == ["small"])
  }
}
