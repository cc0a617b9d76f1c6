import ConversationModel
import GraphMetrics

/// Everything computed from one corpus (and org chart): a value, ready for any writer.
public struct Analysis: Sendable {
  /// The whole-network figures of DESIGN.md's JSON `summary`.
  public struct Summary: Sendable, Equatable {
    /// People who are not bots, with or without interactions.
    public var people: Int
    /// People who took part in at least one selected interaction (the graph's nodes).
    public var activePeople: Int
    /// Messages sent by people (bots' messages excluded).
    public var messages: Int
    /// Every interaction found, by kind, before `kinds` selects.
    public var interactions: [InteractionKind: Int]
    /// How many of `interactions[.reply]` were inferred (`--infer-replies`), not read from the export.
    public var inferredReplies: Int = 0
    /// Messages sent by people in private conversations (Yammer private messages, Mattermost direct posts);
    /// part of `messages`.
    public var privateMessages: Int = 0
    public var kinds: [InteractionKind]
    public var nodes: Int
    public var edges: Int
    public var totalWeight: Double
    public var density: Double
    /// `nil` for a graph without edges.
    public var reciprocity: Double?
    public var weakComponents: Int
    public var strongComponents: Int
    /// Louvain communities of the undirected weighted projection, and their modularity.
    public var communities: Int
    public var modularity: Double
    /// How the shortest-path centralities were computed: betweenness, closeness and harmonic, in that order.
    public var estimates: [MetricMethod]
  }

  /// How one metric was computed: exactly, or sampled with a stated bound.
  public struct MetricMethod: Sendable, Equatable {
    public var metric: String
    public var method: Estimate.Method
  }

  /// One person's row of the people table; people with no selected interaction have zeros.
  public struct PersonRow: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var title: String?
    public var department: String?
    public var level: String?
    public var levelRank: Int?
    public var manager: String?
    /// Where `levelRank` came from; `nil` when unknown.
    public var levelSource: LevelSource? = nil
    /// Whether the person's org-chart entry manages anyone; `nil` without an entry or a chart without managers.
    public var hasDirectReports: Bool? = nil
    /// How the person matched their org-chart entry; `nil` when they did not.
    public var orgMatch: OrgJoin.Method? = nil
    public var messages: Int
    public var repliesSent: Int
    public var repliesReceived: Int
    /// The person's graph node, if they have one.
    public var node: Int?
    public var metrics: NodeMetrics.Row
    public var positions: GroupPositions.Row
    /// How the person takes part (`Persona`, docs/roles.md); every person row gets one.
    public var persona: Persona? = nil
  }

  /// Who of the corpus matched whom in the org chart, and how.
  public struct OrgJoinSummary: Sendable, Equatable {
    public var entries: Int
    public var matchedByID: Int
    public var matchedByEmail: Int
    public var matchedByName: Int
    /// Ids of corpus people (not bots) with no org-chart entry.
    public var unmatchedPeople: [String]
    /// Ids of org-chart entries that matched nobody in the corpus.
    public var unmatchedEntries: [String]
    /// Org-chart entries with a known level rank.
    public var entriesWithLevel: Int
    /// How levels and departments were derived; see `OrgDerivation`.
    public var derivation: OrgDerivation? = nil
  }

  /// How the org chart's levels and departments were derived, counted over its entries.
  public struct OrgDerivation: Sendable, Equatable {
    public var levelMode: LevelMode
    /// Where the title rules came from: a path or `built-in`.
    public var titleRules: String
    /// Entries per level source; entries with no level are `entries − entriesWithLevel`.
    public var levelSources: [LevelSource: Int]
    public var departmentDepth: Int
    /// Entries per department source.
    public var departmentSources: [DepartmentSource: Int]
    /// Entries with no department.
    public var entriesWithoutDepartment: Int
    /// Entries that manage at least one other entry.
    public var entriesWithDirectReports: Int
  }

  public var inputs: [InputSummary]
  public var diagnostics: DiagnosticLog
  public var summary: Summary
  public var people: [PersonRow]
  /// Present when at least one person has a known level.
  public var levels: LevelFlow?
  /// Present when at least one person has a known group.
  public var groups: GroupMixing?
  /// Department mixing whatever `groupBy` is (the same value as `groups` when grouping by department); present
  /// when at least one person has a known department.
  public var departments: GroupMixing? = nil
  /// Formal against informal hierarchy and reporting-tree distance; present when the graph has nodes.
  public var hierarchy: HierarchyFlows? = nil
  /// Gini, Lorenz curve and 90-9-1 split of messages over the whole network.
  public var participation: Participation? = nil
  /// Influencers, bridge-builders, ambassadors and persona counts (docs/roles.md).
  public var roles: Roles? = nil
  /// Participation whole (equal to `participation`) and per department, level, channel and window.
  public var participationBreakdown: Breakdown<Participation>? = nil
  /// Conversation health (threads, time to first reply, unanswered share, replies per post, reciprocity), whole
  /// and per department, level, channel and window.
  public var health: Breakdown<ConversationHealth>? = nil
  public var org: OrgJoinSummary?
  /// Present with a window size (`AnalysisOptions.window`): the figures per window and their trends.
  public var windows: WindowedAnalysis?
  /// Present when `--pseudonymize` or `--min-group-size` changed the outputs: what was hidden.
  public var privacy: PrivacySummary? = nil
  public var selection: SelectedGraph
}
