import ConversationModel

/// Which org-chart entry, if any, each person of the corpus is, and how they were matched.
///
/// People are matched by platform id, then by the id without its input namespace (`yammer:5` matches a chart
/// id `5`; see the importers' `PersonNamespace`), then by e-mail (case-insensitive), then by exact name; a name
/// that two chart entries share matches nobody (names are ambiguous). Bots are never matched. Each chart entry is
/// matched at most once: a second person claiming it is reported instead.
///
/// - Complexity: O(people + entries) with hashing.
public struct OrgJoin: Sendable {
  public enum Method: String, Sendable, CaseIterable { case id, email, name }

  /// Chart entry index per corpus person (same order as `Corpus.people`).
  public let entryOfPerson: [Int?]
  public let methodOfPerson: [Method?]
  /// Non-bot corpus people that matched no entry, by corpus index.
  public let unmatchedPeople: [PersonIndex]
  /// Chart entries no corpus person matched, by entry index.
  public let unmatchedEntries: [Int]

  public init(corpus: Corpus, hierarchy: OrgHierarchy) {
    let entries = hierarchy.chart.entries
    var byEmail: [String: Int] = [:]
    var nameCounts: [String: Int] = [:]
    var byName: [String: Int] = [:]
    for (index, entry) in entries.enumerated() {
      if let email = entry.email.nonEmpty?.lowercased(), byEmail[email] == nil { byEmail[email] = index }
      if let name = entry.name.nonEmpty {
        nameCounts[name, default: 0] += 1
        byName[name] = byName[name] ?? index
      }
    }
    var taken = Array(repeating: false, count: entries.count)
    var entryOfPerson: [Int?] = []
    var methodOfPerson: [Method?] = []
    var unmatchedPeople: [PersonIndex] = []
    for (index, person) in corpus.people.enumerated() {
      var match: (Int, Method)?
      if !person.isBot {
        let candidates: [(Int?, Method)] = [
          (hierarchy.indexByID[person.id], .id),
          (Self.localID(person.id).flatMap { hierarchy.indexByID[$0] }, .id),
          (person.email.nonEmpty.flatMap { byEmail[$0.lowercased()] }, .email),
          (person.name.nonEmpty.flatMap { nameCounts[$0] == 1 ? byName[$0] : nil }, .name),
        ]
        match = candidates.lazy.compactMap { candidate in candidate.0.map { ($0, candidate.1) } }
          .first { !taken[$0.0] }
      }
      if let (entry, _) = match { taken[entry] = true }
      entryOfPerson.append(match?.0)
      methodOfPerson.append(match?.1)
      if match == nil && !person.isBot { unmatchedPeople.append(PersonIndex(index)) }
    }
    self.entryOfPerson = entryOfPerson
    self.methodOfPerson = methodOfPerson
    self.unmatchedPeople = unmatchedPeople
    unmatchedEntries = entries.indices.filter { !taken[$0] }
  }

  /// The id after a namespace prefix of lowercase letters, digits and `#` ending in `:` (`yammer#2:5` → `5`);
  /// `nil` for an id without one.
  static func localID(_ id: String) -> String? {
    guard let colon = id.firstIndex(of: ":"), colon != id.startIndex else { return nil }
    let prefix = id[..<colon]
    guard prefix.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "#" }) else { return nil }
    let rest = id[id.index(after: colon)...]
    return rest.isEmpty ? nil : String(rest)
  }

  /// How many people were matched by each method.
  public var matchCounts: [Method: Int] {
    var counts = Dictionary(uniqueKeysWithValues: Method.allCases.map { ($0, 0) })
    for method in methodOfPerson.compactMap({ $0 }) { counts[method, default: 0] += 1 }
    return counts
  }
}
