import Foundation
import Testing

@testable import Importers

/// The `.tar.gz` layer under the Zulip reader: gzip members and trailing bytes, ustar entries and their checks.
@Suite struct TarReaderTests {
  private func write(_ data: Data, _ fixture: Fixture, _ name: String) throws -> URL {
    let url = URL(fileURLWithPath: fixture.path(name))
    try data.write(to: url)
    return url
  }

  @Test func twoGzipMembersAndTrailingZerosDecompressToTheConcatenation() throws {
    let fixture = try Fixture()
    let data = try Tarball.gzip(Array("hello ".utf8)) + Tarball.gzip(Array("world".utf8)) + Data(count: 64)
    let decoder = try GzipDecoder(url: try write(data, fixture, "two.gz"), path: "two.gz", chunkSize: 4)
    var bytes: [UInt8] = []
    while let chunk = try decoder.next() { bytes += chunk }
    #expect(String(decoding: bytes, as: UTF8.self) == "hello world")
  }

  @Test func entriesComeInArchiveOrderWithTheirContent() throws {
    let fixture = try Fixture()
    let big = String(repeating: "x", count: 1500)
    let data = try Tarball.gzip(Tarball.tar([("top/a.json", "[1]"), ("top/b.txt", big), ("top/c", "")]))
    let tar = try TarReader(url: try write(data, fixture, "t.tar.gz"), path: "t.tar.gz")
    var seen: [String] = []
    while let entry = try tar.nextEntry() {
      var content: [UInt8] = []
      while let chunk = try tar.read(upTo: 700) { content += chunk }
      #expect(content.count == entry.size)
      seen.append(entry.name)
    }
    #expect(seen == ["top/a.json", "top/b.txt", "top/c"])
  }

  @Test func aDamagedHeaderChecksumIsAnError() throws {
    let fixture = try Fixture()
    var tar = Tarball.tar([("a.json", "[1]")])
    tar[0] = UInt8(ascii: "b")
    let url = try write(try Tarball.gzip(tar), fixture, "bad.tar.gz")
    let reader = try TarReader(url: url, path: "bad.tar.gz")
    #expect(importError { () throws(ImportError) in try reader.nextEntry() } == .corruptTarball(
      archive: "bad.tar.gz", detail: "bad header checksum at byte 0 (not a tar archive?)"))
  }

  @Test(arguments: [("0000644\0", 420), ("   17 \0", 15), ("", nil), ("12x", nil), ("9", nil)])
  func octalFields(text: String, expected: Int?) {
    #expect(TarReader.octal(ArraySlice(Array(text.utf8))) == expected)
  }
}
