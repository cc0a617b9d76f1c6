import Foundation
import Testing

@testable import Importers

/// Long entry names as real `tar` programs write them, read by `TarReader`.
///
/// The archives are written by Python's `tarfile` (the standard library, present wherever the reference scripts
/// run), not by this project's `Tarball` helper, so the three ways a name longer than ustar's 100-byte field is
/// stored are the ones other software produces: a pax extended header (`x`, GNU tar's and Python's default
/// today), a GNU long-name entry (`L`), and ustar's 155-byte `prefix` field.
@Suite struct TarLongNameTests {
  /// A Zulip-like path of 147 bytes with non-ASCII in a folder name: too long for ustar's `name` field.
  static let longPath = "zulip-export-2026-11-22/" + String(repeating: "stream-é-", count: 10)
    + "données/messages-000001.json"

  /// Writes `names` (each with content `[1]`) into a `.tar.gz` in `format` with Python's `tarfile`.
  private func pythonTarball(_ names: [String], format: String, in fixture: Fixture) throws -> String {
    let output = fixture.path("\(format).tar.gz")
    let script = """
      import io, sys, tarfile
      with tarfile.open(sys.argv[1], "w:gz", format=getattr(tarfile, sys.argv[2])) as archive:
          for name in sys.argv[3:]:
              info = tarfile.TarInfo(name)
              info.size = 3
              archive.addfile(info, io.BytesIO(b"[1]"))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, output, format] + names
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 tarfile failed")
    return output
  }

  private func entries(of path: String) throws(ImportError) -> [String] {
    let reader = try TarReader(url: URL(fileURLWithPath: path), path: path)
    var names: [String] = []
    while let entry = try reader.nextEntry() {
      var content: [UInt8] = []
      while let chunk = try reader.read(upTo: 2) { content += chunk }
      #expect(String(decoding: content, as: UTF8.self) == "[1]")
      names.append(entry.name)
    }
    return names
  }

  @Test(arguments: ["PAX_FORMAT", "GNU_FORMAT"])
  func aLongNameIsReadWhole(format: String) throws {
    #expect(Self.longPath.utf8.count > 100)
    let fixture = try Fixture()
    let names = [Self.longPath, "zulip-export-2026-11-22/realm.json"]
    #expect(try entries(of: try pythonTarball(names, format: format, in: fixture)) == names)
  }

  @Test func aUstarNameSplitIntoPrefixAndNameIsJoined() throws {
    let fixture = try Fixture()
    let path = "zulip-export/" + String(repeating: "a", count: 90) + "/messages-000001.json"
    #expect(path.utf8.count > 100)
    #expect(try entries(of: try pythonTarball([path], format: "USTAR_FORMAT", in: fixture)) == [path])
  }

  @Test(arguments: ["PAX_FORMAT", "GNU_FORMAT"])
  func anUnsafeLongNameIsRefused(format: String) throws {
    let fixture = try Fixture()
    let unsafe = "zulip-export/" + String(repeating: "b", count: 100) + "/../../../etc/passwd"
    let path = try pythonTarball([unsafe], format: format, in: fixture)
    #expect(importError { () throws(ImportError) in try entries(of: path) }
      == .unsafeArchiveEntry(archive: path, entry: unsafe))
  }
}
