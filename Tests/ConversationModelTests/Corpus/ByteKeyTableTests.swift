import ConversationModel
import Testing

@Suite struct ByteKeyTableTests {
  private func insert(_ text: String, into table: inout ByteKeyTable) -> (ordinal: Int, inserted: Bool) {
    Array(text.utf8).withUnsafeBytes { table.insert($0) }
  }

  private func ordinal(_ text: String, in table: ByteKeyTable) -> Int? {
    Array(text.utf8).withUnsafeBytes { table.ordinal(of: $0) }
  }

  @Test func keysAreNumberedInInsertionOrderAndFoundAgain() {
    var table = ByteKeyTable()
    #expect(insert("c00/1.0", into: &table) == (0, true))
    #expect(insert("c00/2.0", into: &table) == (1, true))
    #expect(insert("c00/1.0", into: &table) == (0, false))
    #expect(ordinal("c00/2.0", in: table) == 1)
    #expect(ordinal("c00/3.0", in: table) == nil)
    #expect(Array(table.key(at: 1)) == Array("c00/2.0".utf8))
    #expect(table.count == 2)
  }

  @Test func aConstantHashNeverMergesDistinctKeys() {
    // Every key collides in full (tag and slot): only the byte comparison tells them apart.
    var table = ByteKeyTable(hashMask: 0)
    let keys = (0..<200).map { "m\($0)" } + ["", "m1\u{0}", "m10x"]
    for (index, key) in keys.enumerated() { #expect(insert(key, into: &table) == (index, true)) }
    for (index, key) in keys.enumerated() { #expect(ordinal(key, in: table) == index) }
    #expect(ordinal("m200", in: table) == nil)
    #expect(ordinal("m1", in: table) == 1)
  }

  @Test func aTwoBitHashKeepsPrefixesAndEqualLengthKeysApart() {
    var table = ByteKeyTable(hashMask: 1 << 32 | 1)
    for key in ["ab", "ba", "a", "abc", "abd"] { #expect(insert(key, into: &table).inserted) }
    #expect(ordinal("ba", in: table) == 1)
    #expect(ordinal("abd", in: table) == 4)
    #expect(ordinal("b", in: table) == nil)
  }

  @Test func manyKeysSurviveGrowthWithTheDefaultHash() {
    var table = ByteKeyTable()
    for index in 0..<50_000 { #expect(insert("k\(index)", into: &table).ordinal == index) }
    var found = 0
    for index in stride(from: 0, to: 50_000, by: 7) where ordinal("k\(index)", in: table) == index { found += 1 }
    #expect(found == (50_000 + 6) / 7)
    #expect(ordinal("k50000", in: table) == nil)
  }
}
