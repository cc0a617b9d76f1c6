import Foundation
import Testing
import ZIPFoundation

@testable import Importers

@Suite struct InputSourceTests {
  @Test func missingFileIsFileNotFound() throws {
    let fixture = try Fixture()
    let path = fixture.path("nope.csv")
    #expect(importError { () throws(ImportError) in try InputSource.open(path) } == .fileNotFound(path: path))
  }

  @Test func folderOfAZippedExportDropsItsTopFolder() throws {
    let fixture = try Fixture()
    try fixture.write("export/users.json", "[]")
    try fixture.write("export/general/2016-01-04.json", "[]")
    try fixture.write("export/.hidden", "x")
    let archive = try fixture.zip("export")
    let input = try InputSource.open(archive)
    #expect(input.kind == .archive)
    #expect(input.entries == ["general/2016-01-04.json", "users.json"])
    #expect(input.displayPath(of: "users.json") == archive + "!export/users.json")
    #expect(try input.data(of: "users.json") == Data("[]".utf8))
    let folder = try InputSource.open(fixture.path("export"))
    #expect(folder.entries == ["general/2016-01-04.json", "users.json"])
    #expect(folder.displayPath(of: "users.json") == fixture.path("export") + "/users.json")
  }

  @Test func notAZipDespiteTheExtension() throws {
    let fixture = try Fixture()
    let path = try fixture.write("fake.zip", "id,author,time\n")
    guard case .corruptArchive(let archive, _) = importError({ () throws(ImportError) in try InputSource.open(path) })
    else {
      Issue.record("expected corruptArchive")
      return
    }
    #expect(archive == path)
  }

  @Test func declaredSizesBeyondTheLimitsAreRefusedBeforeReading() throws {
    let fixture = try Fixture()
    try fixture.write("export/a.json", String(repeating: "a", count: 20_000))
    let archive = try fixture.zip("export")
    let total = ArchiveLimits(maximumTotalBytes: 10_000)
    #expect(importError { () throws(ImportError) in try InputSource.open(archive, limits: total) }
      == .archiveTooLarge(archive: archive, declaredBytes: 20_000, compressedBytes: try compressedSize(archive),
                          limit: "10000 bytes in total"))
    let ratio = ArchiveLimits(maximumRatio: 10, ratioExemptBytes: 0)
    guard case .archiveTooLarge(_, _, _, let limit) = importError({ () throws(ImportError) in
      try InputSource.open(archive, limits: ratio)
    }) else {
      Issue.record("expected archiveTooLarge")
      return
    }
    #expect(limit == "compression ratio at most 10:1 per entry")
    #expect(try InputSource.open(archive).entries == ["export/a.json"])
  }

  private func compressedSize(_ path: String) throws -> UInt64 {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    return archive.reduce(0) { $0 + ($1.type == .file ? $1.compressedSize : 0) }
  }
}
