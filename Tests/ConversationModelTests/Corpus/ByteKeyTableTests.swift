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

  private func bytes(_ prefix: UInt32, _ text: String) -> [UInt8] {
    withUnsafeBytes(of: prefix.littleEndian) { Array($0) } + Array(text.utf8)
  }

  private func insert(
    prefix: UInt32, _ text: String, into table: inout ByteKeyTable
  ) -> (ordinal: Int, inserted: Bool) {
    Array(text.utf8).withUnsafeBytes { table.insert(prefix: prefix, $0) }
  }

  private func ordinal(prefix: UInt32, _ text: String, in table: ByteKeyTable) -> Int? {
    Array(text.utf8).withUnsafeBytes { table.ordinal(prefix: prefix, $0) }
  }

  @Test func aPrefixedKeyIsTheKeyOfItsConcatenatedBytes() {
    var table = ByteKeyTable()
    #expect(insert(prefix: 3, "m42", into: &table) == (0, true))
    #expect(bytes(3, "m42").withUnsafeBytes { table.insert($0) } == (0, false))
    #expect(Array(table.key(at: 0)) == bytes(3, "m42"))
    #expect(bytes(7, "an id longer than eight bytes").withUnsafeBytes { table.insert($0) } == (1, true))
    #expect(ordinal(prefix: 7, "an id longer than eight bytes", in: table) == 1)
    #expect(insert(prefix: 7, "an id longer than eight bytes", into: &table) == (1, false))
    #expect(ordinal(prefix: 8, "an id longer than eight bytes", in: table) == nil)
    #expect(ordinal(prefix: 7, "an id longer than eight byte", in: table) == nil)
    #expect(ordinal(prefix: 3, "m4", in: table) == nil)
  }

  @Test func aConstantHashKeepsPrefixedKeysApart() {
    // Every key collides in tag and slot: the prefix and the body are both compared in full.
    var table = ByteKeyTable(hashMask: 0)
    let ids = ["", "1", "12345678", "123456789", "123456780"]
    for input in 0..<3 {
      for (index, id) in ids.enumerated() {
        #expect(insert(prefix: UInt32(input), id, into: &table) == (input * ids.count + index, true))
      }
    }
    for input in 0..<3 {
      for (index, id) in ids.enumerated() {
        #expect(ordinal(prefix: UInt32(input), id, in: table) == input * ids.count + index)
        #expect(bytes(UInt32(input), id).withUnsafeBytes { table.ordinal(of: $0) } == input * ids.count + index)
      }
    }
    #expect(ordinal(prefix: 3, "1", in: table) == nil)
    #expect(ordinal(prefix: 0, "12", in: table) == nil)
    #expect(Array(repeating: UInt8(0), count: 7).withUnsafeBytes { table.ordinal(of: $0) } == nil)
  }

  @Test func clusteredHomesKeepTheirOrdinalsThroughGrowth() {
    // Only the top 3 bits of each hash (the home slot's bits) and one tag bit vary: every growth moves long runs
    // of keys sharing a home, and most tags match, so keys are told apart by their bytes.
    var table = ByteKeyTable(hashMask: 0xE000_0001_0000_0000)
    for index in 0..<3_000 { #expect(insert("k\(index)", into: &table) == (index, true)) }
    var found = 0
    for index in 0..<3_000 where ordinal("k\(index)", in: table) == index { found += 1 }
    #expect(found == 3_000)
    #expect(insert("k2999", into: &table) == (2_999, false))
    #expect(ordinal("k3000", in: table) == nil)
  }
}
