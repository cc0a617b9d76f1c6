import Foundation
import InteractionGraph
import Testing

@testable import OrgAnalysis

@Suite struct PrivacyTests {
  /// Expected values from Python 3.11's standard library, the definition written out:
  /// `"p-" + hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:16]`.
  @Test func pseudonymIsTheFirstSixteenHexDigitsOfHMACSHA256() {
    let pseudonymizer = Pseudonymizer(key: Data("crosstalk-test-key".utf8))
    #expect(pseudonymizer.pseudonym(of: "U024BE7LH") == "p-61ced219c6e434d3")
    #expect(pseudonymizer.pseudonym(of: "alice@example.com") == "p-371c4d4ffa6c862c")
    #expect(pseudonymizer.pseudonym(of: "ULW9L0AXY") == "p-359253daad51efcc")
  }

  @Test func anotherKeyGivesAnotherPseudonym() {
    let pseudonymizer = Pseudonymizer(key: Data("another key".utf8))
    #expect(pseudonymizer.pseudonym(of: "U024BE7LH") == "p-75a677782ae437b0")
  }

  @Test func randomKeysDifferBetweenPseudonymizers() {
    #expect(Pseudonymizer.randomKey().pseudonym(of: "x") != Pseudonymizer.randomKey().pseudonym(of: "x"))
  }

  /// Row 0 is a small group: its row and column leave the matrices; the other two stay in order.
  @Test func keepingDropsTheRowsAndColumnsOfRejectedLevels() {
    var flow = LevelFlow(graph: InteractionGraph(nodeCount: 0), rankOfNode: [], bands: nil)
    flow.order = ["a", "b", "c"]
    flow.matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    flow.expected = flow.matrix
    flow.lift = [[1, nil, 3], [4, 5, 6], [7, 8, nil]]
    let kept = flow.keeping { $0 != "a" }
    #expect(kept.order == ["b", "c"])
    #expect(kept.matrix == [[5, 6], [8, 9]])
    #expect(kept.lift == [[5, 6], [8, nil]])
    #expect(kept.upwardShare == flow.upwardShare)
  }
}
