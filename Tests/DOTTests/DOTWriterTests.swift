import DOT
import Testing

@Suite struct DOTWriterTests {
  @Test func emptyDirectedGraph() {
    #expect(DOTWriter.write(DOTGraph()) == "digraph {\n}\n")
  }

  @Test func undirectedGraphUsesDoubleDash() {
    let graph = DOTGraph(.undirected, name: "g", edges: [DOTEdge(from: "a", to: "b")])
    #expect(DOTWriter.write(graph) == "graph g {\n  a -- b;\n}\n")
  }

  @Test func attributesAreSortedByName() {
    let node = DOTNode("a", [.width(1), .color(.red), .label(.text("A")), .fixedSize(true)])
    let expected = "digraph {\n  a [color=red, fixedsize=true, label=A, width=1];\n}\n"
    #expect(DOTWriter.write(DOTGraph(nodes: [node])) == expected)
  }

  @Test func lastAttributeWithSameNameWins() {
    let node = DOTNode("a", [.shape(.box), .custom(name: "shape", value: "circle"), .color(.blue)])
    #expect(DOTWriter.write(DOTGraph(nodes: [node])) == "digraph {\n  a [color=blue, shape=circle];\n}\n")
  }

  @Test func customAttributeNameAndValueAreQuoted() {
    let edge = DOTEdge(from: "a", to: "b", [.custom(name: "odd name", value: "x y")])
    #expect(DOTWriter.write(DOTGraph(edges: [edge])) == "digraph {\n  a -> b [\"odd name\"=\"x y\"];\n}\n")
  }

  @Test func nodesAndEdgesKeepInsertionOrder() {
    var graph = DOTGraph()
    graph.addNode("b")
    graph.addNode("a")
    graph.addEdge(from: "b", to: "a")
    graph.addEdge(from: "a", to: "b")
    #expect(DOTWriter.write(graph) == "digraph {\n  b;\n  a;\n  b -> a;\n  a -> b;\n}\n")
  }

  @Test func keywordNodeIdentifiersAreQuotedInEdges() {
    let graph = DOTGraph(edges: [DOTEdge(from: "node", to: "Edge")])
    #expect(DOTWriter.write(graph) == "digraph {\n  \"node\" -> \"Edge\";\n}\n")
  }

  @Test func clusterNameHasClusterPrefixAndLabel() {
    let cluster = DOTSubgraph.cluster("Sales Team", label: .text("Sales"), nodes: [DOTNode("a")])
    let expected = "digraph {\n  subgraph \"cluster_Sales Team\" {\n    graph [label=Sales];\n    a;\n  }\n}\n"
    #expect(DOTWriter.write(DOTGraph(subgraphs: [cluster])) == expected)
  }

  @Test func rankSameGroupIsAnonymousSubgraph() {
    let group = DOTSubgraph.group(rank: .same, nodes: [DOTNode("a"), DOTNode("b")])
    let expected = "digraph {\n  subgraph {\n    graph [rank=same];\n    a;\n    b;\n  }\n}\n"
    #expect(DOTWriter.write(DOTGraph(subgraphs: [group])) == expected)
  }

  @Test func subgraphRankWinsOverRankAttribute() {
    let group = DOTSubgraph.group("g", rank: .minimum, attributes: [.rank(.same)])
    let expected = "digraph {\n  subgraph g {\n    graph [rank=min];\n  }\n}\n"
    #expect(DOTWriter.write(DOTGraph(subgraphs: [group])) == expected)
  }

  @Test func styleListIsDeduplicatedAndCommaSeparated() {
    let node = DOTNode("a", [.style([.rounded, .filled, .rounded])])
    #expect(DOTWriter.write(DOTGraph(nodes: [node])) == "digraph {\n  a [style=\"rounded,filled\"];\n}\n")
  }

  @Test func graphNameIsQuotedWhenNeeded() {
    #expect(DOTWriter.write(DOTGraph(name: "Who answers whom")) == "digraph \"Who answers whom\" {\n}\n")
  }
}
