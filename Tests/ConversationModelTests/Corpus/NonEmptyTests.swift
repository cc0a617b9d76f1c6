import Foundation
import Testing

@testable import ConversationModel

/// `Optional<String>.nonEmpty`'s ASCII fast path against its definition, Foundation's whitespace trim.
@Suite struct NonEmptyTests {
  private func byTrimming(_ text: String?) -> String? {
    guard let value = text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
    return value
  }

  @Test(arguments: [
    "alee", " alee", "alee\t", "a", "~", "!", "\u{A0}x\u{A0}", "x\u{2028}", "\u{E9}t\u{E9}", "a\u{301}",
    "\n", "", " ", "a b", "\u{7F}a", "a\u{7F}", "\u{85}a", "a\r\n", "\u{3000}\u{3000}", "\u{FEFF}a",
    "\u{1}a", "a\u{1F}", "\u{0B}x", "x\u{0C}", "\u{1C}x\u{1D}",
  ])
  func fastPathAgreesWithTrimming(text: String) {
    #expect(Optional(text).nonEmpty == byTrimming(text))
  }

  @Test func missingIsNil() {
    #expect((nil as String?).nonEmpty == nil)
  }
}
