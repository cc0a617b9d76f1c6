import Foundation

/// Where the files of a Zulip export are: `realm.json` first, then each `messages-NNNNNN.json`, from a folder or
/// zip (`InputSource` entries) or from the `.tar.gz` that `manage.py export` writes, read in place.
///
/// Definitions: `realm.json` is the shallowest entry of that name at the root or one folder down (the tarball
/// holds a `zulip-export-…/` folder); message files are `messages-<digits>.json` entries at the same depth rule,
/// in name order for a folder or zip and in archive order for a tarball.
///
/// Tar order: a tarball is read front to back, but the directory must be parsed before any message. Pass one
/// reads entries until `realm.json`; when no message file came before it, the message files are read on in the
/// same pass. Otherwise a second pass decompresses the tarball again from the start and reads every message file
/// (skipping `realm.json`): the cost is decompressing the part before `realm.json` twice, never holding a message
/// file in memory.
///
/// - Complexity: O(archive size) per pass, at most two passes; O(chunk) memory.
enum ZulipFiles {
  case entries(InputSource, realm: String, messages: [String], next: Int)
  case tarball(ZulipTarball)

  /// The export's files in `input`, or `nil` when it has no `realm.json`.
  static func locate(_ input: InputSource) throws(ImportError) -> ZulipFiles? {
    if input.kind == .file {
      return .tarball(try ZulipTarball(url: URL(fileURLWithPath: input.path), path: input.path))
    }
    guard let realm = realmEntry(in: input.entries) else { return nil }
    let messages = input.entries.filter(isMessagesFile)
    return .entries(input, realm: realm, messages: messages, next: 0)
  }

  /// The `realm.json` stream (pass one of a tarball stops there).
  /// - Throws: `.formatMismatch` for a tarball without `realm.json`; read and archive errors.
  mutating func realm() throws(ImportError) -> ByteStream {
    switch self {
    case .entries(let input, let realm, _, _):
      return try input.stream(of: realm)
    case .tarball(var tarball):
      defer { self = .tarball(tarball) }
      return try tarball.realm()
    }
  }

  /// The next message file's stream, `nil` after the last.
  mutating func nextMessages() throws(ImportError) -> ByteStream? {
    switch self {
    case .entries(let input, let realm, let messages, let next):
      guard next < messages.count else { return nil }
      self = .entries(input, realm: realm, messages: messages, next: next + 1)
      return try input.stream(of: messages[next])
    case .tarball(var tarball):
      defer { self = .tarball(tarball) }
      return try tarball.nextMessages()
    }
  }

  static func realmEntry(in entries: [String]) -> String? {
    entries.filter { isExportFile($0) && basename($0) == "realm.json" }.min { depth($0) < depth($1) }
  }

  /// `messages-<digits>.json` at the root or one folder down.
  static func isMessagesFile(_ name: String) -> Bool {
    let base = basename(name)
    guard isExportFile(name), base.hasPrefix("messages-"), base.hasSuffix(".json") else { return false }
    let digits = base.dropFirst("messages-".count).dropLast(".json".count)
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func isExportFile(_ name: String) -> Bool { depth(name) <= 2 }

  private static func components(_ name: String) -> [Substring] {
    name.split(separator: "/").filter { $0 != "." }
  }
  private static func depth(_ name: String) -> Int { components(name).count }
  static func basename(_ name: String) -> String { components(name).last.map(String.init) ?? "" }
}

/// The two passes over a Zulip `.tar.gz` (see `ZulipFiles`).
struct ZulipTarball {
  let url: URL
  let path: String
  private var tar: TarReader
  private var messagesBeforeRealm = false
  private var secondPass = false

  init(url: URL, path: String) throws(ImportError) {
    self.url = url
    self.path = path
    tar = try TarReader(url: url, path: path)
  }

  mutating func realm() throws(ImportError) -> ByteStream {
    while let entry = try tar.nextEntry() {
      if ZulipFiles.isMessagesFile(entry.name) { messagesBeforeRealm = true }
      if ZulipFiles.realmEntry(in: [entry.name]) != nil {
        return ByteStream(tar: tar, path: path + "!" + entry.name)
      }
    }
    throw .formatMismatch(path: path, format: ExportFormat.zulip.rawValue,
                          expected: "a Zulip export tarball holding realm.json")
  }

  mutating func nextMessages() throws(ImportError) -> ByteStream? {
    if messagesBeforeRealm, !secondPass {
      secondPass = true
      tar = try TarReader(url: url, path: path)
    }
    while let entry = try tar.nextEntry() {
      if ZulipFiles.isMessagesFile(entry.name) { return ByteStream(tar: tar, path: path + "!" + entry.name) }
    }
    return nil
  }

  /// True when the first `entryLimit` entries of the tarball at `url` include `realm.json` or a message file.
  static func looksLikeExport(url: URL, path: String, entryLimit: Int = 256) -> Bool {
    guard let tar = try? TarReader(url: url, path: path) else { return false }
    for _ in 0..<entryLimit {
      guard let entry = try? tar.nextEntry() else { return false }
      if ZulipFiles.realmEntry(in: [entry.name]) != nil || ZulipFiles.isMessagesFile(entry.name) { return true }
    }
    return false
  }
}
