import CGzip
import Foundation

/// The decompressed bytes of a gzip file, pulled in chunks: zlib's `inflate`, fed from the file in 256 KiB reads.
///
/// Definition: `next()` returns the next non-empty chunk of at most `chunkSize` decompressed bytes, `nil` at the
/// end. A file of several gzip members (`cat a.gz b.gz`) decompresses to their concatenation, as `gzip -d` does;
/// bytes after the last member that do not start another one are ignored.
///
/// Choices: zlib through the `CGzip` system library (zlib1g-dev, already needed by ZIPFoundation on Linux)
/// rather than a Swift inflater: it is the reference implementation and checks each member's CRC-32 and length.
/// The `z_stream` lives at a fixed address (zlib keeps a pointer back to it), so it is allocated once here.
///
/// Errors: a file that ends inside a member is `ImportError.corruptTarball` "truncated", and so is data zlib
/// rejects (a bad header, a bad block, a CRC mismatch); both name the compressed byte offset.
///
/// - Complexity: O(file size) time; O(`chunkSize` + 256 KiB + zlib's 32 KiB window) memory.
final class GzipDecoder {
  private static let inputSize = 256 << 10
  let path: String
  let chunkSize: Int
  private let file: FileDescriptor
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutablePointer<UInt8>
  private var inputEnded = false
  private var memberEnded = false
  private var finished = false

  /// Opens the gzip file at `url` (shown as `path`).
  /// - Throws: `ImportError.unreadable` when the file cannot be opened or zlib cannot start.
  init(url: URL, path: String, chunkSize: Int = ByteStream.defaultChunkSize) throws(ImportError) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    file = try FileDescriptor(opening: url.path, displayPath: path)
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    input = .allocate(capacity: Self.inputSize)
    // 15 + 16: a 32 KiB window, gzip framing only.
    guard inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      input.deallocate()
      stream.deallocate()
      throw .unreadable(path: path, reason: "zlib could not start")
    }
  }

  deinit {
    inflateEnd(stream)
    input.deallocate()
    stream.deallocate()
  }

  /// Compressed bytes consumed so far.
  var compressedOffset: Int { Int(stream.pointee.total_in) }

  /// The next chunk of decompressed bytes, `nil` at the end of the last member.
  /// - Throws: `ImportError.corruptTarball` for truncated or damaged data; read errors.
  func next() throws(ImportError) -> [UInt8]? {
    guard !finished else { return nil }
    var failure: ImportError?
    let output = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, filled in
      filled = 0
      while filled < chunkSize, !finished {
        do throws(ImportError) {
          filled += try inflate(into: buffer.baseAddress.map { $0 + filled }, count: chunkSize - filled)
        } catch {
          failure = error
          return
        }
      }
    }
    if let failure { throw failure }
    return output.isEmpty ? nil : output
  }

  /// Inflates into `target` once, refilling the input first when it is empty; returns the bytes written.
  private func inflate(into target: UnsafeMutablePointer<UInt8>?, count: Int) throws(ImportError) -> Int {
    if stream.pointee.avail_in == 0, !inputEnded { try refill() }
    if memberEnded {
      // A member ended: another one follows when gzip's magic byte does, else the file is done (bytes after the
      // last member, such as zero padding, are ignored as `gzip -d` does).
      guard stream.pointee.avail_in > 0, stream.pointee.next_in?.pointee == 0x1F else {
        finished = true
        return 0
      }
      inflateReset(stream)
      memberEnded = false
    }
    stream.pointee.next_out = target
    stream.pointee.avail_out = UInt32(count)
    let status = CGzip.inflate(stream, Z_NO_FLUSH)
    let written = count - Int(stream.pointee.avail_out)
    switch status {
    case Z_STREAM_END:
      memberEnded = true
      if stream.pointee.avail_in == 0, !inputEnded { try refill() }
      if stream.pointee.avail_in == 0 { finished = true }
    case Z_OK:
      break
    case Z_BUF_ERROR where stream.pointee.avail_in == 0 && inputEnded:
      throw damaged("the file ends inside the compressed data (truncated)")
    case Z_BUF_ERROR:
      break
    default:
      let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
      throw damaged("invalid compressed data (\(message))")
    }
    if written == 0, status == Z_OK, stream.pointee.avail_in == 0, inputEnded {
      throw damaged("the file ends inside the compressed data (truncated)")
    }
    return written
  }

  private func refill() throws(ImportError) {
    guard let bytes = try file.read(upTo: Self.inputSize) else {
      inputEnded = true
      if !memberEnded, compressedOffset == 0 { finished = true }
      return
    }
    bytes.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { input.update(from: base, count: source.count) }
    }
    stream.pointee.next_in = input
    stream.pointee.avail_in = UInt32(bytes.count)
  }

  private func damaged(_ detail: String) -> ImportError {
    .corruptTarball(archive: path, detail: "\(detail) at compressed byte \(compressedOffset)")
  }
}
