import Testing

@testable import Importers

@Suite struct ColumnMappingTests {
  @Test func parsesKeysAndHeaders() throws {
    let mapping = try ColumnMapping(parsing: "source=Sender, target = Recipient,time=EventDate", scope: .conversations)
    #expect(mapping.headers == [.source: "Sender", .target: "Recipient", .time: "EventDate"])
  }

  @Test func orgScopeAcceptsOrgKeys() throws {
    let mapping = try ColumnMapping(parsing: "id=Emp,manager=Boss,level=Band", scope: .orgChart)
    #expect(mapping.header(for: .manager) == "Boss")
  }

  @Test func unknownKeyIsAClearError() {
    let error = importError { () throws(ImportError) in
      try ColumnMapping(parsing: "id=ID,sender=From", scope: .conversations)
    }
    #expect(error == .invalidColumnMapping(
      item: "sender=From",
      validKeys: [
        "id", "author", "time", "reply_to", "thread", "channel", "text", "source", "target", "weight", "kind",
      ]))
  }

  @Test(arguments: ["manager=Boss", "id", "id=", "id=A,id=B"])
  func invalidItemsForTheScope(specification: String) {
    let scope: ColumnMapping.Scope = specification.hasPrefix("manager") ? .conversations : .orgChart
    #expect(importError { () throws(ImportError) in try ColumnMapping(parsing: specification, scope: scope) } != nil)
  }
}
