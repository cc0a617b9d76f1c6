import ConversationModel
import Foundation
import Testing

/// People added by decimal id bytes without the `String` dictionary must be the same people, in the same order,
/// as through `PersonRecord`s: found again by every later path, merged by a directory record, kept apart from
/// the ids the decimal table cannot hold.
@Suite struct DecimalPeopleTests {
  private func person(_ builder: inout CorpusBuilder, _ id: String) -> PersonIndex {
    Array(id.utf8).withUnsafeBytes { builder.person(idBytes: $0) }
  }

  /// A directory record after the interactions fills in the person the bytes made; messages find it by `String`.
  @Test func directoryRecordAndMessagesFindPeopleAddedByBytes() {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    #expect([person(&builder, "12"), person(&builder, "5"), person(&builder, "12")] == [0, 1, 0])
    let index = builder.intern(PersonRecord(id: "5", name: "Ann", email: "ann@corp.example"))
    #expect(index == 1)
    #expect(builder.intern(PersonRecord(id: "ann-alias", email: "ANN@corp.example")) == 1)
    builder.add(.message(MessageRecord(id: "m1", author: "12", mentions: ["5", "77"])))
    #expect(person(&builder, "77") == 2)
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ["12", "5", "77"])
    #expect(corpus.people[1].name == "Ann")
    #expect(corpus.personIndex(id: "12") == 0)
    #expect(corpus.personIndex(id: "ann-alias") == 1)
    #expect(corpus.personIndex(id: "012") == nil)
    #expect(corpus.personIndex(id: "6") == nil)
    #expect(corpus.interactions.map { [$0.source, $0.target] } == [[0, 1], [0, 2]])
  }

  /// A decimal id that reached the dictionary (too large for the table when first seen, or merged by e-mail)
  /// keeps its person; decimal ids that follow are still told apart from it.
  @Test func decimalIDsInTheDictionaryKeepTheirPeople() {
    var builder = CorpusBuilder()
    #expect(person(&builder, "3") == 0)
    #expect(person(&builder, "5000000") == 1)
    #expect(person(&builder, "4") == 2)
    #expect(person(&builder, "5000000") == 1)
    #expect(builder.intern(PersonRecord(id: "9", email: "x@corp.example")) == 3)
    #expect(builder.intern(PersonRecord(id: "8", email: "X@corp.example")) == 3)
    #expect(person(&builder, "8") == 3)
    #expect(person(&builder, "3") == 0)
    let corpus = builder.build()
    #expect(corpus.people.map(\.id) == ["3", "5000000", "4", "9"])
    #expect(corpus.personIndex(id: "5000000") == 1)
    #expect(corpus.personIndex(id: "8") == 3)
  }

  /// A batch of decimal edges gives the people and interactions of the same edges added one by one by their
  /// bytes: ids seen before the batch, new ones (twice in the batch, or as source then target), one beyond the
  /// decimal table and one merged into another person by e-mail before it.
  @Test func batchMatchesEdgesAddedOneByOne() {
    let edges: [(Int, Int, Double)] = [
      (3, 4, 1), (4, 3, 2), (9, 3, 0.5), (70_000_000, 9, 1), (12, 12, 1), (8, 70_000_000, 3), (3, 4, 4), (13, 14, 1),
    ]
    func prepared() -> CorpusBuilder {
      var builder = CorpusBuilder()
      builder.beginInput(path: "x", format: "test")
      #expect(builder.intern(PersonRecord(id: "4", email: "a@corp.example")) == 0)
      #expect(builder.intern(PersonRecord(id: "8", email: "A@corp.example")) == 0)
      return builder
    }
    var oneByOne = prepared()
    for (source, target, weight) in edges {
      Array(String(source).utf8).withUnsafeBytes { source in
        Array(String(target).utf8).withUnsafeBytes { target in
          oneByOne.addInteraction(sourceBytes: source, targetBytes: target, time: nil, weight: weight, kind: .message)
        }
      }
    }
    var batched = prepared()
    var batch = DecimalEdgeBatch()
    for (source, target, weight) in edges.prefix(3) { batch.append(source: source, target: target, weight: weight) }
    batched.addInteractions(batch)
    batch.removeAll()
    #expect(batch.count == 0)
    for (source, target, weight) in edges.dropFirst(3) { batch.append(source: source, target: target, weight: weight) }
    batched.addInteractions(batch)
    let expected = oneByOne.build()
    let corpus = batched.build()
    #expect(corpus.people.map(\.id) == ["4", "3", "9", "70000000", "12", "13", "14"])
    #expect(corpus.people.map(\.id) == expected.people.map(\.id))
    #expect(corpus.interactions == expected.interactions)
    #expect(corpus.inputs == expected.inputs)
    #expect(corpus.diagnostics == expected.diagnostics)
    #expect(corpus.personIndex(id: "70000000") == 3)
  }

  /// With an edge list's size expected, a decimal id far beyond 8 per person known goes to the decimal table from
  /// the first row (none to the dictionary); a number at or above a quarter of the size, or without the call,
  /// still goes to the dictionary, and every id keeps its person.
  @Test func expectedInputSizeKeepsLargeIDsInTheTable() {
    var hinted = CorpusBuilder()
    hinted.expectDirectInput(bytes: 4_000_000)
    #expect([person(&hinted, "900000"), person(&hinted, "1000000"), person(&hinted, "7")] == [0, 1, 2])
    #expect([person(&hinted, "900000"), person(&hinted, "1000000")] == [0, 1])
    let corpus = hinted.build()
    #expect(corpus.decimalIndexByID.value(of: 900_000) == 0)
    #expect(corpus.decimalIndexByID.value(of: 1_000_000) == nil)
    #expect(corpus.indexByID == ["1000000": 1])
    var plain = CorpusBuilder()
    #expect([person(&plain, "900000"), person(&plain, "1000000"), person(&plain, "7")] == [0, 1, 2])
    let plainCorpus = plain.build()
    #expect(plainCorpus.indexByID == ["900000": 0, "1000000": 1])
    #expect(plainCorpus.people.map(\.id) == corpus.people.map(\.id))
  }
}
