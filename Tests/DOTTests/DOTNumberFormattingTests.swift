import DOT
import Testing
import TestSupport

@Suite struct DOTNumberFormattingTests {
  @Test func integralValuesHaveNoFraction() {
    #expect(DOTNumberFormatting.numeral(2) == "2")
    #expect(DOTNumberFormatting.numeral(-3) == "-3")
    #expect(DOTNumberFormatting.numeral(-0.0) == "0")
  }

  @Test func fractionsUseShortestDigits() {
    #expect(DOTNumberFormatting.numeral(0.5) == "0.5")
    #expect(DOTNumberFormatting.numeral(0.1) == "0.1")
    #expect(DOTNumberFormatting.numeral(1.0 / 3.0) == "0.3333333333333333")
  }

  @Test func exponentsAreExpanded() {
    #expect(DOTNumberFormatting.numeral(1e-5) == "0.00001")
    #expect(DOTNumberFormatting.numeral(-1.25e-7) == "-0.000000125")
    #expect(DOTNumberFormatting.numeral(1.5e20) == "150000000000000000000")
    #expect(DOTNumberFormatting.numeral(1.2345e17) == "123450000000000000")
  }

  @Test func nonFiniteValuesStayReadable() {
    #expect(DOTNumberFormatting.numeral(.nan) == "0")
    #expect(DOTNumberFormatting.numeral(.infinity) == DOTNumberFormatting.numeral(.greatestFiniteMagnitude))
    #expect(DOTNumberFormatting.numeral(-.infinity).hasPrefix("-17976931348623157"))
  }

  @Test func randomValuesRoundTripAsNumerals() {
    for seed in UInt64(0)..<200 {
      var generator = SplitMix64(seed: seed)
      let bits = generator.next()
      let value = Double(bitPattern: bits)
      guard value.isFinite else { continue }
      let text = DOTNumberFormatting.numeral(value)
      #expect(DOTQuoting.isNumeral(text), "seed \(seed): \(value) → \(text)")
      #expect(Double(text) == value, "seed \(seed): \(value) → \(text)")
    }
  }
}
