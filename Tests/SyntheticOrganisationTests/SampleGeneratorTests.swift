import Foundation
import SyntheticOrganisation
import Testing

@Suite struct SampleGeneratorTests {
  @Test func sameSeedGivesIdenticalBytes() throws {
    let parameters = SampleParameters(people: 30, months: 2, seed: 7)
    let first = try SampleGenerator.generate(parameters)
    let second = try SampleGenerator.generate(parameters)
    #expect(first.slackExportZip == second.slackExportZip)
    #expect(first.orgChartCSV == second.orgChartCSV)
    #expect(first.manifest == second.manifest)
  }

  @Test func differentSeedGivesDifferentBytes() throws {
    let first = try SampleGenerator.generate(SampleParameters(people: 30, months: 2, seed: 7))
    let second = try SampleGenerator.generate(SampleParameters(people: 30, months: 2, seed: 8))
    #expect(first.slackExportZip != second.slackExportZip)
    #expect(first.orgChartCSV != second.orgChartCSV)
  }

  @Test func defaultSampleIsUnderThreeHundredKilobytes() throws {
    let sample = try SlackExportFixture.standardSample()
    #expect(sample.output.slackExportZip.count < 300_000)
    #expect(sample.output.orgChartCSV.count < 10_000)
  }

  @Test(arguments: [11, 5001, -3])
  func peopleOutOfRangeIsRejected(people: Int) {
    #expect(throws: SampleError.outOfRange(parameter: "people", value: people, allowed: 12...5000)) {
      try SampleGenerator.generate(SampleParameters(people: people))
    }
  }

  @Test(arguments: [0, 37])
  func monthsOutOfRangeIsRejected(months: Int) {
    #expect(throws: SampleError.outOfRange(parameter: "months", value: months, allowed: 1...36)) {
      try SampleGenerator.generate(SampleParameters(months: months))
    }
  }

  @Test func errorMessageNamesParameterValueAndRange() {
    let error = SampleError.outOfRange(parameter: "people", value: 5, allowed: 12...5000)
    #expect(error.description == "sample parameters: error: people '5' is out of range (expected 12...5000)")
  }

  @Test func malformedPropensityIsRejected() {
    var parameters = SampleParameters()
    parameters.levelPropensity = [[1, 1, 1, 1]]
    #expect(throws: SampleError.self) { try SampleGenerator.generate(parameters) }
    parameters.levelPropensity = SampleParameters.defaultLevelPropensity
    parameters.levelPropensity[2][1] = -1
    #expect(throws: SampleError.self) { try SampleGenerator.generate(parameters) }
  }

  @Test func crossShareOutsideUnitIntervalIsRejected() {
    var parameters = SampleParameters()
    parameters.crossDepartmentShareEnd = 1.5
    #expect(throws: SampleError.self) { try SampleGenerator.generate(parameters) }
    parameters.crossDepartmentShareEnd = .nan
    #expect(throws: SampleError.self) { try SampleGenerator.generate(parameters) }
  }

  @Test(arguments: [(12, 1), (13, 3), (200, 2)])
  func smallAndLargeOrganisationsGenerate(people: Int, months: Int) throws {
    let sample = try SlackExportFixture(SampleParameters(people: people, months: months, seed: 3))
    #expect(sample.orgRows.count == people)
    #expect(sample.output.manifest.months.count == months)
    #expect(sample.output.manifest.months.allSatisfy { $0.replies > 0 })
  }
}
