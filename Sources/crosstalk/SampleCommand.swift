import ArgumentParser
import Foundation
import SyntheticOrganisation

/// `crosstalk sample`: a synthetic organisation's export and org chart, to try Crosstalk on.
struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Write a synthetic organisation's Slack export and org chart, seeded and deterministic.",
    discussion: """
      Writes DIR/slack-export.zip and DIR/org-chart.csv. The organisation has a CEO, a director per \
      department, managers and staff; uneven activity, silent people, two bots, threads, mentions and \
      reactions; a planted pattern of who answers whom by level, and cross-department talk that rises month \
      by month. The same seed always gives the same bytes.

      Example:
        crosstalk sample --output Samples --people 60 --months 6 --seed 1
      """)

  @Option(name: .shortAndLong, help: "The folder to write into (created if missing).")
  var output: String

  @Option(help: "How many people the organisation has (at least 12).")
  var people: Int = 60

  @Option(help: "How many calendar months of talk, starting January 2026 (1 to 36).")
  var months: Int = 6

  @Option(help: "The platform whose export format is written.")
  var platform: SamplePlatform = .slack

  @Option(help: "The seed: the same seed gives the same files.")
  var seed: UInt64 = 1

  func run() throws {
    let parameters = SampleParameters(people: people, months: months, seed: seed, platform: platform)
    let sample = try Terminal.failing { () throws(SampleError) in try SampleGenerator.generate(parameters) }
    let folder = URL(fileURLWithPath: output)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      Terminal.error("cannot create folder '\(output)': \(error.localizedDescription)")
      throw ExitCode.failure
    }
    try Terminal.write(sample.slackExportZip, to: folder.appendingPathComponent("slack-export.zip").path)
    try Terminal.write(sample.orgChartCSV, to: folder.appendingPathComponent("org-chart.csv").path)
    Terminal.progress(
      "wrote \(output)/slack-export.zip (\(sample.slackExportZip.count) bytes) and \(output)/org-chart.csv "
        + "for \(people) people over \(months) months")
  }
}

extension SamplePlatform: ExpressibleByArgument {}
