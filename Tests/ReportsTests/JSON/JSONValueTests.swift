import Foundation
import Reports
import Testing

@Suite struct JSONValueTests {
  @Test func quotesBackslashesAndNewlinesAreEscaped() {
    let value = JSONValue.string("say \"hi\"\\path\nnext\r\tend")
    #expect(value.serialized() == #""say \"hi\"\\path\nnext\r\tend""#)
  }

  @Test func otherControlCharactersUseUnicodeEscapes() {
    #expect(JSONValue.string("a\u{0}b\u{1F}c\u{08}").serialized() == #""a\u0000b\u001fc\u0008""#)
  }

  @Test func nonASCIITextIsWrittenAsIs() {
    #expect(JSONValue.string("Zoë 東京 🙂").serialized() == "\"Zoë 東京 🙂\"")
  }

  @Test func escapedStringsRoundTripThroughFoundation() throws {
    let original = "q\" b\\ n\n t\t nul\u{0} bell\u{7} é 😀 \u{7F}"
    let text = JSONValue.array([.string(original)]).serialized()
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
    #expect(parsed == [original])
  }

  @Test func nonFiniteNumbersBecomeNull() {
    let values: [JSONValue] = [.number(.nan), .number(.infinity), .number(-.infinity)]
    #expect(JSONValue.array(values).serialized() == "[null, null, null]")
  }

  @Test func wholeNumbersHaveNoFractionAndOthersRoundTrip() throws {
    #expect(JSONValue.number(3.0).serialized() == "3")
    #expect(JSONValue.number(-42).serialized() == "-42")
    #expect(JSONValue.integer(7).serialized() == "7")
    #expect(JSONValue.number(0.1).serialized() == "0.1")
    let third = 1.0 / 3.0
    #expect(Double(JSONValue.number(third).serialized()) == third)
    // Beyond 1e15 a whole double keeps Swift's shortest form, which JSON parsers read back exactly.
    let large = JSONValue.array([.number(1e20)]).serialized()
    let parsed = try JSONSerialization.jsonObject(with: Data(large.utf8)) as? [Double]
    #expect(parsed == [1e20])
  }

  @Test func objectKeysKeepTheirOrder() {
    let value = JSONValue.object([("zeta", .integer(1)), ("alpha", .bool(true)), ("mid", .null)])
    #expect(value.serialized() == "{\n  \"zeta\": 1,\n  \"alpha\": true,\n  \"mid\": null\n}")
  }

  @Test func nestedContainersAreIndentedAndScalarArraysStayOnOneLine() {
    let value = JSONValue.object([
      ("matrix", .array([.array([.integer(1), .integer(2)]), .array([.number(0.5), .null])])),
      ("empty", .object([])), ("list", .array([])),
    ])
    let expected = """
      {
        "matrix": [
          [1, 2],
          [0.5, null]
        ],
        "empty": {},
        "list": []
      }
      """
    #expect(value.serialized() == expected)
  }

  @Test func keysAreEscapedLikeStrings() {
    #expect(JSONValue.object([("a\"b", .integer(1))]).serialized() == "{\n  \"a\\\"b\": 1\n}")
  }
}
