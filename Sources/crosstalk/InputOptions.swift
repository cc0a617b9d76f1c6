import ArgumentParser
import ConversationModel
import Foundation
import Importers
import OrgAnalysis

/// The flags every command that reads exports shares: what to read and how to analyse it.
struct InputOptions: ParsableArguments {
  @Argument(help: "Export files, folders or zip archives to read (the format is detected from content).")
  var inputs: [String]

  @Option(help: "Org chart CSV: id, manager and optional name, email, title, department, level.")
  var org: String?

  @Option(name: .customLong("from"), help: "Read every input as this format instead of detecting it.")
  var format: ExportFormat?

  @Option(
    help: ArgumentHelp(
      "Map CSV headers for the two CSV formats, as KEY=HEADER,... (messages: id, author, time, reply_to, thread, "
        + "channel, text; interactions: source, target, time, weight, kind).",
      valueName: "mapping"))
  var columns: String?

  @Flag(help: ArgumentHelp(
    "The interactions file has no header row: columns are source, target[, time[, weight]] by position.",
    discussion: "With --no-header, --columns names 1-based positions: --columns weight=3 reads source target weight."))
  var noHeader = false

  @Option(
    help: ArgumentHelp(
      "CSV of per-source ids that are one person: source,id,person (source: an input as given here, or a "
        + "format name for every input of that format).",
      valueName: "file"))
  var identities: String?

  @Option(
    help: ArgumentHelp(
      "Infer replies where the export has no reply pointer: a message answers the previous message by another "
        + "person in the same channel within this window (e.g. 10m, 2h; units s, m, h, d). Off by default.",
      valueName: "window"))
  var inferReplies: String?

  @Option(
    help: ArgumentHelp(
      "Map org-chart headers, as KEY=HEADER,... (keys: id, manager, name, email, title, department, level).",
      valueName: "mapping"))
  var orgColumns: String?

  @Option(
    help: ArgumentHelp(
      "Interaction kinds that become edges, comma-separated: reply, mention, reaction, message.", valueName: "kinds"))
  var kinds: String = "reply,mention,message"

  @Option(help: ArgumentHelp("Name level ranks, e.g. 0=executive,1=director,2=manager,3-=staff.", valueName: "bands"))
  var levelBands: String?

  @Option(
    help: ArgumentHelp(
      "Where level ranks come from: auto (the org chart's level column, else depth in the manager tree, "
        + "else title rules), column, tree or titles.",
      valueName: "source"))
  var levels: LevelMode = .auto

  @Option(
    help: ArgumentHelp(
      "Title rules file (RANK NAME: PATTERN per line, first match wins); `crosstalk title-rules` prints the "
        + "built-in one.",
      valueName: "file"))
  var titleRules: String?

  @Option(
    help: ArgumentHelp(
      "For org-chart entries without a department: the manager-tree depth whose people head the departments "
        + "(1: those reporting to the top).",
      valueName: "depth"))
  var departmentDepth: Int = 1

  @Option(help: "The attribute whose groups the mixing matrix and E-I index compare.")
  var groupBy: GroupAttribute = .department

  @Option(help: "Label permutations for the E-I index test (0 skips it).")
  var permutations: Int = 1000

  @Option(help: "Seed for the permutation test and the community detection.")
  var seed: UInt64 = 1

  @Option(help: "Community detection on the undirected weighted graph.")
  var communities: CommunityMethod = .louvain

  @Flag(help: ArgumentHelp(
    "Compute betweenness, closeness and harmonic centrality exactly even on a large graph (hours at 200,000 people).",
    discussion:
      "By default they are sampled, with the error bound stated in the output, when people × ties exceeds 2·10⁹."))
  var exact = false

  @Option(help: ArgumentHelp(
    "Also analyse each calendar window (UTC; weeks start on Monday) and report trends.", valueName: "size"))
  var window: WindowSize?

  @Option(help: ArgumentHelp("Keep interactions from this day on (YYYY-MM-DD, UTC).", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("Keep interactions up to and including this day (YYYY-MM-DD, UTC).", valueName: "date"))
  var until: String?

  @Option(help: "Bootstrap resamples for the trend confidence intervals (with --window).")
  var resamples: Int = 1000

  @Flag(help: ArgumentHelp(
    "Replace person ids by keyed pseudonyms and leave names out of every output.",
    discussion: "Pseudonyms are p- and 16 hex digits of HMAC-SHA256(key, id); without --pseudonym-key a random key "
      + "is made for the run."))
  var pseudonymize = false

  @Option(help: ArgumentHelp(
    "File whose bytes (trailing newlines removed) are the pseudonym key, so pseudonyms stay the same across runs.",
    valueName: "file"))
  var pseudonymKey: String?

  @Option(help: ArgumentHelp(
    "Leave out the figures of departments and levels with fewer people than this (default 1: keep all; "
      + "the report's default is 5).",
    valueName: "n"))
  var minGroupSize: Int?

  @Flag(help: "Exit with status 1 when any warning was reported.")
  var strict = false

  func validate() throws {
    _ = try selectedKinds()
    if let levelBands { _ = try parseBands(levelBands) }
    _ = try columnMapping()
    _ = try orgColumnMapping()
    if permutations < 0 { throw ValidationError("--permutations must be 0 or more, got \(permutations).") }
    if departmentDepth < 1 { throw ValidationError("--department-depth must be 1 or more, got \(departmentDepth).") }
    _ = try loadTitleRules()
    if resamples < 0 { throw ValidationError("--resamples must be 0 or more, got \(resamples).") }
    _ = try dateRange()
    _ = try replyInferenceWindow()
    if let minGroupSize, minGroupSize < 1 {
      throw ValidationError("--min-group-size must be 1 or more, got \(minGroupSize).")
    }
    if pseudonymKey != nil, !pseudonymize { throw ValidationError("--pseudonym-key needs --pseudonymize.") }
    _ = try pseudonymizer()
  }

  /// The pseudonymizer `--pseudonymize` asks for, keyed by `--pseudonym-key` when given; `nil` without it.
  func pseudonymizer() throws -> Pseudonymizer? {
    guard pseudonymize else { return nil }
    guard let pseudonymKey else { return .randomKey() }
    guard var key = FileManager.default.contents(atPath: pseudonymKey) else {
      throw ValidationError("cannot read the pseudonym key file '\(pseudonymKey)'.")
    }
    while let last = key.last, last == 0x0A || last == 0x0D { key.removeLast() }
    guard !key.isEmpty else { throw ValidationError("the pseudonym key file '\(pseudonymKey)' is empty.") }
    return Pseudonymizer(key: key)
  }

  /// The analysis as `--pseudonymize` and `--min-group-size` (default `defaultMinGroupSize`) let it be shown.
  func applyingPrivacy(to analysis: Analysis, defaultMinGroupSize: Int = 1) throws -> Analysis {
    let minimum = minGroupSize ?? defaultMinGroupSize
    var shown = minimum > 1 ? analysis.suppressingGroups(smallerThan: minimum) : analysis
    if let pseudonymizer = try pseudonymizer() {
      shown = shown.pseudonymized(by: pseudonymizer, stableKey: pseudonymKey != nil)
    }
    return shown
  }

  /// `--infer-replies` in seconds; a bad window is a usage error.
  func replyInferenceWindow() throws -> Double? {
    guard let inferReplies else { return nil }
    guard let seconds = ImportOptions.windowSeconds(parsing: inferReplies) else {
      throw ValidationError(
        "--infer-replies expects a positive number and a unit s, m, h or d (e.g. 10m), got '\(inferReplies)'.")
    }
    return seconds
  }

  func selectedKinds() throws -> Set<InteractionKind> {
    var kinds: Set<InteractionKind> = []
    for name in self.kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      guard let kind = InteractionKind(rawValue: name) else {
        let choices = InteractionKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("unknown interaction kind '\(name)' (expected one of: \(choices))")
      }
      kinds.insert(kind)
    }
    guard !kinds.isEmpty else { throw ValidationError("--kinds needs at least one kind.") }
    return kinds
  }

  /// `--columns`, parsed with the conversation keys; a bad mapping is a usage error.
  func columnMapping() throws -> ColumnMapping? { try columns.map { try Self.mapping($0, scope: .conversations) } }

  /// `--org-columns`, parsed with the org-chart keys; a bad mapping is a usage error.
  func orgColumnMapping() throws -> ColumnMapping? { try orgColumns.map { try Self.mapping($0, scope: .orgChart) } }

  private static func mapping(_ text: String, scope: ColumnMapping.Scope) throws -> ColumnMapping {
    do {
      return try ColumnMapping(parsing: text, scope: scope)
    } catch {
      // ArgumentParser already starts the line with "Error: ".
      throw ValidationError(String(error.description.trimmingPrefix("error: ")))
    }
  }

  /// `--title-rules`, read and parsed; the built-in rules without it. A bad file is a usage error naming its line.
  func loadTitleRules() throws -> TitleRules {
    guard let titleRules else { return .builtIn }
    do {
      return try TitleRules(contentsOfFile: titleRules)
    } catch {
      throw ValidationError(Terminal.withoutSeverity(error.description))
    }
  }

  private func parseBands(_ text: String) throws -> LevelBands {
    do { return try LevelBands(parsing: text) } catch { throw ValidationError(error.description) }
  }

  /// `--since` and `--until`; a bad date is a usage error.
  func dateRange() throws -> DateRange {
    do { return try DateRange(since: since, until: until) } catch { throw ValidationError(error.description) }
  }

  func analysisOptions() throws -> AnalysisOptions {
    var options = AnalysisOptions()
    options.kinds = try selectedKinds()
    options.groupBy = groupBy
    options.levelBands = try levelBands.map(parseBands)
    options.levelMode = levels
    options.titleRules = try loadTitleRules()
    options.departmentDepth = departmentDepth
    options.permutations = permutations
    options.seed = seed
    options.communities = communities
    options.alwaysExact = exact
    options.window = window
    options.dateRange = try dateRange()
    options.bootstrapResamples = resamples
    return options
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension GroupAttribute: ExpressibleByArgument {}
extension CommunityMethod: ExpressibleByArgument {}
extension LevelMode: ExpressibleByArgument {}
extension WindowSize: ExpressibleByArgument {}
