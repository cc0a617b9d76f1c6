import Testing

@testable import OrgAnalysis

@Suite struct LevelBandsTests {
  @Test func parsesSingleRangeAndOpenBands() throws {
    let bands = try LevelBands(parsing: "0=executive,1=director,2=manager,3-=staff")
    #expect([0, 1, 2, 3, 9].map(bands.name(of:)) == ["executive", "director", "manager", "staff", "staff"])
    #expect(bands.description == "0=executive,1=director,2=manager,3-=staff")
  }

  @Test func closedRangeAndUncoveredRanks() throws {
    let bands = try LevelBands(parsing: "0-1=leadership, 3=ic")
    #expect([0, 1, 2, 3].map(bands.name(of:)) == ["leadership", "leadership", "2", "ic"])
    #expect([0, 2, 3].map(bands.order(of:)) == [0, 4, 1])
  }

  @Test(arguments: [
    ("exec", "invalid level band 'exec' (expected RANK=name, FROM-TO=name or FROM-=name, e.g. 0=executive,3-=staff)"),
    (
      "a=exec",
      "invalid level band 'a=exec' (expected RANK=name, FROM-TO=name or FROM-=name, e.g. 0=executive,3-=staff)"
    ),
    ("3-1=x", "invalid level band '3-1=x' (expected RANK=name, FROM-TO=name or FROM-=name, e.g. 0=executive,3-=staff)"),
    ("0-2=a,1=b", "level band '1=b' overlaps an earlier band"),
  ])
  func rejectsMalformedBands(text: String, message: String) {
    #expect { try LevelBands(parsing: text) } throws: { error in
      (error as? LevelBands.ParseError)?.description == message
    }
  }
}
