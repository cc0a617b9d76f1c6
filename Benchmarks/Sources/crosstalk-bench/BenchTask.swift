import ConversationModel
import GraphMetrics
import Importers
import InteractionGraph
import OrgAnalysis

/// One timed task of the benchmark, named as on the command line and in `docs/benchmarks.md`.
enum BenchTask: String, CaseIterable {
  /// Reading the file as the CLI does: `CorpusLoader` (`--no-header`) then `SelectedGraph`.
  case loadCLI = "load-cli"
  /// `GraphBuilder` from edge arrays already in memory (the pure CSR build).
  case buildCSR = "build-csr"
  /// In- and out-degree of every node.
  case degree
  /// Weighted PageRank, NetworkX's settings (α 0.85, tolerance 1e-6 per node, ≤ 100 iterations).
  case pageRank = "pagerank"
  /// Exact betweenness over hop distance (Brandes, every source).
  case betweenness
  /// Betweenness estimated by shortest-path sampling with the analysis's default guarantee (ε 0.01, δ 0.1).
  case betweennessSampled = "betweenness-sampled"
  /// Closeness over incoming hop distance (Wasserman–Faust).
  case closeness
  /// Closeness estimated from random pivots with the analysis's default guarantee (ε 0.1, δ 0.1).
  case closenessSampled = "closeness-sampled"
  /// Burt's constraint, with effective size, efficiency and hierarchy in the same pass.
  case constraint
  /// Weakly and strongly connected components.
  case components
  /// k-core numbers of the undirected projection.
  case kCore = "kcore"
  /// Louvain communities of the undirected weighted projection (the projection included), seed 1.
  case louvain

  /// Whether the task runs on `threads` workers (the all-sources searches); the others use one thread.
  var isParallel: Bool { [.betweenness, .betweennessSampled, .closeness, .closenessSampled].contains(self) }

  /// Whether the task reads or builds the graph itself (so nothing is prepared before it is timed).
  var isLoading: Bool { self == .loadCLI || self == .buildCSR }

  /// Loads the graph for `load-cli`: the file read as the CLI does.
  func loadAsCLI(file: String) throws -> InteractionGraph {
    let corpus = try CorpusLoader.load([file], options: ImportOptions(header: .absent))
    return SelectedGraph(corpus: corpus, kinds: InteractionKind.defaultSelection).graph
  }

  /// Runs an analysis task on `graph` and returns a fact about its result.
  func run(on graph: InteractionGraph, threads: Int) -> String {
    let parallelism = Parallelism.workers(threads)
    switch self {
    case .loadCLI, .buildCSR:
      return "nodes \(graph.nodeCount) edges \(graph.edgeCount)"
    case .degree:
      return "max in \(graph.inDegrees().max() ?? 0) max out \(graph.outDegrees().max() ?? 0)"
    case .pageRank:
      let result = graph.pageRank()
      return "iterations \(result.iterations) converged \(result.isConverged)"
    case .betweenness:
      return "max \(graph.betweennessCentrality(parallelism: parallelism).values.max() ?? 0)"
    case .betweennessSampled:
      let (epsilon, delta) = Accuracy.defaultBetweenness
      let estimate = graph.estimatedBetweennessCentrality(
        epsilon: epsilon, delta: delta, seed: 1, parallelism: parallelism)
      return "max \(estimate.scores.values.max() ?? 0) \(estimate.method)"
    case .closeness:
      return "max \(graph.closenessCentrality(parallelism: parallelism).values.max() ?? 0)"
    case .closenessSampled:
      let (epsilon, delta) = Accuracy.defaultDistance
      let estimate = graph.sampledClosenessCentrality(epsilon: epsilon, delta: delta, seed: 1, parallelism: parallelism)
      return "max \(estimate.scores.values.max() ?? 0) \(estimate.method)"
    case .constraint:
      return "defined \(graph.structuralHoleMeasures().constraints.count { $0 != nil })"
    case .components:
      let weak = graph.weaklyConnectedComponents().count
      let strong = graph.stronglyConnectedComponents().count
      return "weak \(weak) strong \(strong)"
    case .kCore:
      return "max core \(graph.coreNumbers().max() ?? 0)"
    case .louvain:
      let partition = graph.louvainCommunities(seed: 1)
      return "communities \(partition.count) modularity \(partition.modularity)"
    }
  }
}
