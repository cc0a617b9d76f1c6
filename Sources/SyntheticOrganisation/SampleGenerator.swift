import Foundation
import SeededRandom

/// Generates a synthetic organisation with planted conversation structure, as a Slack export and an org chart.
///
/// Definition: validates the parameters, builds the organisation (`SampleOrganisation`), simulates the
/// months (`ConversationSimulator`), writes the Slack export zip, the org-chart CSV and the manifest of
/// planted truth counted from what was written.
/// Choices: pure: no clock, no disk, no global random state; one SplitMix64 stream seeded by
/// `parameters.seed`, so the same parameters give byte-identical outputs. Zip entries carry the date of
/// the first second of the period.
public enum SampleGenerator {
  /// Generates the sample for `parameters`.
  /// - Throws: `SampleError` for an invalid parameter, or when the in-memory zip cannot be built.
  /// - Complexity: O(M · P · (r + D) + E log E) for M months, P people, r replies per person, D departments
  ///   and E messages.
  public static func generate(_ parameters: SampleParameters) throws(SampleError) -> SampleOutput {
    try parameters.validate()
    var random = SampleRandom(seed: parameters.seed)
    let organisation = SampleOrganisation.build(parameters, random: &random)
    var simulator = ConversationSimulator(
      parameters: parameters, organisation: organisation, random: SampleRandom(seed: random.next()))
    simulator.run()
    let start = MonthWindow(parameters: parameters, offset: 0).startDay * 86_400
    let export = SlackExport(
      organisation: organisation, channels: simulator.channels, events: simulator.events, start: start,
      random: SampleRandom(seed: random.next()))
    let zip = try SlackArchive.zip(
      export.entries(), modificationDate: Date(timeIntervalSince1970: TimeInterval(start)))
    return SampleOutput(
      slackExportZip: zip, orgChartCSV: Data(OrgChartCSV.bytes(organisation)),
      manifest: manifest(parameters, organisation, simulator))
  }

  private static func manifest(
    _ parameters: SampleParameters, _ organisation: SampleOrganisation, _ simulator: ConversationSimulator
  ) -> SampleManifest {
    let people = organisation.people.map { person in
      SamplePerson(
        personID: person.orgID, slackUserID: person.slackID, name: person.name, email: person.email,
        title: person.title, department: organisation.departmentName(person.department),
        managerID: person.manager.map { organisation.people[$0].orgID }, level: person.level,
        activity: person.activity, isSilent: person.isSilent, isBroker: person.isBroker)
    }
    return SampleManifest(
      parameters: parameters,
      departments: organisation.departments.map(\.name) + [DepartmentTemplate.executiveName], people: people,
      brokerUserIDs: organisation.people.filter(\.isBroker).compactMap(\.slackID),
      silentUserIDs: organisation.people.filter(\.isSilent).compactMap(\.slackID),
      botUserIDs: [organisation.botUser.slackID], integrationBotIDs: [organisation.integrationBotID],
      orgChartOnlyPersonIDs: organisation.people.filter { $0.slackID == nil }.map(\.orgID),
      slackOnlyUserIDs: [organisation.contractor.slackID], replyCounts: simulator.replyCounts,
      repliesToBots: simulator.repliesToBots, messageCount: simulator.events.count, months: simulator.months)
  }
}
