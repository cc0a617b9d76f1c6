/// The sizes beyond which a zip archive is refused before any entry is read (zip-bomb protection).
///
/// Definition: an archive is refused when the uncompressed sizes its directory declares add up to more than
/// `maximumTotalBytes`, or when one entry larger than `ratioExemptBytes` declares more than `maximumRatio` times
/// its compressed size. Choice: small entries are exempt from the ratio rule, because a few kilobytes of
/// repeated bytes legitimately compress beyond 1000:1 and cannot hurt. Reading also stops an entry that turns
/// out larger than it declared (see `ZipArchiveReader`).
struct ArchiveLimits: Sendable, Hashable {
  var maximumTotalBytes: UInt64 = 4 << 30
  var maximumRatio: UInt64 = 1000
  var ratioExemptBytes: UInt64 = 1 << 20

  static let standard = ArchiveLimits()

  /// Throws `ImportError.archiveTooLarge` when `sizes` break a limit.
  /// - Complexity: O(entries).
  func check(
    _ sizes: [(uncompressed: UInt64, compressed: UInt64)], archive: String
  ) throws(ImportError) {
    var total: UInt64 = 0
    var totalCompressed: UInt64 = 0
    for size in sizes {
      let (sum, overflow) = total.addingReportingOverflow(size.uncompressed)
      total = overflow ? .max : sum
      totalCompressed &+= size.compressed
      if size.uncompressed > ratioExemptBytes, size.uncompressed / max(size.compressed, 1) > maximumRatio {
        throw .archiveTooLarge(archive: archive, declaredBytes: size.uncompressed, compressedBytes: size.compressed,
                               limit: "compression ratio at most \(maximumRatio):1 per entry")
      }
    }
    if total > maximumTotalBytes {
      throw .archiveTooLarge(archive: archive, declaredBytes: total, compressedBytes: totalCompressed,
                             limit: "\(maximumTotalBytes) bytes in total")
    }
  }
}
