import ConversationModel
import Testing

@Suite struct DecimalKeyTableTests {
  private func number(_ text: String) -> Int? {
    Array(text.utf8).withUnsafeBytes { DecimalKeyTable.number(of: $0) }
  }

  /// Only canonical decimal ids of 1 to 8 digits are numbers, so no two different ids share one.
  @Test func onlyCanonicalDecimalIDsAreNumbers() {
    #expect(number("0") == 0)
    #expect(number("17") == 17)
    #expect(number("99999999") == 99_999_999)
    #expect(number("") == nil)
    #expect(number("007") == nil)
    #expect(number("00") == nil)
    #expect(number("123456789") == nil)
    #expect(number("12a") == nil)
    #expect(number("-1") == nil)
    #expect(number(" 1") == nil)
    #expect(number("1/") == nil)
    #expect(number("1:") == nil)
  }

  /// Values are found after growth; numbers at or above the limit are refused and stay absent.
  @Test func valuesAreFoundBelowTheLimitOnly() {
    var table = DecimalKeyTable()
    for value in (0..<3_000).reversed() {
      let stored = table.insert(value * 3, value: Int32(value), limit: 10_000)
      #expect(stored)
    }
    for value in 0..<3_000 { #expect(table.value(of: value * 3) == Int32(value)) }
    #expect(table.value(of: 1) == nil)
    #expect(table.value(of: 9_999) == nil)
    let stored = table.insert(10_000, value: 5, limit: 10_000)
    #expect(!stored)
    #expect(table.value(of: 10_000) == nil)
    #expect(table.value(of: 1 << 40) == nil)
  }

  /// `person(idBytes:)` keeps decimal ids, leading-zero ids and ids beyond the decimal table apart, and gives
  /// the same people as the `String` path whichever table holds them.
  @Test func builderKeepsDecimalAndOtherIDsApart() {
    var builder = CorpusBuilder()
    let ids = ["7", "07", "99999999", "0", "7", "abc", "99999999", "07", "0"]
    let indices = ids.map { id in Array(id.utf8).withUnsafeBytes { builder.person(idBytes: $0) } }
    #expect(indices == [0, 1, 2, 3, 0, 4, 2, 1, 3])
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ["7", "07", "99999999", "0", "abc"])
    #expect(corpus.personIndex(id: "99999999") == 2)
  }

  /// A decimal id first kept outside the decimal table (too large while few people were known) is still found
  /// once the table has grown past it.
  @Test func largeDecimalIDIsFoundAfterThePeopleGrow() {
    var builder = CorpusBuilder()
    let late = "100000"
    let first = Array(late.utf8).withUnsafeBytes { builder.person(idBytes: $0) }
    for id in 0..<20_000 { _ = Array(String(id).utf8).withUnsafeBytes { builder.person(idBytes: $0) } }
    #expect(Array(late.utf8).withUnsafeBytes { builder.person(idBytes: $0) } == first)
    #expect(Array(late.utf8).withUnsafeBytes { builder.person(idBytes: $0) } == first)
    #expect(builder.build().people.count == 20_001)
  }
}
