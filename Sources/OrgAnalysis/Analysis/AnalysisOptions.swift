import ConversationModel

/// The attribute whose values form the groups of the group-mixing figures.
public enum GroupAttribute: String, Sendable, CaseIterable {
  case department
  case level
}

/// What to analyse and how: the choices the command line exposes.
public struct AnalysisOptions: Sendable {
  /// Interaction kinds that become edges (DESIGN.md default `reply,mention,message`).
  public var kinds: Set<InteractionKind> = InteractionKind.defaultSelection
  public var groupBy: GroupAttribute = .department
  /// Names for level ranks; `nil` shows rank numbers.
  public var levelBands: LevelBands?
  /// Label permutations for the E-I test; 0 skips the test.
  public var permutations: Int = 1000
  public var seed: UInt64 = 1

  public init() {}
}
