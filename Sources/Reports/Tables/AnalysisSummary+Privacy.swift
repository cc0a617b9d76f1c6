import OrgAnalysis

extension AnalysisSummary {
  /// One sentence on pseudonyms and suppressed groups; empty when neither applies.
  static func privacyNote(_ analysis: Analysis) -> String {
    guard let privacy = analysis.privacy else { return "" }
    var parts: [String] = []
    if privacy.pseudonymized {
      parts.append(
        "People are shown by keyed pseudonyms"
          + (privacy.stableKey ? " (stable with this key)." : " (a key made for this run: they change next run)."))
    }
    let hidden = privacy.suppressedGroups.filter { $0.value > 0 }.sorted { $0.key < $1.key }
    if privacy.minGroupSize > 1 {
      let list = hidden.map { "\($0.value) \($0.key)\($0.value == 1 ? "" : "s")" }.joined(separator: ", ")
      parts.append(
        "Groups of fewer than \(privacy.minGroupSize) people are not shown"
          + (hidden.isEmpty ? " (none was that small)." : ": \(list) left out."))
    }
    return parts.isEmpty ? "" : parts.joined(separator: " ") + "\n"
  }
}
