import Testing

@testable import OrgAnalysis

@Suite struct TitleRulesTests {
  private let builtIn = TitleRules.builtIn.matcher()

  @Test func builtInRulesParseWithOneNamePerRank() throws {
    let rules = try TitleRules(parsing: TitleRules.builtInText, origin: "built-in")
    #expect(rules.rules.count == 12)
    #expect(rules.bands.description == "0=executive,1=director,2=manager,3=staff")
  }

  /// Hand-labelled titles, each naming the rule (and choice) that decides it.
  @Test func builtInRulesOnEnglishTitles() {
    let expected: [(String, Int?)] = [
      ("Chief Executive Officer", 0), ("CEO", 0), ("President", 0), ("Co-founder", 0), ("Chairman", 0),
      ("Managing Director", 0),  // heads a company: before the director rule
      ("Executive Director", 0),
      ("Vice President, Sales", 1),  // "vice president" before "president"
      ("SVP Engineering", 1), ("Chief of Staff", 1), ("Director of Engineering", 1), ("Head of Legal", 1),
      ("Deputy Director", 1), ("General Manager", 1),
      ("Engineering Manager", 2), ("Team Lead", 2), ("Supervisor", 2),
      ("Assistant to the CEO", 3), ("Assistant Manager", 3),  // assistants first, whatever they assist
      ("Software Engineer", 3), ("Product Owner", 3), ("HR Business Partner", 3),
      ("NA", nil), ("n/a", nil), ("-", nil), ("  ", nil),
    ]
    for (title, rank) in expected { #expect(builtIn.rank(of: title) == rank, "\(title)") }
  }

  @Test func builtInRulesOnDutchTitles() {
    let expected: [(String, Int?)] = [
      ("Directeur", 0), ("Algemeen directeur", 0), ("Directeur-bestuurder", 0), ("Bestuurder", 0), ("Oprichter", 0),
      ("Adjunct-directeur", 1), ("Regiodirecteur", 1), ("Hoofd Financiën", 1), ("Afdelingshoofd", 1),
      ("Teamleider", 2), ("Projectleider", 2), ("Leidinggevende", 2), ("Salesmanager", 2),
      ("Woonbegeleider", 3),  // "begeleider" ends in "leider" but is not one
      ("Managementassistente", 3), ("Directiesecretaresse", 3), ("Beleidsmedewerker", 3), ("onbekend", nil),
    ]
    for (title, rank) in expected { #expect(builtIn.rank(of: title) == rank, "\(title)") }
  }

  @Test func matchingIgnoresCaseAndNamesTheRule() throws {
    let rules = try TitleRules(parsing: "1 director: \\bhead of\\b\n2 manager: lead\n", origin: "r.txt")
    #expect(rules.match("HEAD OF SALES") == .rank(1, rule: 0))
    #expect(rules.match("team LEAD") == .rank(2, rule: 1))
    #expect(rules.match("Engineer") == .unmatched)
    #expect(rules.matcher().rank(of: "Engineer") == nil)
  }

  @Test func firstMatchingRuleWinsInFileOrderNotRankOrder() throws {
    let text = """
      # comment lines and blank lines are skipped

      2 manager: manager
        # an indented comment
      0 top: general manager
      - none: ^x$
      """
    let rules = try TitleRules(parsing: text, origin: "r.txt")
    #expect(rules.rules.map(\.line) == [3, 5, 6])
    #expect(rules.match("General Manager") == .rank(2, rule: 0))
    #expect(rules.match("X") == .noLevel(rule: 2))
    #expect(rules.bands.description == "0=top,2=manager")
  }

  @Test func patternMayContainColonsAndHashes() throws {
    let rules = try TitleRules(parsing: "1 level one: ^grade: #1$", origin: "r.txt")
    #expect(rules.rules.first?.pattern == "^grade: #1$")
    #expect(rules.match("Grade: #1") == .rank(1, rule: 0))
  }

  @Test func lineWithoutColonIsAPositionedError() {
    #expect(throws: TitleRulesError.malformedLine(path: "r.txt", line: 2, text: "1 director director")) {
      try TitleRules(parsing: "0 top: ceo\n1 director director\n", origin: "r.txt")
    }
  }

  @Test func badRankIsAPositionedError() throws {
    #expect(throws: TitleRulesError.malformedLine(path: "r.txt", line: 1, text: "x manager: lead")) {
      try TitleRules(parsing: "x manager: lead", origin: "r.txt")
    }
    #expect(throws: TitleRulesError.malformedLine(path: "r.txt", line: 1, text: "-1 manager: lead")) {
      try TitleRules(parsing: "-1 manager: lead", origin: "r.txt")
    }
    #expect(throws: TitleRulesError.malformedLine(path: "r.txt", line: 1, text: "2: lead")) {
      try TitleRules(parsing: "2: lead", origin: "r.txt")
    }
    #expect(throws: TitleRulesError.malformedLine(path: "r.txt", line: 1, text: "2 manager:")) {
      try TitleRules(parsing: "2 manager:", origin: "r.txt")
    }
  }

  @Test func invalidPatternIsAPositionedErrorQuotingIt() {
    do {
      _ = try TitleRules(parsing: "\n\n2 manager: (lead", origin: "rules.txt")
      Issue.record("an unbalanced parenthesis parsed")
    } catch {
      guard case .invalidPattern(let path, let line, let pattern, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == "rules.txt" && line == 3 && pattern == "(lead")
      #expect(error.description.hasPrefix("rules.txt:3: error: invalid pattern '(lead': "))
    }
  }

  @Test func twoNamesForOneRankIsAnError() {
    let error = TitleRulesError.conflictingName(
      path: "r.txt", line: 2, rank: 1, name: "vp", earlierName: "director", earlierLine: 1)
    #expect(throws: error) { try TitleRules(parsing: "1 director: director\n1 vp: vp\n", origin: "r.txt") }
    #expect(error.description == "r.txt:2: error: rank 1 is named 'vp' here but 'director' on line 1")
  }

  @Test func malformedLineMessageNamesFileLineAndText() {
    let error = TitleRulesError.malformedLine(path: "r.txt", line: 4, text: "boss")
    #expect(error.description.hasPrefix("r.txt:4: error: invalid title rule 'boss' (expected RANK NAME: PATTERN"))
  }

  @Test func unreadableFileIsAnError() {
    #expect(throws: TitleRulesError.self) { try TitleRules(contentsOfFile: "/nonexistent/rules.txt") }
  }
}
