/// Collects diagnostics: every one is counted by kind, and the first few of each kind are kept as examples.
///
/// Real exports can hold hundreds of thousands of identical problems (every `channel_join` in a Slack
/// workspace, say); keeping all of them would cost memory and tell the user nothing more. The counts are exact,
/// the examples are the first `examplesPerKind` in input order.
public struct DiagnosticLog: Sendable, Equatable {
  public struct KindSummary: Sendable, Equatable {
    public var kind: String
    public var severity: Diagnostic.Severity
    public var count: Int
    public var examples: [Diagnostic]
  }

  public let examplesPerKind: Int
  private var kindOrder: [String] = []
  private var summaries: [String: KindSummary] = [:]

  public init(examplesPerKind: Int = 5) {
    self.examplesPerKind = examplesPerKind
  }

  public mutating func emit(_ diagnostic: Diagnostic) {
    if var summary = summaries[diagnostic.kind] {
      summary.count += 1
      summary.severity = max(summary.severity, diagnostic.severity)
      if summary.examples.count < examplesPerKind { summary.examples.append(diagnostic) }
      summaries[diagnostic.kind] = summary
    } else {
      kindOrder.append(diagnostic.kind)
      summaries[diagnostic.kind] = KindSummary(
        kind: diagnostic.kind, severity: diagnostic.severity, count: 1, examples: [diagnostic])
    }
  }

  /// Adds `count` occurrences of a kind without examples (used when merging tallies).
  public mutating func count(kind: String, severity: Diagnostic.Severity, by count: Int) {
    guard count > 0 else { return }
    if summaries[kind] == nil {
      kindOrder.append(kind)
      summaries[kind] = KindSummary(kind: kind, severity: severity, count: 0, examples: [])
    }
    summaries[kind]?.count += count
  }

  public mutating func merge(_ other: DiagnosticLog) {
    for summary in other.kinds {
      count(kind: summary.kind, severity: summary.severity, by: summary.count)
      for example in summary.examples where (summaries[summary.kind]?.examples.count ?? 0) < examplesPerKind {
        summaries[summary.kind]?.examples.append(example)
      }
    }
  }

  /// The same counts with every kept example passed through `transform` (to redact it, say).
  public func mappingExamples(_ transform: (Diagnostic) -> Diagnostic) -> DiagnosticLog {
    var copy = self
    for kind in kindOrder { copy.summaries[kind]?.examples = summaries[kind]?.examples.map(transform) ?? [] }
    return copy
  }

  /// One summary per kind, in the order each kind was first seen.
  public var kinds: [KindSummary] { kindOrder.compactMap { summaries[$0] } }

  public func count(of kind: String) -> Int { summaries[kind]?.count ?? 0 }

  public var totalCount: Int { summaries.values.reduce(0) { $0 + $1.count } }

  public var worstSeverity: Diagnostic.Severity? { summaries.values.map(\.severity).max() }
}
