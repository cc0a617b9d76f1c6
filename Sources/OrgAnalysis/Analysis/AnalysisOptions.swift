import ConversationModel
import GraphMetrics

/// The attribute whose values form the groups of the group-mixing figures.
public enum GroupAttribute: String, Sendable, CaseIterable {
  case department
  case level
}

/// The community detection algorithm, both on the undirected weighted projection and seeded.
public enum CommunityMethod: String, Sendable, CaseIterable {
  /// Blondel et al. (2008), doi:10.1088/1742-5468/2008/10/P10008.
  case louvain
  /// Traag, Waltman & van Eck (2019), doi:10.1038/s41598-019-41695-z: communities are always connected.
  case leiden
}

/// What to analyse and how: the choices the command line exposes.
public struct AnalysisOptions: Sendable {
  /// Interaction kinds that become edges (DESIGN.md default `reply,mention,message`).
  public var kinds: Set<InteractionKind> = InteractionKind.defaultSelection
  public var groupBy: GroupAttribute = .department
  /// Names for level ranks; `nil` shows rank numbers, or the title rules' names when levels came from titles.
  public var levelBands: LevelBands?
  /// Where level ranks come from (`--levels`): by default the level column, else the tree, else the titles.
  public var levelMode: LevelMode = .auto
  /// The rules that give a level to a title (`--title-rules`).
  public var titleRules: TitleRules = .builtIn
  /// The manager-tree depth whose people head the departments of entries without one (`--department-depth`);
  /// at least 1.
  public var departmentDepth: Int = 1
  /// Label permutations for the E-I test; 0 skips the test.
  public var permutations: Int = 1000
  /// Seed of the permutation test and the community detection.
  public var seed: UInt64 = 1
  public var communities: CommunityMethod = .louvain
  /// Compute betweenness, closeness and harmonic centrality exactly whatever the graph's size; otherwise they
  /// are sampled, with a stated error bound, when |V|·|E| exceeds `Accuracy.exactWorkLimit`.
  public var alwaysExact = false

  /// Calendar windows to analyse separately, with trends; `nil` analyses the whole period only.
  public var window: WindowSize?
  /// The days whose interactions are analysed, for everything (the whole period and the windows).
  public var dateRange = DateRange.unbounded
  /// Bootstrap resamples of the trend intervals (B), seeded by `seed`.
  public var bootstrapResamples = 1000

  /// How roles and personas are scored and shown (`--top`, `--shortlist`, `--ambassador-weights`).
  public var roles = RoleOptions()

  /// The accuracy policy the metrics get.
  public var accuracy: Accuracy { alwaysExact ? .exact : .automatic(seed: seed) }

  public init() {}
}
