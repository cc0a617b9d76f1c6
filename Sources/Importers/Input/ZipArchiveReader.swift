import Foundation
import ZIPFoundation

/// Reads the entries of a zip archive, one at a time and in chunks, never extracting anything to disk.
///
/// Opening checks the whole directory first: an entry name that is absolute or has a `..` component is refused
/// (`ImportError.unsafeArchiveEntry`), and declared sizes are held to `ArchiveLimits`. Directories, `__MACOSX/`
/// resource forks and symbolic links are not entries. A truncated or damaged archive, a checksum mismatch, or an
/// entry that inflates past its declared size is `ImportError.corruptArchive` naming the archive and entry.
///
/// - Complexity: opening O(entries); reading an entry O(its size) time, O(chunk size) memory when streamed.
struct ZipArchiveReader {
  let path: String
  private let url: URL
  /// File entry names in archive order.
  let names: [String]
  private let archive: Archive
  private let entriesByName: [String: Entry]

  init(url: URL, path: String, limits: ArchiveLimits) throws(ImportError) {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .corruptArchive(archive: path, detail: "cannot read the zip directory (\(error))")
    }
    var names: [String] = []
    var entriesByName: [String: Entry] = [:]
    var sizes: [(uncompressed: UInt64, compressed: UInt64)] = []
    for entry in archive {
      let name = entry.path
      guard Self.isSafe(name) else { throw .unsafeArchiveEntry(archive: path, entry: name) }
      guard entry.type == .file, !name.hasPrefix("__MACOSX/"), entriesByName[name] == nil else { continue }
      names.append(name)
      entriesByName[name] = entry
      sizes.append((entry.uncompressedSize, entry.compressedSize))
    }
    try limits.check(sizes, archive: path)
    self.path = path
    self.url = url
    self.names = names
    self.archive = archive
    self.entriesByName = entriesByName
  }

  /// True unless the name is absolute (`/x`, `\x`, `C:x`) or has a `..` component.
  static func isSafe(_ name: String) -> Bool {
    if name.hasPrefix("/") || name.hasPrefix("\\") { return false }
    if name.first?.isLetter == true, name.dropFirst().first == ":" { return false }
    return !name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
  }

  /// The bytes of entry `name`, inflated in memory and checked against its CRC-32 and declared size.
  /// - Complexity: O(entry size) time and memory.
  func data(of name: String) throws(ImportError) -> Data {
    var stream = try stream(of: name)
    return Data(try stream.readAll())
  }

  /// Entry `name` as a pull-based stream of chunks (see `ZipEntryStream`), checked against its CRC-32 and
  /// declared size.
  /// - Complexity: O(chunk size) memory.
  func stream(of name: String, chunkSize: Int = ByteStream.defaultChunkSize) throws(ImportError) -> ByteStream {
    guard let entry = entriesByName[name] else {
      throw .corruptArchive(archive: path, detail: "entry '\(name)' is not in the archive")
    }
    let stream = ZipEntryStream(url: url, archive: path, entry: entry, chunkSize: chunkSize)
    return ByteStream(zip: stream, path: path + "!" + name)
  }
}
