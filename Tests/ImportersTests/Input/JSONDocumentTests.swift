import Foundation
import Testing

@testable import Importers

@Suite struct JSONDocumentTests {
  @Test func invalidJSONNamesTheFileAndPosition() {
    let data = Data("[{\"a\": 1},\n {\"b\": }]".utf8)
    guard case .invalidJSON(let path, let line, let column, _) = importError({ () throws(ImportError) in
      try JSONDocument.array(data, path: "export/general/2016-01-04.json")
    }) else {
      Issue.record("expected invalidJSON")
      return
    }
    #expect(path == "export/general/2016-01-04.json")
    // Foundation reports "around character 18" (0-based), the `}` on line 2, column 8.
    #expect(line == 2)
    #expect(column == 8)
  }

  @Test func topLevelObjectIsNotAnArray() {
    #expect(importError { () throws(ImportError) in try JSONDocument.array(Data("{}".utf8), path: "users.json") }
      == .invalidJSON(path: "users.json", line: nil, column: nil, detail: "expected an array at the top level"))
  }
}
