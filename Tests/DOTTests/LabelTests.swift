import DOT
import Testing

@Suite struct LabelTests {
  @Test func singleLineTextUsesIdentifierQuoting() {
    #expect(Label.text("Alice").dotValue == "Alice")
    #expect(Label.text("Alice Smith").dotValue == "\"Alice Smith\"")
  }

  @Test func newlineInTextIsCentredBreak() {
    #expect(Label.text("Alice\nSales").dotValue == #""Alice\nSales""#)
  }

  @Test func centredLinesAreJoinedWithoutTrailingBreak() {
    #expect(Label.lines(["a", "b"]).dotValue == #""a\nb""#)
  }

  @Test func leftJustifiedLinesEachEndWithBackslashL() {
    #expect(Label.lines(["a", "b c"], justification: .left).dotValue == #""a\lb c\l""#)
  }

  @Test func rightJustifiedLinesEachEndWithBackslashR() {
    #expect(Label.lines(["x"], justification: .right).dotValue == #""x\r""#)
  }

  @Test func lineTextStaysLiteral() {
    #expect(Label.lines([#"C:\n"#, "\"q\""], justification: .left).dotValue == #""C:\\n\l\"q\"\l""#)
  }

  @Test func htmlLabelIsWrittenInAngleBrackets() throws {
    let label = try Label.html("<b>Sales</b> &amp; Ops")
    #expect(label.dotValue == "<<b>Sales</b> &amp; Ops>")
  }

  @Test func htmlLabelWithExtraClosingBracketThrows() {
    #expect(throws: DOTError.unbalancedHTMLLabel(markup: "a>b<", offset: 2)) { try Label.html("a>b<") }
  }

  @Test func htmlLabelWithUnclosedBracketThrows() {
    #expect(throws: DOTError.unbalancedHTMLLabel(markup: "<b", offset: 2)) { try Label.html("<b") }
  }

  @Test func unbalancedHTMLErrorDescriptionNamesMarkupAndOffset() {
    let error = DOTError.unbalancedHTMLLabel(markup: "<b", offset: 2)
    #expect(error.description == "error: HTML label '<b' has unbalanced '<' and '>' at offset 2")
  }
}
