import InteractionGraph

/// Burt's structural-hole measures of every node's ego network, from `InteractionGraph.structuralHoleMeasures()`.
///
/// All are computed on ties symmetrised by mutual weight: the contacts of i are the nodes j ≠ i with i → j or
/// j → i, m(i, j) = w(i, j) + w(j, i), p(i, j) = m(i, j) / Σ_k m(i, k) (i's proportional investment in j) and
/// m̂(j, q) = m(j, q) / max_k m(j, k). Sums over q run over contacts of i other than j.
///
/// A measure that is undefined for a node is `nil`, never NaN: constraint, effective size and efficiency for
/// a node without contacts (NetworkX gives NaN), hierarchy for a node with fewer than two contacts (Burt's
/// formula divides by N ln N = 0). Callers decide how to show or rank a missing value.
public struct StructuralHoleMeasures: Sendable, Equatable {
  /// N(i): the number of distinct contacts (predecessors and successors other than i itself).
  public let contactCounts: [Int]
  /// Burt's constraint C(i) = Σ_j c(i, j) with local constraint c(i, j) = (p(i, j) + Σ_q p(i, q) p(q, j))²,
  /// as NetworkX 3.6.1 `constraint(G, weight="weight")`. High when i's contacts are few or tied to each other.
  public let constraints: [Double?]
  /// Burt's effective size E(i) = Σ_j (1 − Σ_q p(i, q) m̂(j, q)), the number of contacts minus their
  /// redundancy, as NetworkX 3.6.1 `effective_size(G, nodes=…, weight="weight")` (its per-node branch).
  ///
  /// NetworkX's default branch (no `nodes=`) divides m(j, q) by q's largest mutual weight instead of j's (a
  /// broadcasting slip, networkx/networkx pull request 8906), so on weighted or directed graphs whose nodes'
  /// largest mutual weights differ, `effective_size(G, weight="weight")` differs from this and from Burt.
  public let effectiveSizes: [Double?]
  /// Efficiency E(i) / N(i), in 0…1: the non-redundant share of i's contacts.
  ///
  /// NetworkX's docstring divides by `G.degree(i)`, which for a DiGraph counts a reciprocated contact twice;
  /// this divides by the number of distinct contacts, as Burt (1992) does.
  public let efficiencies: [Double?]
  /// Burt's hierarchy H(i) = Σ_j r_j ln r_j / (N ln N) with r_j = c(i, j) / (C(i) / N), in 0…1: how much of
  /// i's constraint comes from a single contact (0 when all contacts constrain i equally). Burt (1992), p. 71.
  public let hierarchies: [Double?]
}

extension InteractionGraph {
  /// Burt's constraint, effective size, efficiency and hierarchy of every node, in one pass.
  ///
  /// Definition: see `StructuralHoleMeasures`; with p, m̂ and the sums over shared contacts as there.
  ///
  /// Choices: directed ties are symmetrised by mutual weight and weights count, as NetworkX 3.6.1
  /// `constraint(G, weight="weight")` (its sparse branch; the per-node branch wrongly treats a node with only
  /// incoming ties as isolated) and Burt's effective size, which NetworkX's per-node branch computes but its
  /// default sparse branch does not (see `StructuralHoleMeasures.effectiveSizes`). Self-loops are ignored:
  /// Burt's sums exclude j = i, and DESIGN.md's graphs have none. NetworkX
  /// instead counts a self-loop as a contact of weight 2w (on such graphs it differs from this). A node without
  /// contacts gets `nil` where NetworkX gives NaN. Normalisers (Σ_k m and max_k m) are computed once per node,
  /// not once per pair as NetworkX's per-node branch does.
  ///
  /// ```swift
  /// var builder = GraphBuilder(nodeCount: 3)
  /// builder.addEdge(from: 1, to: 0)  // 0 has two unconnected contacts with mutual weights 1 and 3
  /// builder.addEdge(from: 0, to: 2, weight: 3)
  /// let measures = builder.build().structuralHoleMeasures()
  /// measures.constraints[0]     // 0.625 = (1/4)² + (3/4)²
  /// measures.effectiveSizes[0]  // 2.0 (no redundancy)
  /// measures.hierarchies[0]     // ≈ 0.531 = (0.2 ln 0.2 + 1.8 ln 1.8) / (2 ln 2)
  /// measures.constraints[1]     // 1.0; hierarchies[1] is nil (one contact)
  /// ```
  ///
  /// - Returns: per-node counts and measures; `nil` where a measure is undefined.
  /// - Complexity: O(|E| · α) time, α the arboricity of the projection (at most O(|E|^1.5)): the sums over
  ///   shared contacts come from listing each triangle once (`StructuralHoleWorkspace`), not from every
  ///   two-step path, which would cost Σ_v deg(v)²; O(|V| + |E|) space.
  ///
  /// References: R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard University Press,
  /// 1992 (constraint, effective size and efficiency ch. 2; hierarchy p. 71); S. Borgatti, "Structural holes:
  /// unpacking Burt's redundancy measures", Connections 20(1), 1997; NetworkX
  /// `networkx/algorithms/structuralholes.py`.
  public func structuralHoleMeasures() -> StructuralHoleMeasures {
    let projection = UndirectedProjection(self)
    var workspace = StructuralHoleWorkspace(projection: projection)
    var constraints: [Double?] = []
    var effectiveSizes: [Double?] = []
    var efficiencies: [Double?] = []
    var hierarchies: [Double?] = []
    for node in nodes {
      let contactCount = projection.contactCount(node)
      guard contactCount > 0 else {
        constraints.append(nil)
        effectiveSizes.append(nil)
        efficiencies.append(nil)
        hierarchies.append(nil)
        continue
      }
      let ego = workspace.measure(node)
      constraints.append(ego.constraint)
      effectiveSizes.append(ego.effectiveSize)
      efficiencies.append(ego.effectiveSize / Double(contactCount))
      hierarchies.append(ego.hierarchy)
    }
    return StructuralHoleMeasures(
      contactCounts: nodes.map { projection.contactCount($0) }, constraints: constraints,
      effectiveSizes: effectiveSizes, efficiencies: efficiencies, hierarchies: hierarchies)
  }
}
