import DOT
import Testing

@Suite struct ColorTests {
  @Test func opaqueColorIsSixHexDigits() {
    #expect(Color(red: 0x1F, green: 0x77, blue: 0xB4).dotValue == "\"#1f77b4\"")
  }

  @Test func translucentColorAddsAlpha() {
    #expect(Color(red: 0, green: 10, blue: 255, alpha: 0x80).dotValue == "\"#000aff80\"")
  }

  @Test func hexParsingAcceptsRGBAndRGBA() {
    #expect(Color(hex: "#1F77b4") == Color(red: 0x1F, green: 0x77, blue: 0xB4))
    #expect(Color(hex: "#01020304") == Color(red: 1, green: 2, blue: 3, alpha: 4))
  }

  @Test(arguments: ["1f77b4", "#1f77b", "#1f77b4f", "#gggggg", "#+1f77b", "", "#"])
  func malformedHexIsRejected(text: String) {
    #expect(Color(hex: text) == nil)
  }

  @Test func namedColorGoesThroughQuoting() {
    #expect(Color.named("lightblue").dotValue == "lightblue")
    #expect(Color.named("/blues9/3").dotValue == "\"/blues9/3\"")
    #expect(Color.black.dotValue == "black")
  }
}
