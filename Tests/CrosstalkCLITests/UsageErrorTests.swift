import TestSupport
import Testing

/// Usage errors exit 64 (ArgumentParser's `EX_USAGE`) with a message naming the bad value and the choices.
@Suite struct UsageErrorTests {
  private func expectUsageError(_ arguments: [String], mentioning message: String) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func unknownKindListsTheValidKinds() throws {
    try expectUsageError(
      ["analyze", CLI.sampleExport, "--kinds", "reply,likes"],
      mentioning: "unknown interaction kind 'likes' (expected one of: reply, mention, reaction, message)")
  }

  @Test func emptyKindsNeedsAtLeastOne() throws {
    try expectUsageError(["analyze", CLI.sampleExport, "--kinds", ","], mentioning: "--kinds needs at least one kind")
  }

  @Test func badLevelBandIsQuoted() throws {
    try expectUsageError(
      ["analyze", CLI.sampleExport, "--level-bands", "0=executive,x=bad"],
      mentioning: "invalid level band 'x=bad' (expected RANK=name, FROM-TO=name or FROM-=name")
  }

  @Test func overlappingLevelBandsAreRefused() throws {
    try expectUsageError(
      ["analyze", CLI.sampleExport, "--level-bands", "0-2=top,1=middle"],
      mentioning: "level band '1=middle' overlaps an earlier band")
  }

  @Test func unknownOutputFormatListsTheChoices() throws {
    try expectUsageError(["analyze", CLI.sampleExport, "--format", "xml"], mentioning: "'xml'")
  }

  @Test func renderRefusesAWindowItWouldNotDraw() throws {
    try expectUsageError(
      ["render", CLI.sampleExport, "--view", "network", "--output", "x.dot", "--window", "month"],
      mentioning: "render draws the whole period, so --window month would change nothing")
  }

  @Test func renderOutputExtensionMustBeAKnownFormat() throws {
    try expectUsageError(
      ["render", CLI.sampleExport, "--view", "network", "--output", "picture.gif"],
      mentioning: "cannot tell the format of 'picture.gif' (expected a file ending in .dot, .svg, .png or .pdf)")
  }

  @Test func renderNeedsAView() throws {
    try expectUsageError(
      ["render", CLI.sampleExport, "--output", "picture.svg"], mentioning: "Missing expected argument '--view <view>'")
  }

  @Test func unknownColumnKeyListsTheConversationKeys() throws {
    let path = try CLI.write("a,b\nx,y\n", named: "edges.csv")
    try expectUsageError(
      ["analyze", path, "--columns", "sender=a"],
      mentioning: "unknown or repeated column key 'sender' in 'sender=a' (expected one of: id, author, time, "
        + "reply_to, thread, channel, text, source, target, weight, kind)")
  }

  @Test func unknownOrgColumnKeyListsTheOrgChartKeys() throws {
    try expectUsageError(
      ["analyze", CLI.sampleExport, "--org", CLI.sampleOrgChart, "--org-columns", "boss=manager_id"],
      mentioning: "unknown or repeated column key 'boss' in 'boss=manager_id' (expected one of: id, manager, name, "
        + "email, title, department, level)")
  }

  @Test func columnMappingErrorsAreNotPrefixedTwice() throws {
    let result = try CLI.run(["analyze", CLI.sampleExport, "--columns", "nonsense"])
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("Error: column mapping 'nonsense' is not KEY=HEADER"))
  }

  @Test(arguments: ["analyze", "render"])
  func topBelowOneIsRefused(command: String) throws {
    let view = command == "render" ? ["--view", "network", "--output", "network.dot"] : []
    try expectUsageError([command, CLI.sampleExport, "--top=-1"] + view, mentioning: "--top must be at least 1, got -1")
  }

  @Test func negativePermutationsAreRefused() throws {
    try expectUsageError(
      ["analyze", CLI.sampleExport, "--permutations=-1"], mentioning: "--permutations must be 0 or more, got -1")
  }
}
