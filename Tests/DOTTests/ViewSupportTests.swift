import DOT
import Testing

/// The DOT features added for the department and level views: the unquoted colour text for HTML-like labels,
/// the additive `sep` of the force-directed engines, and clusters whose nodes share ranks across clusters.
@Suite struct ViewSupportTests {
  @Test func colorTextIsUnquotedHexOrName() {
    #expect(Color(red: 0xE6, green: 0x9F, blue: 0).text == "#e69f00")
    #expect(Color(red: 1, green: 2, blue: 3, alpha: 4).text == "#01020304")
    #expect(Color.named("/blues9/3").text == "/blues9/3")
  }

  @Test func separationIsWrittenAdditivelyInPoints() {
    #expect(GraphAttribute.separation(points: 12).name == "sep")
    #expect(GraphAttribute.separation(points: 12).dotValue == "\"+12\"")
    #expect(GraphAttribute.separation(points: 2.5).dotValue == "\"+2.5\"")
    // A negative margin means nothing to Graphviz's overlap removal; it is written as none.
    #expect(GraphAttribute.separation(points: -3).dotValue == "\"+0\"")
  }

  @Test func rankGroupsMayReferToNodesOfSeveralClusters() {
    let graph = DOTGraph(
      attributes: [.newRank(true)],
      subgraphs: [
        .cluster("a", label: .text("A"), nodes: [DOTNode("a1"), DOTNode("a2")]),
        .cluster("b", label: .text("B"), nodes: [DOTNode("b1")]),
        .group(rank: .same, nodes: [DOTNode("a1"), DOTNode("b1")]),
      ])
    #expect(DOTWriter.write(graph) == """
      digraph {
        graph [newrank=true];
        subgraph cluster_a {
          graph [label=A];
          a1;
          a2;
        }
        subgraph cluster_b {
          graph [label=B];
          b1;
        }
        subgraph {
          graph [rank=same];
          a1;
          b1;
        }
      }

      """)
  }
}
