import ConversationModel
import Foundation
import Importers
import OrgAnalysis
import SyntheticOrganisation
import TestSupport

/// A generated sample (`SampleGenerator`, as `crosstalk sample` writes it) read back through the Slack importer
/// and the org-chart loader, and analysed by month with the sample's level bands.
struct PlantedSample: Sendable {
  let manifest: SampleManifest
  let analysis: Analysis

  /// Every sample of these tests: 150 people over 6 months (about 600 interactions a month), large enough that
  /// a month's cross-department share has a standard error near 0.02.
  static func parameters(seed: UInt64) -> SampleParameters { SampleParameters(people: 150, months: 6, seed: seed) }

  /// Seeds 1, 2 and 3, generated and analysed once for all the tests that read them.
  private static let firstSeeds = Result { try (1...3).map { try generateAndAnalyse(seed: UInt64($0)) } }

  /// The analysed sample of `seed`: seeds 1–3 from the shared cache, others generated on demand.
  static func analysed(seed: UInt64) throws -> PlantedSample {
    if (1...3).contains(seed) { return try firstSeeds.get()[Int(seed) - 1] }
    return try generateAndAnalyse(seed: seed)
  }

  private static func generateAndAnalyse(seed: UInt64) throws -> PlantedSample {
    let output = try SampleGenerator.generate(parameters(seed: seed))
    let folder = try TestPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = folder.appendingPathComponent("slack-export.zip")
    let chart = folder.appendingPathComponent("org-chart.csv")
    try output.slackExportZip.write(to: export)
    try output.orgChartCSV.write(to: chart)
    var corpus = try CorpusLoader.load([export.path], options: ImportOptions())
    let org = try OrgChartLoader.load(chart.path, columns: nil, diagnostics: &corpus.diagnostics)
    var options = AnalysisOptions()
    options.levelBands = try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff")
    options.window = .month
    options.permutations = 200
    options.seed = seed
    return PlantedSample(manifest: output.manifest, analysis: Analyzer.analyze(corpus, org: org, options: options))
  }
}
