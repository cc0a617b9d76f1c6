import Foundation
import Testing

@testable import Importers

@Suite struct FormatDetectorTests {
  private func detect(_ path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ExportFormat {
    try FormatReader.open(path, options: options).format
  }

  @Test func slackFolderByDirectoryFileOrDayFile() throws {
    let fixture = try Fixture()
    try fixture.write("a/channels.json", "[]")
    try fixture.write("b/general/2016-01-04.json", "[]")
    #expect(try detect(fixture.path("a")) == .slack)
    #expect(try detect(fixture.path("b")) == .slack)
    #expect(try detect(fixture.zip("b")) == .slack)
  }

  @Test(arguments: [
    ("message_id,sender,created_at\n", ExportFormat.messagesCSV), ("ID;User;Timestamp\n", .messagesCSV),
    ("from,to,Time\n", .interactionsCSV), ("Sender\tRecipient\n", .interactionsCSV),
    ("source,target,weight\n", .interactionsCSV),
  ])
  func csvFromItsHeaderNotItsExtension(header: String, expected: ExportFormat) throws {
    let fixture = try Fixture()
    #expect(try detect(fixture.write("data.txt", header)) == expected)
  }

  @Test func unknownContentListsTheSupportedFormats() throws {
    let supported = ExportFormat.allCases.map(\.rawValue)
    #expect(supported.starts(with: ["slack", "messages-csv", "interactions-csv"]))
    let fixture = try Fixture()
    let path = try fixture.write("notes.csv", "name,title\nann,ceo\n")
    #expect(importError { () throws(ImportError) in try detect(path) }
      == .unrecognizedFormat(path: path, supported: supported))
    try fixture.write("empty/readme.txt", "hi")
    #expect(importError { () throws(ImportError) in try detect(fixture.path("empty")) }
      == .unrecognizedFormat(path: fixture.path("empty"), supported: supported))
  }

  @Test func fromOverridesDetectionAndChecksTheLayout() throws {
    let fixture = try Fixture()
    let path = try fixture.write("m.csv", "id,author,time\n")
    #expect(importError { () throws(ImportError) in try detect(path, options: ImportOptions(format: .slack)) }
      == .formatMismatch(path: path, format: "slack", expected: "a folder or .zip Slack export"))
    try fixture.write("export/users.json", "[]")
    #expect(importError { () throws(ImportError) in
      try detect(fixture.path("export"), options: ImportOptions(format: .messagesCSV))
    } == .formatMismatch(path: fixture.path("export"), format: "messages-csv", expected: "a CSV file"))
  }

  @Test func noHeaderMeansInteractions() throws {
    let fixture = try Fixture()
    #expect(try detect(fixture.write("e.txt", "1 2\n"), options: ImportOptions(header: .absent)) == .interactionsCSV)
  }

  @Test func dayFileNames() {
    #expect(FormatDetector.isSlackDayFile("general/2016-01-04.json"))
    #expect(!FormatDetector.isSlackDayFile("2016-01-04.json"))
    #expect(!FormatDetector.isSlackDayFile("a/b/2016-01-04.json"))
    #expect(!FormatDetector.isSlackDayFile("general/2016-1-04.json"))
  }

  @Test func everyFormatHasADescriptionAndCapabilities() {
    let names = ExportFormat.allCases.map(\.rawValue)
    #expect(names.starts(with: ["slack", "messages-csv", "interactions-csv"]))
    #expect(names.contains("stackexchange") && names.contains("whatsapp"))
    #expect(names.contains("yammer") && names.contains("mattermost") && names.contains("mbox"))
    #expect(ExportFormat.yammer.capabilities.contains(.departments))
    #expect(ExportFormat.messagesCSV.replyNote?.contains("--infer-replies") == true)
    #expect(ExportFormat.yammer.replyNote == nil)
    #expect(ExportFormat.allCases.allSatisfy { !$0.summary.isEmpty && !$0.capabilities.isEmpty })
    #expect(ExportFormat.slack.capabilities == [.replies, .mentions, .reactions, .userDirectory, .titles])
  }
}
