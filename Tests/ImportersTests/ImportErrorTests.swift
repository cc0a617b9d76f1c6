import Testing

@testable import Importers

@Suite struct ImportErrorTests {
  @Test(arguments: [
    (ImportError.fileNotFound(path: "in/missing.csv"), "in/missing.csv: error: no such file or folder"),
    (.unreadable(path: "a.csv", reason: "permission denied"), "a.csv: error: cannot read input: permission denied"),
    (.invalidJSON(
      path: "x.zip!general/2016-01-04.json", line: 3, column: 7, detail: "Invalid value around character 20."),
     "x.zip!general/2016-01-04.json:3:7: error: invalid JSON: Invalid value around character 20."),
    (.invalidJSON(path: "users.json", line: nil, column: nil, detail: "expected an array at the top level"),
     "users.json: error: invalid JSON: expected an array at the top level"),
    (.missingColumn(path: "m.csv", column: "author", headersFound: ["id", "time"]),
     "m.csv:1: error: missing required column 'author' (headers found: 'id', 'time'); "
       + "map it with --columns author=HEADER"),
    (.missingColumn(path: "m.csv", column: "id", headersFound: []),
     "m.csv:1: error: missing required column 'id' (headers found: none); map it with --columns id=HEADER"),
    (.emptyInput(path: "e.csv"), "e.csv:1: error: the file is empty; expected a header line"),
    (.invalidXML(path: "site/Posts.xml", line: 1, column: 1, detail: "no root element"),
     "site/Posts.xml:1:1: error: invalid XML: no root element"),
    (.unrecognizedFormat(path: "notes.txt", supported: ["slack", "messages-csv", "interactions-csv"]),
     "notes.txt: error: cannot tell the export format from its content (supported: slack, messages-csv, "
       + "interactions-csv); name it with --from FORMAT"),
    (.formatMismatch(path: "m.csv", format: "slack", expected: "a folder or .zip Slack export"),
     "m.csv: error: cannot read as 'slack': expected a folder or .zip Slack export"),
    (.unsafeArchiveEntry(archive: "bad.zip", entry: "../evil"),
     "bad.zip: error: refusing archive entry '../evil': names with '..' or absolute paths are unsafe"),
    (.archiveTooLarge(
      archive: "bomb.zip", declaredBytes: 5_000_000_000, compressedBytes: 4_000_000,
      limit: "4294967296 bytes in total"),
     "bomb.zip: error: refusing archive: it declares 5000000000 bytes uncompressed from 4000000 compressed "
       + "(limit: 4294967296 bytes in total)"),
    (.corruptArchive(archive: "cut.zip", detail: "cannot read the zip directory"),
     "cut.zip: error: damaged or truncated zip archive: cannot read the zip directory"),
    (.invalidColumnMapping(item: "sender=From", validKeys: ["source", "target"]),
     "error: unknown or repeated column key 'sender' in 'sender=From' (expected one of: source, target)"),
    (.invalidColumnMapping(item: "source", validKeys: ["source", "target"]),
     "error: column mapping 'source' is not KEY=HEADER (expected one of: source, target)"),
  ])
  func messageText(error: ImportError, expected: String) {
    #expect(error.description == expected)
  }
}
