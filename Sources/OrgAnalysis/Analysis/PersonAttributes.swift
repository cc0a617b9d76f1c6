import ConversationModel

/// Name, title, department, level and manager of every corpus person: from their org-chart entry where they
/// matched one, else from the export's own directory (a Slack profile title); level only from the org chart.
///
/// Levels follow `options.levelMode` and `options.titleRules` (`OrgLevels`); departments come from the chart's
/// column, else the entry's branch of the manager tree at `options.departmentDepth` (`OrgDepartments`), else
/// the export's directory. `levelBands` is the bands the analysis names levels by: `options.levelBands`, else
/// the title rules' names when any level came from them, else `nil` (rank numbers).
struct PersonAttributes {
  var name: [String?]
  var title: [String?]
  var department: [String?]
  var rank: [Int?]
  var level: [String?]
  var manager: [String?]
  var levelSource: [LevelSource?]
  var hasDirectReports: [Bool?]
  var orgMatch: [OrgJoin.Method?]
  var levelBands: LevelBands?
  /// Org-chart entry of each person (index into the chart and `reportingTree`), `nil` where unmatched.
  var entry: [Int?]
  /// The chart's reporting lines; `nil` without an org chart.
  var reportingTree: ReportingTree?
  var joinSummary: Analysis.OrgJoinSummary?

  init(corpus: Corpus, org: OrgChart?, options: AnalysisOptions, diagnostics: inout DiagnosticLog) {
    name = corpus.people.map(\.name)
    title = corpus.people.map(\.title)
    department = corpus.people.map(\.department)
    rank = Array(repeating: nil, count: corpus.people.count)
    manager = rank.map { _ in nil }
    level = manager
    levelSource = rank.map { _ in nil }
    hasDirectReports = rank.map { _ in nil }
    orgMatch = rank.map { _ in nil }
    levelBands = options.levelBands
    entry = rank
    guard let org else { return }
    let hierarchy = OrgHierarchy(chart: org, diagnostics: &diagnostics)
    let levels = OrgLevels(
      hierarchy: hierarchy, mode: options.levelMode, rules: options.titleRules, diagnostics: &diagnostics)
    let departments = OrgDepartments(hierarchy: hierarchy, depth: options.departmentDepth)
    let join = OrgJoin(corpus: corpus, hierarchy: hierarchy)
    levelBands = options.levelBands ?? levels.titleBands
    let reports = hierarchy.hasDirectReports
    let hasTree = org.entries.contains { !$0.isRoot }
    entry = join.entryOfPerson
    reportingTree = ReportingTree(managerOfEntry: hierarchy.managerIndex, isRoot: org.entries.map(\.isRoot))
    var personOfEntry: [Int: Int] = [:]
    for (person, entry) in join.entryOfPerson.enumerated() { if let entry { personOfEntry[entry] = person } }
    for person in corpus.people.indices {
      guard let entryIndex = join.entryOfPerson[person] else { continue }
      let entry = org.entries[entryIndex]
      name[person] = entry.name.nonEmpty ?? name[person]
      title[person] = entry.title.nonEmpty ?? title[person]
      department[person] = departments.departments[entryIndex] ?? department[person]
      rank[person] = levels.ranks[entryIndex]
      levelSource[person] = levels.sources[entryIndex]
      level[person] = rank[person].map { levelBands?.name(of: $0) ?? String($0) }
      hasDirectReports[person] = hasTree ? reports[entryIndex] : nil
      orgMatch[person] = join.methodOfPerson[person]
      // The manager as the people table names them (their export id) when they matched, else the chart's id.
      manager[person] = entry.isRoot ? nil : hierarchy.managerIndex[entryIndex].flatMap { personOfEntry[$0] }
        .map { corpus.people[$0].id } ?? entry.manager.nonEmpty
    }
    joinSummary = Self.summarise(join, corpus: corpus, hierarchy: hierarchy, diagnostics: &diagnostics)
    joinSummary?.entriesWithLevel = levels.ranks.lazy.filter { $0 != nil }.count
    joinSummary?.derivation = Analysis.OrgDerivation(
      levelMode: levels.mode, titleRules: options.titleRules.origin, levelSources: levels.sourceCounts,
      departmentDepth: departments.depth, departmentSources: departments.sourceCounts,
      entriesWithoutDepartment: departments.departments.lazy.filter { $0 == nil }.count,
      entriesWithDirectReports: hasTree ? reports.lazy.filter { $0 }.count : 0)
  }

  private static func summarise(_ join: OrgJoin, corpus: Corpus, hierarchy: OrgHierarchy,
                                diagnostics: inout DiagnosticLog) -> Analysis.OrgJoinSummary {
    let entries = hierarchy.chart.entries
    for person in join.unmatchedPeople {
      diagnostics.emit(Diagnostic(.warning, kind: "org_unmatched_person",
                                  message: "person in the export has no org-chart entry (by id, e-mail or name)",
                                  value: corpus.people[Int(person)].id))
    }
    for entry in join.unmatchedEntries {
      diagnostics.emit(Diagnostic(.note, kind: "org_unmatched_entry",
                                  message: "org-chart entry matches nobody in the export",
                                  location: entries[entry].location, value: entries[entry].id))
    }
    let counts = join.matchCounts
    return Analysis.OrgJoinSummary(
      entries: entries.count, matchedByID: counts[.id] ?? 0, matchedByEmail: counts[.email] ?? 0,
      matchedByName: counts[.name] ?? 0, unmatchedPeople: join.unmatchedPeople.map { corpus.people[Int($0)].id },
      unmatchedEntries: join.unmatchedEntries.map { entries[$0].id },
      entriesWithLevel: hierarchy.ranks.lazy.filter { $0 != nil }.count)
  }
}
