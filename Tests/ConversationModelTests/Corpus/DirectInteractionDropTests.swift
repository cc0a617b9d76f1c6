import ConversationModel
import Foundation
import Testing

/// `build()` keeps the direct interactions without a pass over them only when none can be dropped (no self
/// interaction added, no bot): each case below must drop exactly the ones DESIGN.md drops, whichever way the
/// interactions were added (a `DecimalEdgeBatch` or one at a time), and keep the others in order.
@Suite struct DirectInteractionDropTests {
  /// A builder with one input, person `5` a bot when `bot`, and the edges added as one batch or one by one.
  private static func corpus(_ edges: [(Int, Int)], bot: Bool, batched: Bool) -> Corpus {
    var builder = CorpusBuilder()
    builder.beginInput(path: "x", format: "test")
    if bot { builder.intern(PersonRecord(id: "5", isBot: true)) }
    var batch = DecimalEdgeBatch()
    for (index, (source, target)) in edges.enumerated() {
      let weight = Double(index + 1)
      guard !batched else {
        batch.append(source: source, target: target, weight: weight)
        continue
      }
      Array(String(source).utf8).withUnsafeBytes { source in
        Array(String(target).utf8).withUnsafeBytes { target in
          builder.addInteraction(sourceBytes: source, targetBytes: target, time: nil, weight: weight, kind: .message)
        }
      }
    }
    builder.addInteractions(batch)
    return builder.build()
  }

  @Test(arguments: [false, true])
  func selfInteractionIsDropped(batched: Bool) {
    let corpus = Self.corpus([(1, 2), (3, 3), (2, 1)], bot: false, batched: batched)
    #expect(corpus.interactions.map(\.weight) == [1, 3])
    #expect(corpus.diagnostics.count(of: "self_interaction") == 1)
    #expect(corpus.inputs.first?.recordsUsed == 3)
  }

  @Test(arguments: [false, true])
  func botInteractionIsDroppedWithoutSelfInteraction(batched: Bool) {
    let corpus = Self.corpus([(1, 2), (5, 1), (2, 5), (2, 1)], bot: true, batched: batched)
    #expect(corpus.interactions.map(\.weight) == [1, 4])
    #expect(corpus.diagnostics.count(of: "bot_interaction") == 2)
  }

  @Test(arguments: [false, true])
  func everyInteractionIsKeptInOrderWhenNoneDrops(batched: Bool) {
    let corpus = Self.corpus([(1, 2), (5, 1), (2, 5), (2, 1)], bot: false, batched: batched)
    #expect(corpus.interactions.map(\.weight) == [1, 2, 3, 4])
    #expect(corpus.people.map(\.id) == ["1", "2", "5"])
    #expect(corpus.diagnostics.totalCount == 0)
  }
}
