import Foundation

/// One input opened for reading: a plain file, a folder, or a zip archive read in place.
///
/// Entries are named by `/`-separated relative paths, sorted. For a folder or an archive whose entries all sit
/// under one top folder and look like a Slack export only without it (a zip of an export's folder), that top
/// folder is left out of the entry names; `displayPath(of:)` still shows the real place. Hidden files
/// (names starting with `.`) are not entries. A plain file has one entry, its own name.
///
/// - Complexity: opening a folder or archive O(entries); `data(of:)` O(entry size); `stream(of:)` O(chunk) memory.
struct InputSource {
  enum Kind: Sendable, Hashable { case file, folder, archive }

  private enum Storage {
    case file(URL)
    case folder(URL)
    case archive(ZipArchiveReader)
  }

  /// The path as the user gave it.
  let path: String
  let kind: Kind
  let entries: [String]
  /// Hidden files (a path component starting with `.`), sorted: not entries, but some API-dump tools keep their
  /// user directory there (`.users.json`).
  let hiddenEntries: [String]
  private let storage: Storage
  /// The top folder left out of entry names (`"export/"`), or empty.
  private let prefix: String

  /// Opens `path` as a folder, a zip archive (by `.zip` extension or zip signature) or a plain file.
  /// - Throws: `ImportError.fileNotFound`, `.unreadable`, or the archive errors of `ZipArchiveReader`.
  static func open(_ path: String, limits: ArchiveLimits = .standard) throws(ImportError) -> InputSource {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue {
      return InputSource(path: path, kind: .folder, names: try folderEntries(url, path: path), storage: .folder(url))
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    if url.pathExtension.lowercased() == "zip" || hasZipSignature(url) {
      let archive = try ZipArchiveReader(url: url, path: path, limits: limits)
      return InputSource(path: path, kind: .archive, names: archive.names, storage: .archive(archive))
    }
    return InputSource(path: path, kind: .file, names: [url.lastPathComponent], storage: .file(url))
  }

  private init(path: String, kind: Kind, names: [String], storage: Storage) {
    let isHidden = { (name: String) in name.split(separator: "/").contains { $0.hasPrefix(".") } }
    let visible = names.filter { !isHidden($0) }.sorted()
    let prefix = kind == .file ? "" : Self.commonTopFolder(visible)
    self.path = path
    self.kind = kind
    self.storage = storage
    self.prefix = prefix
    self.entries = visible.map { String($0.dropFirst(prefix.count)) }
    self.hiddenEntries = names.filter { isHidden($0) && $0.hasPrefix(prefix) && !$0.hasPrefix("__MACOSX/") }
      .map { String($0.dropFirst(prefix.count)) }.sorted()
  }

  /// The bytes of `entry` (one of `entries`).
  /// - Throws: `ImportError.unreadable` for a file that cannot be read, archive errors for a zip entry.
  func data(of entry: String) throws(ImportError) -> Data {
    switch storage {
    case .file(let url): return try Self.read(url, path: path)
    case .folder(let url):
      return try Self.read(url.appendingPathComponent(prefix + entry), path: displayPath(of: entry))
    case .archive(let archive): return try archive.data(of: prefix + entry)
    }
  }

  /// The bytes of `entry` (one of `entries` or `hiddenEntries`) as a pull-based stream of chunks.
  /// - Throws: `ImportError.unreadable` for a file that cannot be opened, archive errors for a zip entry.
  /// - Complexity: O(`chunkSize`) memory.
  func stream(of entry: String, chunkSize: Int = ByteStream.defaultChunkSize) throws(ImportError) -> ByteStream {
    switch storage {
    case .file(let url): return try ByteStream(file: url, path: path, chunkSize: chunkSize)
    case .folder(let url):
      return try ByteStream(
        file: url.appendingPathComponent(prefix + entry), path: displayPath(of: entry), chunkSize: chunkSize)
    case .archive(let archive): return try archive.stream(of: prefix + entry, chunkSize: chunkSize)
    }
  }

  /// Where `entry` is, for messages: the path itself for a file, `folder/entry`, or `archive.zip!entry`.
  func displayPath(of entry: String) -> String {
    switch kind {
    case .file: path
    case .folder: (path.hasSuffix("/") ? path : path + "/") + prefix + entry
    case .archive: path + "!" + prefix + entry
    }
  }

  private static func read(_ url: URL, path: String) throws(ImportError) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: path, reason: "read failed (\(error.localizedDescription))")
    }
  }

  private static func hasZipSignature(_ url: URL) -> Bool {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
    defer { try? handle.close() }
    let signature = (try? handle.read(upToCount: 4)) ?? Data()
    return signature == Data([0x50, 0x4B, 0x03, 0x04]) || signature == Data([0x50, 0x4B, 0x05, 0x06])
  }

  private static func folderEntries(_ url: URL, path: String) throws(ImportError) -> [String] {
    guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
    else { throw .unreadable(path: path, reason: "cannot list the folder") }
    let base = url.standardizedFileURL.pathComponents
    var names: [String] = []
    for case let file as URL in enumerator
    where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      let components = file.standardizedFileURL.pathComponents
      guard components.starts(with: base) else { continue }
      names.append(components.dropFirst(base.count).joined(separator: "/"))
    }
    return names
  }

  /// `"top/"` when every name sits under one folder `top`, and the names only look like a Slack export
  /// without it (a zip made from the export's folder).
  private static func commonTopFolder(_ names: [String]) -> String {
    guard let first = names.first, let slash = first.firstIndex(of: "/") else { return "" }
    let top = String(first[...slash])
    guard names.allSatisfy({ $0.hasPrefix(top) }), !FormatDetector.isSlackExport(names) else { return "" }
    return FormatDetector.isSlackExport(names.map { String($0.dropFirst(top.count)) }) ? top : ""
  }
}
