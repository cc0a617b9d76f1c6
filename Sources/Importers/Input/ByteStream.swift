import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pull-based source of the bytes of one input entry, delivered in chunks of bounded size.
///
/// Definition: `nextChunk()` returns the next non-empty chunk in order, `nil` once the entry is exhausted; the
/// concatenation of all chunks is the entry's content. Memory held is one chunk (plus, for a large zip entry, the
/// two chunks in flight of `ZipEntryStream`), whatever the entry's size. Readers keep their own buffer and refill
/// it from here (see `JSONElementReader`); `readAll(limit:)` exists for readers that still need the whole entry.
///
/// Choices: files are read with POSIX `read(2)` into reused arrays (no `Data` bridging on the hot path); a zip
/// entry is inflated by ZIPFoundation on a producer thread (see `ZipEntryStream` for why); an in-memory stream
/// can cut its bytes into tiny chunks, which is how tests put chunk boundaries inside strings and numbers.
///
/// A copy shares the position of the original for files and zip entries (one reader owns a stream).
///
/// - Complexity: O(entry size) time over all calls; O(chunk size) memory.
struct ByteStream {
  /// 1 MiB: large enough that per-chunk overhead vanishes, small enough to stay far below any input.
  static let defaultChunkSize = 1 << 20

  private enum Source {
    case file(FileDescriptor)
    case memory
    case zip(ZipEntryStream)
    case tar(TarReader)
  }

  /// Where the bytes come from, for messages (`archive.zip!general/2016-01-04.json`).
  let path: String
  let chunkSize: Int
  private let source: Source
  private var memory: [UInt8] = []
  private var offset = 0

  /// A stream over the file at `url`.
  /// - Throws: `ImportError.unreadable` when the file cannot be opened.
  init(file url: URL, path: String, chunkSize: Int = defaultChunkSize) throws(ImportError) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    self.source = .file(try FileDescriptor(opening: url.path, displayPath: path))
  }

  /// A stream over `bytes`, delivered `chunkSize` bytes at a time.
  init(bytes: [UInt8], path: String, chunkSize: Int = defaultChunkSize) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    self.source = .memory
    self.memory = bytes
  }

  init(zip stream: ZipEntryStream, path: String) {
    self.path = path
    self.chunkSize = stream.chunkSize
    self.source = .zip(stream)
  }

  /// A stream over the current entry of `tar` (see `TarReader.nextEntry()`), valid until the reader moves on.
  init(tar: TarReader, path: String, chunkSize: Int = defaultChunkSize) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    self.source = .tar(tar)
  }

  /// The next chunk, or `nil` at the end.
  /// - Throws: `ImportError.unreadable` on a read error, `.corruptArchive` for a damaged zip entry.
  mutating func nextChunk() throws(ImportError) -> [UInt8]? {
    switch source {
    case .file(let descriptor):
      return try descriptor.read(upTo: chunkSize)
    case .memory:
      let start = offset
      offset = min(memory.count, offset + chunkSize)
      return offset > start ? Array(memory[start..<offset]) : nil
    case .zip(let stream):
      return try stream.next()
    case .tar(let reader):
      return try reader.read(upTo: chunkSize)
    }
  }

  /// Every remaining byte, refusing more than `limit`.
  /// - Throws: the stream's read errors; `ImportError.unreadable` when the entry exceeds `limit`.
  /// - Complexity: O(entry size) time and memory.
  mutating func readAll(limit: Int = .max) throws(ImportError) -> [UInt8] {
    var result: [UInt8] = []
    while let chunk = try nextChunk() {
      guard result.count + chunk.count <= limit else {
        throw .unreadable(path: path, reason: "larger than \(limit) bytes")
      }
      result.append(contentsOf: chunk)
    }
    return result
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#else
  private let systemRead = Darwin.read
#endif

/// An open file descriptor closed when the last reference goes.
final class FileDescriptor: Sendable {
  private let descriptor: Int32
  private let displayPath: String

  init(opening path: String, displayPath: String) throws(ImportError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw .unreadable(path: displayPath, reason: String(cString: strerror(errno)))
    }
    self.descriptor = descriptor
    self.displayPath = displayPath
  }

  deinit { close(descriptor) }

  /// Up to `count` bytes, fewer only at the end of the file; `nil` at the end.
  func read(upTo count: Int) throws(ImportError) -> [UInt8]? {
    var filled = 0
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      while filled < count {
        let got = systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled)
        if got < 0, errno == EINTR { continue }
        if got < 0 { failure = errno }
        if got <= 0 { break }
        filled += got
      }
      initialized = filled
    }
    if failure != 0 {
      throw .unreadable(path: displayPath, reason: "read failed (\(String(cString: strerror(failure))))")
    }
    return bytes.isEmpty ? nil : bytes
  }
}
