import Testing
import TestSupport

@testable import Importers

/// `DigitIDMemo` against a `Dictionary`, and the ids that must (not) have a key.
@Suite struct DigitIDMemoTests {
  @Test func keysAreGivenOnlyToPlainDigitStrings() {
    #expect(DigitIDMemo.key("0") == 0)
    #expect(DigitIDMemo.key("1501160") == 1_501_160)
    #expect(DigitIDMemo.key("999999999999999999") == 999_999_999_999_999_999)
    for raw in ["", "007", "00", "1234567890123456789", "12a", " 5", "5 ", "-5", "+5", "٣", "1_000"] {
      #expect(DigitIDMemo.key(raw) == nil, "\(raw)")
    }
  }

  @Test(arguments: [UInt64(1), 2])
  func memoAgreesWithADictionaryThroughGrowth(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var memo = DigitIDMemo()
    var reference: [UInt64: String] = [:]
    // Keys from a small range repeat; large ones collide in the top bits only by chance.
    for step in 0..<5_000 {
      let key = step % 3 == 0 ? generator.next() % 1_000 : generator.next() % 1_000_000_000_000_000_000
      #expect(memo.value(key) == reference[key], "key \(key) before step \(step)")
      if reference[key] == nil {
        memo.insert(key, "id\(key)")
        reference[key] = "id\(key)"
      }
    }
    for (key, value) in reference { #expect(memo.value(key) == value) }
  }
}
