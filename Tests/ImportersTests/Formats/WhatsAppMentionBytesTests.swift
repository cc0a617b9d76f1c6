import Testing

@testable import Importers

/// The byte comparison of printable ASCII names in `WhatsAppParticipants.mentions(in:)` against the definition:
/// every participant tried in order at each `@`, compared as `Character`s.
@Suite struct WhatsAppMentionBytesTests {
  /// Texts where the bytes settle the match, and texts where a non-ASCII byte (a combining mark, the Kelvin
  /// sign that is canonically `K`) must leave it to `Character`s.
  @Test(arguments: [
    "@Ann Kim and @Ann", "@Ann \u{212A}im", "@Ann Kim1 @Ann_", "@Bob_x @Bob", "@Bob\u{301} @Bob2 @Bob.", "@Ann\r\n",
    "@Ann Ki", "@OK\u{212A} @O\u{212A}", "@Zo\u{EB} @Zoe\u{308}!", "@An", "@", "x@Ann", "@+48 600 100", "@Ann\u{E9}",
    "@Ann \u{1F680}", "@Bob\t@Ann@Bob",
  ])
  func asciiNamesAgreeWithCharacterScan(text: String) {
    for senders: Set<String> in [["Ann", "Ann Kim", "Bob", "OK", "Zo\u{EB}", "+48 600"], ["Ann", "", "Bob"]] {
      let participants = WhatsAppParticipants(senders)
      #expect(participants.mentions(in: text) == whatsAppMentionsByScan(text, participants.names), "\(text)")
    }
  }
}
