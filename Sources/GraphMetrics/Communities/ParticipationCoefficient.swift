import InteractionGraph

/// What a link counts for in `InteractionGraph.participationCoefficients(modules:counting:)`.
public enum ParticipationCounting: Sendable, Equatable {
  /// Each neighbour counts its undirected projection weight w(u, v) + w(v, u) (weighted generalization).
  case strength
  /// Each distinct neighbour counts 1, as in Guimerà and Amaral's definition on unweighted graphs.
  case degree
}

extension InteractionGraph {
  /// Participation coefficient: how evenly each node's links spread over the modules of a partition.
  ///
  /// Definition (Guimerà and Amaral 2005): P_i = 1 − Σ_s (k_is / k_i)², where k_is is the weight (or number)
  /// of i's links to nodes of module s and k_i = Σ_s k_is. P_i = 0 when all links stay in one module (of any
  /// module, including a module other than i's own) and approaches 1 − 1/S for links spread evenly over S
  /// modules.
  ///
  /// Choices: computed on the undirected weighted projection (u – v weighted w(u, v) + w(v, u)), so a link
  /// counts whichever way the messages went. `.strength` (the default) weighs links by that projection weight,
  /// the usual weighted generalization; `.degree` counts distinct neighbours, which is the paper's definition.
  /// Self-loops are ignored (they link to no other node). A node without links to other nodes gets 0. Module
  /// ids are arbitrary integers (communities, or departments with unknown ones given an id of their own).
  ///
  /// ```swift
  /// // Node 0 talks to 1 (module 0) once and to 2 (module 1) three times.
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 0, to: 1)
  /// builder.addEdge(from: 2, to: 0, weight: 3)
  /// let graph = builder.build()
  /// try graph.participationCoefficients(modules: [0, 0, 1])[0]  // 1 − (1/4)² − (3/4)² = 0.375
  /// try graph.participationCoefficients(modules: [0, 0, 1], counting: .degree)[0]  // 1 − 2 (1/2)² = 0.5
  /// ```
  ///
  /// - Parameters:
  ///   - modules: the module id of every node.
  ///   - counting: link weights (`.strength`, default) or neighbour counts (`.degree`).
  /// - Returns: one coefficient per node, in 0 … 1.
  /// - Throws: `CommunityError.partitionCountMismatch` unless there is one id per node.
  /// - Complexity: O(|V| + |E|) time and O(|V|) extra space (plus a dictionary over the distinct ids).
  ///
  /// References: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic networks",
  /// Nature 433 (2005) 895–900, doi:10.1038/nature03288.
  public func participationCoefficients(
    modules: [Int], counting: ParticipationCounting = .strength
  ) throws(CommunityError) -> NodeScores {
    guard modules.count == nodeCount else {
      throw .partitionCountMismatch(nodeCount: nodeCount, entryCount: modules.count)
    }
    let labels = denseLabels(modules)
    let projection = UndirectedProjection(self)
    var moduleWeight = Array(repeating: 0.0, count: nodeCount)
    var touched: [Int] = []
    var scores = Array(repeating: 0.0, count: nodeCount)
    for node in nodes {
      var total = 0.0
      for edge in projection.edges(of: node) {
        let module = labels[Int(projection.neighbours[edge])]
        let weight = counting == .strength ? projection.weights[edge] : 1
        if moduleWeight[module] == 0 { touched.append(module) }
        moduleWeight[module] += weight
        total += weight
      }
      if total > 0 {
        var concentration = 0.0
        for module in touched {
          let share = moduleWeight[module] / total
          concentration += share * share
        }
        scores[node] = max(0, 1 - concentration)
      }
      for module in touched { moduleWeight[module] = 0 }
      touched.removeAll(keepingCapacity: true)
    }
    return NodeScores(scores)
  }
}
