import Foundation
import Testing

@testable import Importers

@Suite struct ZipEntryStreamTests {
  /// A zipped export whose one day file is `count` numbers long: large enough to need several chunks.
  private func archive(count: Int) throws -> (path: String, text: String) {
    let fixture = try Fixture()
    let text = "[" + (0..<count).map { "{\"n\":\($0),\"s\":\"é\\\"\($0)\"}" }.joined(separator: ",") + "]"
    try fixture.write("export/general/2024-01-02.json", text)
    return (try fixture.zip("export"), text)
  }

  @Test func largeEntryArrivesInBoundedChunksThatAddUpToIt() throws {
    let (path, text) = try archive(count: 20_000)
    let input = try InputSource.open(path)
    var stream = try input.stream(of: "general/2024-01-02.json", chunkSize: 4096)
    var bytes: [UInt8] = []
    var chunks = 0
    while let chunk = try stream.nextChunk() {
      #expect(chunk.count < 200_000)
      bytes += chunk
      chunks += 1
    }
    #expect(chunks > 10)
    #expect(bytes == Array(text.utf8))
  }

  @Test func jsonElementsStreamFromAZipEntry() throws {
    let (path, _) = try archive(count: 5_000)
    let input = try InputSource.open(path)
    var reader = JSONElementReader(try input.stream(of: "general/2024-01-02.json", chunkSize: 1000))
    var numbers: [Int] = []
    while case .value(let value)? = try reader.next() { numbers.append(value["n"]?.int ?? -1) }
    #expect(numbers == Array(0..<5_000))
    #expect(reader.path == path + "!export/general/2024-01-02.json")
  }

  @Test func abandoningAStreamEarlyStopsItsProducer() throws {
    let (path, _) = try archive(count: 20_000)
    let input = try InputSource.open(path)
    for _ in 0..<20 {
      var stream = try input.stream(of: "general/2024-01-02.json", chunkSize: 1024)
      #expect(try stream.nextChunk()?.isEmpty == false)
    }
    var last = try input.stream(of: "general/2024-01-02.json", chunkSize: 1024)
    #expect(try last.readAll().count > 20_000)
  }
}
