import Testing

@testable import Reports

@Suite struct XMLEscapingTests {
  @Test func markupCharactersBecomeEntities() {
    #expect(XMLEscaping.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
      == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;")
  }

  @Test func nonASCIIIsKeptAsIs() {
    #expect(XMLEscaping.escape("Zoë Ångström 東京 🙂") == "Zoë Ångström 東京 🙂")
  }

  @Test func whitespaceControlsBecomeCharacterReferences() {
    #expect(XMLEscaping.escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
  }

  @Test func charactersXMLCannotHoldBecomeReplacementCharacters() {
    #expect(XMLEscaping.escape("a\u{0}b\u{1B}c\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
  }

  @Test func plainTextIsUnchanged() {
    #expect(XMLEscaping.escape("plain text 42") == "plain text 42")
  }
}
