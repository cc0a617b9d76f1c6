import Testing

@testable import Importers

@Suite struct ArchiveLimitsTests {
  @Test func defaultsAreFourGibibytesAndOneThousandToOne() {
    #expect(ArchiveLimits.standard.maximumTotalBytes == 4_294_967_296)
    #expect(ArchiveLimits.standard.maximumRatio == 1000)
  }

  @Test func ratioAboveTheLimitIsRefusedForLargeEntriesOnly() {
    let limits = ArchiveLimits.standard
    let bomb = importError { () throws(ImportError) in
      try limits.check([(uncompressed: 2_000_000_000, compressed: 1_000_000)], archive: "b.zip")
    }
    #expect(bomb == .archiveTooLarge(archive: "b.zip", declaredBytes: 2_000_000_000, compressedBytes: 1_000_000,
                                     limit: "compression ratio at most 1000:1 per entry"))
    #expect(importError { () throws(ImportError) in
      try limits.check([(uncompressed: 500_000, compressed: 100)], archive: "small.zip")
    } == nil)
  }

  @Test func totalAboveTheLimitIsRefusedEvenWhenEachEntryIsFine() {
    let entries = Array(repeating: (uncompressed: UInt64(1) << 31, compressed: UInt64(1) << 30), count: 3)
    #expect(importError { () throws(ImportError) in try ArchiveLimits.standard.check(entries, archive: "t.zip") }
      == .archiveTooLarge(archive: "t.zip", declaredBytes: 3 << 31, compressedBytes: 3 << 30,
                          limit: "4294967296 bytes in total"))
  }
}
