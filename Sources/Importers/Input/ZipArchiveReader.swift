import Foundation
import ZIPFoundation

/// Reads the entries of a zip archive into memory, one at a time, never extracting anything to disk.
///
/// Opening checks the whole directory first: an entry name that is absolute or has a `..` component is refused
/// (`ImportError.unsafeArchiveEntry`), and declared sizes are held to `ArchiveLimits`. Directories, `__MACOSX/`
/// resource forks and symbolic links are not entries. A truncated or damaged archive, a checksum mismatch, or an
/// entry that inflates past its declared size is `ImportError.corruptArchive` naming the archive and entry.
///
/// - Complexity: opening O(entries); reading an entry O(its size) time and memory.
struct ZipArchiveReader {
  let path: String
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
  func data(of name: String) throws(ImportError) -> Data {
    guard let entry = entriesByName[name] else {
      throw .corruptArchive(archive: path, detail: "entry '\(name)' is not in the archive")
    }
    let declared = entry.uncompressedSize
    var data = Data(capacity: Int(min(declared, 1 << 26)))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        guard UInt64(data.count + chunk.count) <= declared else { throw OversizedEntry() }
        data.append(chunk)
      }
    } catch is OversizedEntry {
      throw .corruptArchive(archive: path, detail: "entry '\(name)' holds more than its declared \(declared) bytes")
    } catch {
      throw .corruptArchive(archive: path, detail: "entry '\(name)' cannot be read (\(error))")
    }
    return data
  }
}

private struct OversizedEntry: Error {}
