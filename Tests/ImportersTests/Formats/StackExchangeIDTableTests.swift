import Testing

@testable import Importers

/// `StackExchangeIDTable` keeps every id by its exact text, whether it is kept as a number or in the dictionary.
@Suite struct StackExchangeIDTableTests {
  @Test func distinctTextsNeverShareAValue() {
    var table = StackExchangeIDTable()
    table.set("10", 1)
    table.set("010", 2)
    table.set("a10", 3)
    table.set("-1", 4)
    #expect(table["10"] == 1)
    #expect(table["010"] == 2)
    #expect(table["a10"] == 3)
    #expect(table["-1"] == 4)
    #expect(table["11"] == nil)
    #expect(table["0"] == nil)
  }

  @Test func aNumberPastTheBoundGoesToTheDictionaryAndLaterSetsWin() {
    var table = StackExchangeIDTable()
    // 99,999,999 is past 4 × 1 + 65,536 numbers: kept by text, not by a 400 MB table.
    table.set("99999999", 7)
    #expect(table["99999999"] == 7)
    table.set("5", 8)
    table.set("5", 9)
    #expect(table["5"] == 9)
    for id in 1...20_000 { table.set(String(id), Int32(id)) }
    #expect(table["20000"] == 20_000)
    #expect(table["99999999"] == 7)
  }
}
