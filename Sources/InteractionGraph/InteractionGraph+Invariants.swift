extension InteractionGraph {
  /// Verifies the CSR invariants: offsets start at 0, never decrease and end at the edge count; targets are in
  /// range and sorted within each row; the in-CSR is the transpose of the out-CSR.
  ///
  /// Compiled to nothing unless `-DCROSSTALK_INTERNAL_CHECKS` is set, because it costs O(|V| + |E| log |E|).
  @inline(__always)
  func checkInvariants() {
    #if CROSSTALK_INTERNAL_CHECKS
      precondition(outOffsets.count == nodeCount + 1 && inOffsets.count == nodeCount + 1)
      precondition(outOffsets.first == 0 && outOffsets.last == outTargets.count)
      precondition(inOffsets.first == 0 && inOffsets.last == inSources.count)
      var transposed: [[Int]] = []
      for node in nodes {
        let row = outEdges(of: node)
        precondition(row.lowerBound <= row.upperBound)
        for edge in row {
          precondition(outTargets[edge] >= 0 && Int(outTargets[edge]) < nodeCount)
          if edge > row.lowerBound { precondition(outTargets[edge - 1] < outTargets[edge]) }
          transposed.append([Int(outTargets[edge]), node])
        }
      }
      let incoming = nodes.flatMap { node in inEdges(of: node).map { [node, Int(inSources[$0])] } }
      precondition(transposed.sorted { $0.lexicographicallyPrecedes($1) } == incoming)
    #endif
  }
}
