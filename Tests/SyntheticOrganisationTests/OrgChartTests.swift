import Foundation
import SyntheticOrganisation
import Testing

@Suite struct OrgChartTests {
  @Test func headerHasNoLevelColumn() throws {
    let sample = try SlackExportFixture.standardSample()
    #expect(sample.orgHeader == "person_id,name,email,title,department,manager_id")
    #expect(sample.orgRows.count == 60)
    #expect(sample.orgRows.map(\.personID) == (1...60).map { String(format: "e%03d", $0) })
  }

  @Test func managersFormOneTreeWithTheCEOAtTheRoot() throws {
    let sample = try SlackExportFixture.standardSample()
    let byID = Dictionary(uniqueKeysWithValues: sample.orgRows.map { ($0.personID, $0) })
    let roots = sample.orgRows.filter { $0.managerID.isEmpty }
    #expect(roots.map(\.title) == ["Chief Executive Officer"])
    for row in sample.orgRows where !row.managerID.isEmpty {
      #expect(byID[row.managerID] != nil, "manager \(row.managerID) of \(row.personID) is not in the chart")
      var seen: Set<String> = [row.personID]
      var current = row
      while let manager = byID[current.managerID] {
        #expect(seen.insert(manager.personID).inserted, "cycle through \(manager.personID)")
        guard seen.count <= sample.orgRows.count else { break }
        current = manager
      }
      #expect(current.managerID.isEmpty)
    }
  }

  @Test func levelsFromTheTreeMatchTheManifest() throws {
    let sample = try SlackExportFixture.standardSample()
    let byID = Dictionary(uniqueKeysWithValues: sample.orgRows.map { ($0.personID, $0) })
    for person in sample.output.manifest.people {
      var depth = 0
      var current = try #require(byID[person.personID])
      while let manager = byID[current.managerID], depth < 10 {
        depth += 1
        current = manager
      }
      #expect(depth == person.level.rawValue, "\(person.personID) \(person.title)")
    }
    let departments = Set(sample.orgRows.map(\.department))
    #expect(departments.count == 6)  // five departments and the executive office
  }

  @Test func joinByEmailLeavesExactlyOneUnmatchedOnEachSide() throws {
    let sample = try SlackExportFixture.standardSample()
    let manifest = sample.output.manifest
    let chartEmails = Set(sample.orgRows.map(\.email))
    let slackEmails = Set(sample.users.compactMap(\.profile.email))
    let chartOnly = sample.orgRows.filter { !slackEmails.contains($0.email) }.map(\.personID)
    let slackOnly = sample.users.filter { !$0.is_bot && !chartEmails.contains($0.profile.email ?? "") }.map(\.id)
    #expect(chartOnly == manifest.orgChartOnlyPersonIDs)
    #expect(slackOnly == manifest.slackOnlyUserIDs)
    #expect(sample.orgRows.allSatisfy { $0.email.hasSuffix("@example.com") })
    #expect(Set(sample.orgRows.map(\.email)).count == sample.orgRows.count)
  }
}
