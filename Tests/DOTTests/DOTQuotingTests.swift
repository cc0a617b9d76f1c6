import DOT
import Testing

@Suite struct DOTQuotingTests {
  @Test(arguments: ["Alice", "_x1", "snake_case_2", "A"])
  func plainIdentifierIsUnquoted(text: String) {
    #expect(DOTQuoting.id(text) == text)
  }

  @Test func identifierStartingWithDigitIsQuoted() {
    #expect(DOTQuoting.id("1abc") == "\"1abc\"")
  }

  @Test(arguments: ["42", "0", "-4.2", ".42", "-.5", "1.", "007"])
  func numeralIsUnquoted(text: String) {
    #expect(DOTQuoting.isNumeral(text))
    #expect(DOTQuoting.id(text) == text)
  }

  @Test(arguments: ["-", ".", "-.", "1.2.3", "+1", "1e5", "1-2", "--1"])
  func nonNumeralIsQuoted(text: String) {
    #expect(!DOTQuoting.isNumeral(text))
    #expect(DOTQuoting.id(text) == "\"\(text)\"")
  }

  @Test(arguments: ["node", "edge", "graph", "digraph", "subgraph", "strict", "Graph", "NODE", "StRiCt"])
  func keywordIsQuotedIgnoringCase(text: String) {
    #expect(DOTQuoting.id(text) == "\"\(text)\"")
  }

  @Test func wordContainingKeywordIsUnquoted() {
    #expect(DOTQuoting.id("graphs") == "graphs")
    #expect(DOTQuoting.id("nodeA") == "nodeA")
  }

  @Test func emptyStringIsTwoQuotes() {
    #expect(DOTQuoting.id("") == "\"\"")
  }

  @Test func spaceAndPunctuationAreQuoted() {
    #expect(DOTQuoting.id("Alice Smith") == "\"Alice Smith\"")
    #expect(DOTQuoting.id("a-b") == "\"a-b\"")
    #expect(DOTQuoting.id("a;b") == "\"a;b\"")
  }

  @Test func doubleQuoteIsEscaped() {
    #expect(DOTQuoting.id("say \"hi\"") == #""say \"hi\"""#)
  }

  @Test func backslashIsEscapedSoLabelEscapesStayLiteral() {
    #expect(DOTQuoting.id(#"a\b"#) == #""a\\b""#)
    #expect(DOTQuoting.id(#"\N"#) == #""\\N""#)
    #expect(DOTQuoting.id(#"line\nbreak"#) == #""line\\nbreak""#)
  }

  @Test func backslashRunsDoubleEachBackslash() {
    #expect(DOTQuoting.id(#"\\"#) == #""\\\\""#)
    #expect(DOTQuoting.id(#"a\\\"#) == #""a\\\\\\""#)
  }

  @Test func escapedQuoteInInputIsNotTreatedAsAlreadyEscaped() {
    #expect(DOTQuoting.id(#"a\"b"#) == #""a\\\"b""#)
  }

  @Test func newlinesBecomeGraphvizLineBreaks() {
    #expect(DOTQuoting.id("a\nb") == #""a\nb""#)
    #expect(DOTQuoting.id("a\r\nb") == #""a\nb""#)
    #expect(DOTQuoting.id("a\rb") == #""a\nb""#)
    #expect(DOTQuoting.id("a\n\nb") == #""a\n\nb""#)
  }

  @Test func nonASCIILettersAreIdentifierBytesAndPassThrough() {
    #expect(DOTQuoting.id("Zoë") == "Zoë")
    #expect(DOTQuoting.id("東京") == "東京")
    #expect(DOTQuoting.id("Zoë Müller 👋") == "\"Zoë Müller 👋\"")
  }

  @Test func nulCharacterIsReplaced() {
    #expect(DOTQuoting.id("a\u{0}b") == "\"a\u{FFFD}b\"")
  }

  @Test func angleBracketsAreQuotedNotHTML() {
    #expect(DOTQuoting.id("<b>x</b>") == "\"<b>x</b>\"")
  }

  @Test func htmlEscapingCoversXMLSpecials() {
    #expect(DOTQuoting.escapedHTML(#"<a & 'b' "c">"#) == "&lt;a &amp; &#39;b&#39; &quot;c&quot;&gt;")
  }
}
