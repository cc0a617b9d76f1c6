import ConversationModel
import Testing

@Suite struct ShortKeyTableTests {
  private func value(_ text: String, in table: ShortKeyTable) -> Int32? {
    Array(text.utf8).withUnsafeBytes { table.value(of: $0) }
  }

  /// Keys that differ only by length or a trailing NUL byte stay apart, through several growths of the table.
  @Test func keysOfEveryLengthAreFoundAfterGrowth() {
    var table = ShortKeyTable()
    let keys = (0..<5_000).map { String($0) } + ["", "1\u{0}", "12345678", "\u{0}"]
    for (index, key) in keys.enumerated() {
      #expect(value(key, in: table) == nil)
      Array(key.utf8).withUnsafeBytes { table.insert($0, value: Int32(index)) }
    }
    for (index, key) in keys.enumerated() { #expect(value(key, in: table) == Int32(index)) }
    #expect(value("5000", in: table) == nil)
    #expect(value("\u{0}\u{0}", in: table) == nil)
  }

  /// `CorpusBuilder.person(idBytes:)` gives the same person as the `String` path for short and long ids.
  @Test func builderInternsIDBytesLikeStrings() {
    var builder = CorpusBuilder()
    let ids = ["ann", "bob", "a-person-id-longer-than-eight-bytes", "ann", "a-person-id-longer-than-eight-bytes"]
    let indices = ids.map { id in Array(id.utf8).withUnsafeBytes { builder.person(idBytes: $0) } }
    #expect(indices == [0, 1, 2, 0, 2])
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ["ann", "bob", "a-person-id-longer-than-eight-bytes"])
    #expect(corpus.personIndex(id: "bob") == 1)
  }
}
