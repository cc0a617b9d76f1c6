import Foundation
import ZIPFoundation

/// Builds a zip archive in memory from ordered entries, with a fixed modification date on every entry.
///
/// Choices: files are deflated, folders are stored as directory entries (`general/`) as Slack's own
/// exports do; the date is fixed by the caller (ZIPFoundation converts it with `gmtime`, so the bytes do
/// not depend on the machine's time zone); nothing touches the disk.
/// - Complexity: O(total bytes) time and memory.
enum SlackArchive {
  static func zip(
    _ entries: [(path: String, bytes: [UInt8], isDirectory: Bool)], modificationDate: Date
  ) throws(SampleError) -> Data {
    let archive: Archive
    do {
      archive = try Archive(accessMode: .create)
    } catch {
      throw .archive(entry: "", message: "\(error)")
    }
    for entry in entries {
      do {
        try add(entry, to: archive, date: modificationDate)
      } catch {
        throw .archive(entry: entry.path, message: "\(error)")
      }
    }
    guard let data = archive.data else { throw .archive(entry: "", message: "the in-memory archive has no data") }
    return data
  }

  private static func add(
    _ entry: (path: String, bytes: [UInt8], isDirectory: Bool), to archive: Archive, date: Date
  ) throws {
    if entry.isDirectory {
      try archive.addEntry(
        with: entry.path, type: .directory, uncompressedSize: Int64(0), modificationDate: date,
        provider: { _, _ in Data() })
      return
    }
    let data = Data(entry.bytes)
    try archive.addEntry(
      with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
      compressionMethod: .deflate,
      provider: { position, size in
        let start = Int(position)
        return data.subdata(in: start..<min(start + size, data.count))
      })
  }
}
