import ArgumentParser
import ConversationModel
import Foundation
import Importers
import OrgAnalysis

/// Reads the inputs and the org chart, analyses them and reports progress and diagnostics on standard error.
enum AnalysisRun {
  /// The analysis of the inputs, with `--pseudonymize` and `--min-group-size` applied (groups smaller than
  /// `defaultMinGroupSize` are left out when `--min-group-size` is not given).
  static func analyze(
    _ options: InputOptions, roles: RoleOptions = RoleOptions(), defaultMinGroupSize: Int = 1
  ) throws -> Analysis {
    var analysisOptions = try options.analysisOptions()
    analysisOptions.roles = roles
    let clock = ContinuousClock()
    let start = clock.now
    var corpus = try load(options)
    var orgChart: OrgChart?
    if let path = options.org {
      let orgColumns = try options.orgColumnMapping()
      orgChart = try Terminal.failing { () throws(ImportError) in
        try OrgChartLoader.load(path, columns: orgColumns, diagnostics: &corpus.diagnostics)
      }
    }
    Terminal.progress(
      "read \(corpus.inputs.map { "\($0.path) (\($0.format), \($0.recordsRead) records)" }.joined(separator: ", "))"
        + " in \(seconds(clock.now - start))")
    let analysisStart = clock.now
    Terminal.progress("analysing \(corpus.interactions.count) interactions among \(corpus.people.count) people…")
    let analysis = Analyzer.analyze(corpus, org: orgChart, options: analysisOptions)
    let elapsed = seconds(clock.now - analysisStart)
    Terminal.progress("analysed \(analysis.summary.nodes) people and \(analysis.summary.edges) ties in \(elapsed)")
    // Standard error shows the diagnostics as the outputs do: redacted under --pseudonymize.
    let shown = try options.applyingPrivacy(to: analysis, defaultMinGroupSize: defaultMinGroupSize)
    Terminal.report(shown.diagnostics)
    if options.strict, let worst = shown.diagnostics.worstSeverity, worst >= .warning {
      Terminal.error("warnings were reported and --strict is set")
      throw ExitCode.failure
    }
    return shown
  }

  private static func load(_ options: InputOptions) throws -> Corpus {
    var importOptions = ImportOptions()
    importOptions.format = options.format
    importOptions.noHeader = options.noHeader
    importOptions.columns = try options.columnMapping()
    importOptions.replyInferenceWindow = try options.replyInferenceWindow()
    if let path = options.identities {
      importOptions.identities = try Terminal.failing { () throws(ImportError) in try IdentityMap.load(path) }
    }
    let resolved = importOptions
    let corpus = try Terminal.failing { () throws(ImportError) in
      try CorpusLoader.load(options.inputs, options: resolved)
    }
    if resolved.replyInferenceWindow != nil {
      Terminal.progress("inferred \(corpus.inferredReplyCount) replies (--infer-replies \(options.inferReplies ?? ""))")
    }
    return corpus
  }

  private static func seconds(_ duration: Duration) -> String {
    String(format: "%.2f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
  }
}
