/// The level of a synthetic person, by depth in the manager tree (rank 0 is the top).
public enum SampleLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
  case executive = 0
  case director = 1
  case manager = 2
  case staff = 3

  /// The band name used in level tables (`executive`, `director`, `manager`, `staff`).
  public var name: String {
    switch self {
    case .executive: "executive"
    case .director: "director"
    case .manager: "manager"
    case .staff: "staff"
    }
  }

  public static func < (lhs: SampleLevel, rhs: SampleLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The chat platform whose export shape the sample is written in.
public enum SamplePlatform: String, Sendable, Hashable, CaseIterable {
  case slack
}

/// Everything that decides a synthetic organisation and its conversations, including the planted structure.
///
/// Definition: the organisation has one CEO, one director per department, middle managers and staff; the
/// conversations follow the planted reply propensities by level, a department-crossing probability that
/// moves linearly from `crossDepartmentShareStart` (first month) to `crossDepartmentShareEnd` (last month),
/// heavy-tailed (lognormal) activity, silent people, brokers and two bots.
/// Choices: time is UTC; months are calendar months starting at `startYear`-`startMonth`; the same
/// parameters always give byte-identical outputs.
public struct SampleParameters: Sendable, Hashable {
  /// People in the org chart (the CEO included; the one person without a Slack account included).
  public var people: Int
  /// Calendar months of conversation.
  public var months: Int
  /// The seed of the SplitMix64 stream every random choice is drawn from.
  public var seed: UInt64
  public var startYear: Int
  /// The first month, 1...12.
  public var startMonth: Int
  public var platform: SamplePlatform

  /// `levelPropensity[replier][author]`: relative weight with which a person at level `replier` answers a
  /// thread started by a person at level `author` (indices are `SampleLevel.rawValue`).
  /// Used to choose which open thread a reply answers, among the threads of the chosen department pool.
  public var levelPropensity: [[Double]]
  /// Probability that a reply or mention crosses departments in the first month.
  public var crossDepartmentShareStart: Double
  /// Probability that a reply or mention crosses departments in the last month (linear in between).
  public var crossDepartmentShareEnd: Double
  /// Added to a broker's crossing probability (capped at 0.95), so brokers talk across departments more.
  public var brokerCrossDepartmentBoost: Double
  /// Number of brokers wanted (managers or staff, spread over departments); fewer when the organisation is
  /// too small (at most one per department).
  public var brokerCount: Int
  /// Share of the people with a Slack account who never post, react or are mentioned (rounded).
  public var silentShare: Double
  /// Standard deviation of the log of per-person activity (lognormal with log-mean 0).
  public var activitySigma: Double
  /// Thread roots per active person per month.
  public var threadsPerPersonPerMonth: Double
  /// Replies per thread root, on average over a month.
  public var repliesPerThread: Double

  /// The default propensities: staff answer their managers most, managers answer directors, directors
  /// answer the CEO; skip-level and lateral talk are weaker but present. The weights are per thread root,
  /// so realised counts also scale with how many roots each level writes (staff are the most numerous,
  /// which is why the weights on staff-written roots are small).
  public static let defaultLevelPropensity: [[Double]] = [
    // author: executive, director, manager, staff
    [0.0, 1.0, 0.3, 0.1],  // replier: executive
    [1.0, 0.4, 0.8, 0.08],  // replier: director
    [0.3, 1.0, 0.4, 0.25],  // replier: manager
    [0.05, 0.25, 1.0, 0.15],  // replier: staff
  ]

  public init(
    people: Int = 60, months: Int = 6, seed: UInt64 = 1, startYear: Int = 2026, startMonth: Int = 1,
    platform: SamplePlatform = .slack
  ) {
    self.people = people
    self.months = months
    self.seed = seed
    self.startYear = startYear
    self.startMonth = startMonth
    self.platform = platform
    levelPropensity = Self.defaultLevelPropensity
    crossDepartmentShareStart = 0.15
    crossDepartmentShareEnd = 0.35
    brokerCrossDepartmentBoost = 0.4
    brokerCount = 3
    silentShare = 0.08
    activitySigma = 1.0
    threadsPerPersonPerMonth = 1.2
    repliesPerThread = 2.5
  }

  /// The planned crossing probability in month `index` (0-based), linear from start to end.
  public func plannedCrossDepartmentShare(month index: Int) -> Double {
    guard months > 1 else { return crossDepartmentShareStart }
    let fraction = Double(index) / Double(months - 1)
    return crossDepartmentShareStart + (crossDepartmentShareEnd - crossDepartmentShareStart) * fraction
  }
}
