import ArgumentParser
import ConversationModel
import Foundation
import Importers
import OrgAnalysis

/// Reads the inputs and the org chart, analyses them and reports progress and diagnostics on standard error.
enum AnalysisRun {
  static func analyze(_ options: InputOptions) throws -> Analysis {
    let analysisOptions = try options.analysisOptions()
    let clock = ContinuousClock()
    let start = clock.now
    var corpus = try load(options)
    var orgChart: OrgChart?
    if let path = options.org {
      orgChart = try Terminal.failing { () throws(ImportError) in
        try OrgChartLoader.load(path, columns: try orgColumns(options), diagnostics: &corpus.diagnostics)
      }
    }
    Terminal.progress(
      "read \(corpus.inputs.map { "\($0.path) (\($0.format), \($0.recordsRead) records)" }.joined(separator: ", "))"
        + " in \(seconds(clock.now - start))")
    let analysisStart = clock.now
    let analysis = Analyzer.analyze(corpus, org: orgChart, options: analysisOptions)
    Terminal.progress(
      "analysed \(analysis.summary.nodes) people and \(analysis.summary.edges) ties in \(seconds(clock.now - analysisStart))")
    Terminal.report(analysis.diagnostics)
    if options.strict, let worst = analysis.diagnostics.worstSeverity, worst >= .warning {
      Terminal.error("warnings were reported and --strict is set")
      throw ExitCode.failure
    }
    return analysis
  }

  private static func load(_ options: InputOptions) throws -> Corpus {
    var importOptions = ImportOptions()
    importOptions.format = options.format
    importOptions.noHeader = options.noHeader
    importOptions.columns = try options.columns.map(parseColumns)
    let resolved = importOptions
    return try Terminal.failing { () throws(ImportError) in try CorpusLoader.load(options.inputs, options: resolved) }
  }

  private static func orgColumns(_ options: InputOptions) throws(ImportError) -> ColumnMapping? {
    try options.orgColumns.map { (text) throws(ImportError) in try ColumnMapping(parsing: text, scope: .orgChart) }
  }

  private static func parseColumns(_ text: String) throws -> ColumnMapping {
    do { return try ColumnMapping(parsing: text, scope: .conversations) } catch {
      throw ValidationError(error.description)
    }
  }

  private static func seconds(_ duration: Duration) -> String {
    String(format: "%.2f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
  }
}
