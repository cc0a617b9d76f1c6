import Foundation

/// One regular file of a tar archive, as its header names it.
struct TarEntry: Sendable, Hashable {
  /// The entry's `/`-separated path (ustar `prefix/name`, or a GNU or pax long name).
  var name: String
  var size: Int
}

/// Streams the regular files of a `.tar.gz` archive in archive order, read in place (never extracted).
///
/// Definition: `nextEntry()` moves to the next regular file (skipping what is left of the current one, and
/// directories, links and other special entries) and returns its header; `read(upTo:)` then yields its content.
/// Headers are ustar/POSIX (`prefix` + `name`), with GNU long names (type `L`) and pax `path` records (type `x`);
/// each header's checksum is verified. Two zero blocks, or the end of the data at a block boundary, end the
/// archive.
///
/// Safety: an entry (of any type) whose name is absolute or has a `..` component stops the read with
/// `ImportError.unsafeArchiveEntry`, as for zip archives (`ZipArchiveReader.isSafe`). Damage (a bad checksum, an
/// entry cut short, bad gzip data) is `ImportError.corruptTarball` with the byte offset.
///
/// Choice: a reference type, because the streams of its entries (`ByteStream(tar:)`) read from the one shared
/// position; one entry is read at a time.
///
/// - Complexity: O(archive size) time; O(one decompressed chunk) memory.
final class TarReader {
  static let blockSize = 512
  /// The archive as shown in messages.
  let path: String
  private let gzip: GzipDecoder
  private var buffer: [UInt8] = []
  private var offset = 0
  /// Decompressed bytes consumed before `buffer[0]`.
  private var consumedBefore = 0
  private var remaining = 0
  private var padding = 0
  private var ended = false

  /// Opens the `.tar.gz` file at `url` (shown as `path`).
  /// - Throws: `ImportError.unreadable` when it cannot be opened.
  init(url: URL, path: String) throws(ImportError) {
    self.path = path
    gzip = try GzipDecoder(url: url, path: path)
  }

  /// The decompressed byte offset reached, for messages.
  var position: Int { consumedBefore + offset }

  /// The next regular file's header, `nil` at the end of the archive.
  /// - Throws: `.unsafeArchiveEntry`, `.corruptTarball`, read errors.
  func nextEntry() throws(ImportError) -> TarEntry? {
    try skip(remaining + padding)
    remaining = 0
    padding = 0
    var longName: String?
    while !ended {
      guard let block = try block() else { return nil }
      let header = ArraySlice(Array(block))
      guard header.contains(where: { $0 != 0 }) else {
        ended = true
        return nil
      }
      let start = position - Self.blockSize
      try verifyChecksum(header, at: start)
      let size = try Self.size(header, path: path, at: start)
      let type = header[156]
      let name = longName ?? Self.headerName(header)
      longName = nil
      guard ZipArchiveReader.isSafe(name) else { throw .unsafeArchiveEntry(archive: path, entry: name) }
      remaining = size
      padding = (Self.blockSize - size % Self.blockSize) % Self.blockSize
      switch type {
      case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
        return TarEntry(name: name, size: size)
      case UInt8(ascii: "L"):
        longName = Self.cString(try content(limit: 1 << 16))
      case UInt8(ascii: "x"):
        longName = Self.paxPath(try content(limit: 1 << 20))
      default:
        break
      }
      try skip(remaining + padding)
      remaining = 0
      padding = 0
    }
    return nil
  }

  /// Up to `count` bytes of the current entry's content, `nil` once it is all read.
  /// - Throws: `.corruptTarball` when the archive ends inside the entry; read errors.
  func read(upTo count: Int) throws(ImportError) -> [UInt8]? {
    guard remaining > 0 else { return nil }
    if offset == buffer.count, try !refill() {
      throw .corruptTarball(archive: path, detail: "the archive ends inside an entry at byte \(position)")
    }
    let take = min(count, remaining, buffer.count - offset)
    defer {
      offset += take
      remaining -= take
    }
    return Array(buffer[offset..<offset + take])
  }

  /// The whole content of the current (small) entry.
  private func content(limit: Int) throws(ImportError) -> [UInt8] {
    guard remaining <= limit else {
      throw .corruptTarball(archive: path, detail: "a long-name header of \(remaining) bytes at byte \(position)")
    }
    var bytes: [UInt8] = []
    while let chunk = try read(upTo: remaining) { bytes += chunk }
    return bytes
  }

  /// The next 512-byte block; `nil` at the end of the data on a block boundary.
  private func block() throws(ImportError) -> ArraySlice<UInt8>? {
    while buffer.count - offset < Self.blockSize {
      guard try refill() else {
        if buffer.count == offset { return nil }
        throw .corruptTarball(archive: path, detail: "the archive ends inside a header at byte \(position)")
      }
    }
    defer { offset += Self.blockSize }
    return buffer[offset..<offset + Self.blockSize]
  }

  private func skip(_ count: Int) throws(ImportError) {
    var left = count
    while left > 0 {
      if offset == buffer.count, try !refill() {
        throw .corruptTarball(archive: path, detail: "the archive ends inside an entry at byte \(position)")
      }
      let step = min(left, buffer.count - offset)
      offset += step
      left -= step
    }
  }

  /// Appends the next decompressed chunk, dropping what has been consumed; false at the end of the data.
  private func refill() throws(ImportError) -> Bool {
    guard let chunk = try gzip.next() else { return false }
    consumedBefore += offset
    buffer = offset < buffer.count ? Array(buffer[offset...]) + chunk : chunk
    offset = 0
    return true
  }

  private func verifyChecksum(_ header: ArraySlice<UInt8>, at start: Int) throws(ImportError) {
    let base = header.startIndex
    var sum = 0
    for index in header.indices { sum += (148..<156).contains(index - base) ? 32 : Int(header[index]) }
    guard let stored = Self.octal(header[(base + 148)..<(base + 156)]), stored == sum else {
      throw .corruptTarball(archive: path, detail: "bad header checksum at byte \(start) (not a tar archive?)")
    }
  }

  private static func size(_ header: ArraySlice<UInt8>, path: String, at start: Int) throws(ImportError) -> Int {
    let field = header[(header.startIndex + 124)..<(header.startIndex + 136)]
    if let first = field.first, first & 0x80 != 0 {
      // GNU base-256: big-endian after the marker bit.
      return field.dropFirst().reduce(Int(first & 0x7F)) { ($0 << 8) | Int($1) }
    }
    guard let size = octal(field), size >= 0 else {
      throw .corruptTarball(archive: path, detail: "bad size field in the header at byte \(start)")
    }
    return size
  }

  /// An octal number padded with spaces or NULs; `nil` when it holds anything else.
  static func octal(_ field: ArraySlice<UInt8>) -> Int? {
    var value = 0
    var digits = 0
    for byte in field {
      if byte == 0 || byte == 32 {
        if digits > 0 { break } else { continue }
      }
      guard (48...55).contains(byte), digits < 22 else { return nil }
      value = value * 8 + Int(byte - 48)
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  private static func headerName(_ header: ArraySlice<UInt8>) -> String {
    let base = header.startIndex
    let name = cString(header[base..<(base + 100)])
    let isUstar = header[(base + 257)..<(base + 262)].elementsEqual("ustar".utf8)
    let prefix = isUstar ? cString(header[(base + 345)..<(base + 500)]) : ""
    return prefix.isEmpty ? name : prefix + "/" + name
  }

  private static func cString(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// The `path` of pax extended-header records (`<length> path=<value>\n`), if any.
  private static func paxPath(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    for record in text.split(separator: "\n") {
      guard let space = record.firstIndex(of: " ") else { continue }
      let pair = record[record.index(after: space)...]
      if pair.hasPrefix("path=") { return String(pair.dropFirst(5)) }
    }
    return nil
  }
}
