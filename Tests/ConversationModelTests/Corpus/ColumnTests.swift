import ConversationModel
import Foundation
import Testing

/// The corpus's compact columns give back exactly what was stored, whichever representation they chose.
@Suite struct ColumnTests {
  @Test func columnKeepsItsElementsThroughGrowthShrinkingAndCopies() {
    var column = Column<UInt32>()
    for value in 0..<100_000 { column.append(UInt32(value) &* 2_654_435_761) }
    column.shrinkToFit()
    var copy = column
    copy[7] = 1
    copy.append(2)
    #expect(column.count == 100_000)
    #expect(copy.count == 100_001)
    #expect((0..<100_000).allSatisfy { column[$0] == UInt32($0) &* 2_654_435_761 })
    #expect(column[7] == 7 &* 2_654_435_761)
    #expect(copy[7] == 1)
    #expect(copy[100_000] == 2)
    let bytes: [UInt8] = [1, 2, 3]
    var arena = Column<UInt8>()
    bytes.withUnsafeBufferPointer { arena.append(contentsOf: $0) }
    bytes.withUnsafeBufferPointer { arena.append(contentsOf: $0) }
    #expect(arena.withUnsafeBufferPointer { Array($0) } == [1, 2, 3, 1, 2, 3])
  }

  @Test func uniformColumnWritesItsRunOutAtTheFirstDifferentValue() {
    var column = UniformColumn<Int32>()
    for _ in 0..<1_000 { column.append(-1) }
    column[3] = -1
    #expect(column.count == 1_000)
    #expect((0..<1_000).allSatisfy { column[$0] == -1 })
    column.append(5)
    column[10] = 9
    column.append(-1)
    #expect(column.count == 1_002)
    #expect(column[1_000] == 5)
    #expect(column[10] == 9)
    #expect(column[1_001] == -1)
    #expect((0..<1_000).filter { column[$0] != -1 } == [10])
    var set = UniformColumn<Int32>()
    set.append(-1)
    set.append(-1)
    set[0] = 4
    #expect([set[0], set[1]] == [4, -1])
  }

  @Test func timeColumnGivesBackEveryDoubleExactly() {
    var whole = TimeColumn()
    let seconds: [Double] = [700_000_000, 700_000_060, 0, -5, 700_000_000 + 2_000_000_000]
    whole.appendMissing()
    for value in seconds { whole.append(value) }
    #expect((0..<seconds.count).map { whole[$0 + 1] } == seconds)
    // A fraction, a negative zero and an offset beyond Int32 each turn the column into Doubles, earlier times kept.
    for odd: Double in [1.25, -0.0, 700_000_000 + 3_000_000_000.0, 1e300, .infinity] {
      var column = TimeColumn()
      for value in seconds { column.append(value) }
      column.append(odd)
      column.append(42)
      let stored = (0..<column.count).map { column[$0] }
      #expect(stored.map(\.bitPattern) == (seconds + [odd, 42]).map(\.bitPattern))
    }
  }

  @Test func messageListKeepsReactionsThatStartLateAndExactTimes() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    let times: [Date] = [
      Date(timeIntervalSinceReferenceDate: 600_000_000), Date(timeIntervalSinceReferenceDate: 600_000_001.5),
      Date(timeIntervalSinceReferenceDate: -0.0),
    ]
    builder.add(.message(MessageRecord(id: "1", author: "ann", time: times[0], mentions: ["bo"])))
    builder.add(.message(MessageRecord(id: "2", author: "bo", time: times[1], channel: "c", mentions: ["ann"])))
    builder.add(.message(MessageRecord(id: "3", author: "cy", time: times[2], reactions: ["ann", "bo"])))
    builder.add(.message(MessageRecord(id: "4", author: "ann", mentions: ["cy"])))
    let corpus = builder.build()
    let messages = corpus.messages
    let name = { (index: PersonIndex) in corpus.people[Int(index)].id }
    #expect(messages.indices.map { messages.mentions(of: $0).map(name) } == [["bo"], ["ann"], [], ["cy"]])
    #expect(messages.indices.map { messages.reactions(of: $0).map(name) } == [[], [], ["ann", "bo"], []])
    #expect(messages.indices.map { messages.time(of: $0) } == times + [nil])
    #expect(messages.time(of: 2)?.timeIntervalSinceReferenceDate.sign == .minus)
    #expect(messages.indices.map { messages.channel(of: $0) } == [nil, "c", nil, nil])
  }
}
