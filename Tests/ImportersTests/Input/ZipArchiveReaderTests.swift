import Foundation
import Testing
import ZIPFoundation

@testable import Importers

@Suite struct ZipArchiveReaderTests {
  @Test func archiveEntryWithDotDotIsRefused() throws {
    let fixture = try Fixture()
    let url = fixture.directory.appendingPathComponent("evil.zip")
    let archive = try Archive(url: url, accessMode: .create)
    let payload = Data("owned".utf8)
    try archive.addEntry(with: "../evil", type: .file, uncompressedSize: Int64(payload.count)) { position, size in
      payload.subdata(in: Int(position)..<Int(position) + size)
    }
    #expect(importError { () throws(ImportError) in try InputSource.open(url.path) }
      == .unsafeArchiveEntry(archive: url.path, entry: "../evil"))
  }

  @Test func truncatedArchiveIsACorruptArchiveError() throws {
    let fixture = try Fixture()
    try fixture.write("export/users.json", String(repeating: "[]", count: 500))
    let archive = try fixture.zip("export")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: archive))
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: archive))
    guard case .corruptArchive(let path, _) = importError({ () throws(ImportError) in try InputSource.open(archive) })
    else {
      Issue.record("expected corruptArchive")
      return
    }
    #expect(path == archive)
  }

  @Test(arguments: [("../evil", false), ("/etc/passwd", false), ("a/../../b", false), ("C:evil", false),
                    ("\\evil", false), ("a/b..c.json", true), ("general/2016-01-04.json", true)])
  func entryNameSafety(name: String, isSafe: Bool) {
    #expect(ZipArchiveReader.isSafe(name) == isSafe)
  }

  @Test func entriesAreReadInMemoryWithoutExtracting() throws {
    let fixture = try Fixture()
    try fixture.write("export/users.json", "[1,2,3]")
    let archive = try fixture.zip("export")
    let reader = try ZipArchiveReader(url: URL(fileURLWithPath: archive), path: archive, limits: .standard)
    #expect(reader.names == ["export/users.json"])
    #expect(try reader.data(of: "export/users.json") == Data("[1,2,3]".utf8))
    let listing = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).sorted()
    #expect(listing == ["export", "export.zip"])
  }
}
