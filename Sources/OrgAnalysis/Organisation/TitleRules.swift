import Foundation

/// Ordered rules that give a level rank to a job title: the first rule whose pattern occurs in the title wins.
///
/// A rules file has one rule per line, `RANK NAME: PATTERN`:
/// - `RANK` is a level rank (0 for the top) or `-` for "no level": a placeholder title such as `NA` that says
///   nothing about the person, whose level stays unknown.
/// - `NAME` names the rank (it may hold spaces, not a colon). The names act as level bands when levels come
///   from titles, so every rule of one rank must give it the same name.
/// - `PATTERN` is a regular expression (Swift `Regex`, the syntax of Python and PCRE) searched anywhere in the
///   title, case-insensitively, with `\b` the simple boundary between a word character and anything else.
///
/// Blank lines and lines whose first non-blank character is `#` are ignored; there are no trailing comments, so
/// a `#` inside a pattern means itself. A title no rule matches has no level: end the file with a catch-all
/// such as `3 staff: .` to give every other title one.
///
/// Choices: patterns are regular expressions rather than word lists because titles need alternatives,
/// compounds (Dutch `\w*manager` for "salesmanager") and anchors (`^na$`), and the syntax is the one people
/// already know from other tools. Rules are tried in file order, not rank order, so a phrase containing
/// another level's word ("vice president", "managing director") is written before that word's rule. Swift's
/// `Regex` is slow per match and not `Sendable`, so the rules keep their patterns, `matcher()` compiles them
/// for one task, and `OrgLevels` matches each distinct title of a chart once.
///
/// - Complexity: parsing O(lines); a match O(rules × title length).
public struct TitleRules: Sendable {
  /// One line of the rules file.
  public struct Rule: Sendable {
    /// The rank the rule gives; `nil` for a `-` rule (no level).
    public let rank: Int?
    public let name: String
    public let pattern: String
    /// 1-based line in the rules file.
    public let line: Int
  }

  /// What a title is, by the rules.
  public enum Match: Sendable, Equatable {
    /// The rule at `rule` (an index into `rules`) gives `rank`.
    case rank(Int, rule: Int)
    /// A `-` rule matched: the title says nothing about the level.
    case noLevel(rule: Int)
    /// No rule matched.
    case unmatched
  }

  public let rules: [Rule]
  /// Where the rules came from, for messages and the JSON `org` object: a path, or `built-in`.
  public let origin: String

  /// Parses rules from the text of a rules file.
  ///
  /// - Throws: `TitleRulesError.malformedLine`, `.invalidPattern` or `.conflictingName`, naming `origin` and the
  ///   1-based line.
  public init(parsing text: String, origin: String) throws(TitleRulesError) {
    var rules: [Rule] = []
    var nameOfRank: [Int: Rule] = [:]
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let rule = try Self.parseRule(line, number: offset + 1, origin: origin)
      if let rank = rule.rank {
        if let earlier = nameOfRank[rank], earlier.name != rule.name {
          throw .conflictingName(path: origin, line: rule.line, rank: rank, name: rule.name,
                                 earlierName: earlier.name, earlierLine: earlier.line)
        }
        nameOfRank[rank] = nameOfRank[rank] ?? rule
      }
      rules.append(rule)
    }
    self.rules = rules
    self.origin = origin
  }

  /// Reads and parses a rules file.
  ///
  /// - Throws: `TitleRulesError.unreadable` when the file cannot be read as UTF-8, else as `init(parsing:origin:)`.
  public init(contentsOfFile path: String) throws(TitleRulesError) {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    try self.init(parsing: text, origin: path)
  }

  private static func parseRule(_ line: String, number: Int, origin: String) throws(TitleRulesError) -> Rule {
    let malformed = TitleRulesError.malformedLine(path: origin, line: number, text: line)
    guard let colon = line.firstIndex(of: ":") else { throw malformed }
    let head = line[..<colon].split(maxSplits: 1, whereSeparator: \.isWhitespace)
    let pattern = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard head.count == 2, !pattern.isEmpty else { throw malformed }
    let rankText = String(head[0])
    let name = head[1].trimmingCharacters(in: .whitespaces)
    let rank: Int?
    if rankText == "-" {
      rank = nil
    } else if let value = Int(rankText), value >= 0 {
      rank = value
    } else {
      throw malformed
    }
    do {
      _ = try Matcher.regex(pattern)
    } catch {
      throw .invalidPattern(path: origin, line: number, pattern: pattern, reason: String(describing: error))
    }
    return Rule(rank: rank, name: name, pattern: pattern, line: number)
  }

  /// A matcher with every pattern compiled, for matching many titles.
  public func matcher() -> Matcher { Matcher(rules: self) }

  /// The first rule that matches `title`, if any (compiles the patterns each call: use `matcher()` for many).
  public func match(_ title: String) -> Match { matcher().match(title) }

  /// Compiled rules. Swift's `Regex` is not `Sendable`, so the rules keep their patterns and each user compiles
  /// its own matcher, which stays on one task.
  public struct Matcher {
    private let rules: [Rule]
    private let regexes: [Regex<AnyRegexOutput>?]

    init(rules: TitleRules) {
      self.rules = rules.rules
      regexes = rules.rules.map { rule in
        let regex = try? Self.regex(rule.pattern)
        assert(regex != nil, "pattern '\(rule.pattern)' compiled when parsed")
        return regex
      }
    }

    static func regex(_ pattern: String) throws -> Regex<AnyRegexOutput> {
      try Regex(pattern).ignoresCase().wordBoundaryKind(.simple)
    }

    /// The first rule that matches `title`, if any.
    public func match(_ title: String) -> Match {
      for (index, regex) in regexes.enumerated() {
        guard let regex, title.contains(regex) else { continue }
        return rules[index].rank.map { .rank($0, rule: index) } ?? .noLevel(rule: index)
      }
      return .unmatched
    }

    /// The rank the rules give `title`; `nil` for no title, a `-` rule, or no match.
    public func rank(of title: String?) -> Int? {
      guard let title = title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return nil }
      if case .rank(let rank, _) = match(title) { return rank }
      return nil
    }
  }

  /// The rules' rank names as bands, one rank each, in rank order: `0=executive,1=director,…`.
  public var bands: LevelBands {
    var seen = Set<Int>()
    let ranked = rules.compactMap { rule in rule.rank.map { ($0, rule.name) } }.filter { seen.insert($0.0).inserted }
    return LevelBands(
      bands: ranked.sorted { $0.0 < $1.0 }.map { LevelBands.Band(lowest: $0.0, highest: $0.0, name: $0.1) })
  }
}

/// A rules file that cannot be used, named by path and 1-based line with the offending text.
public enum TitleRulesError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case malformedLine(path: String, line: Int, text: String)
  case invalidPattern(path: String, line: Int, pattern: String, reason: String)
  case conflictingName(path: String, line: Int, rank: Int, name: String, earlierName: String, earlierLine: Int)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): error: cannot read title rules: \(reason)"
    case .malformedLine(let path, let line, let text):
      "\(path):\(line): error: invalid title rule '\(text)' (expected RANK NAME: PATTERN, e.g. "
        + "'2 manager: \\b(manager|lead)\\b', with RANK a whole number from 0 or '-' for no level)"
    case .invalidPattern(let path, let line, let pattern, let reason):
      "\(path):\(line): error: invalid pattern '\(pattern)': \(reason)"
    case .conflictingName(let path, let line, let rank, let name, let earlierName, let earlierLine):
      "\(path):\(line): error: rank \(rank) is named '\(name)' here but '\(earlierName)' on line \(earlierLine)"
    }
  }
}
