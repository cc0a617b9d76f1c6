import Foundation
import SyntheticOrganisation
import Testing

/// Generation at the default and at a large size; times are printed for the record, never asserted.
/// The large size (about 25 s in a debug build on a shared 2-core machine) runs only when
/// `CROSSTALK_LARGE_SAMPLE` is set.
@Suite struct SampleScaleTests {
  @Test func defaultSizeGenerates() throws {
    try generate(people: 60, months: 6)
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["CROSSTALK_LARGE_SAMPLE"] != nil))
  func twoThousandPeopleOverTwelveMonthsGenerates() throws {
    try generate(people: 2000, months: 12)
  }

  private func generate(people: Int, months: Int) throws {
    let clock = ContinuousClock()
    var output: SampleOutput?
    let elapsed = try clock.measure {
      output = try SampleGenerator.generate(SampleParameters(people: people, months: months, seed: 1))
    }
    let sample = try #require(output)
    let manifest = sample.manifest
    let replies = manifest.replyCounts.joined().reduce(0, +)
    print(
      "sample people \(people) months \(months): \(elapsed), zip \(sample.slackExportZip.count) bytes, "
        + "csv \(sample.orgChartCSV.count) bytes, messages \(manifest.messageCount), replies \(replies)")
    #expect(manifest.people.count == people && manifest.months.count == months)
    #expect(manifest.months.map(\.replies).reduce(0, +) == replies)
    // Every month writes about threadsPerPersonPerMonth × active people roots (1.2 × ~90 % of people).
    #expect(manifest.months.allSatisfy { Double($0.threads) > Double(people) * 0.9 })
    #expect(sample.slackExportZip.count < people * months * 1_500)
  }
}
