import Foundation
import ZIPFoundation

/// The chunks of one zip entry, pulled one at a time, inflated and checked by ZIPFoundation.
///
/// Why a producer thread: ZIPFoundation's `Archive.extract(_:consumer:)` pushes every chunk into a closure and
/// returns only at the end of the entry, while readers pull (`RecordReader.next`). Inflating in memory first
/// would cost the entry's size; inflating through zlib ourselves would repeat the zip parsing (ZIP64, data
/// descriptors, CRC-32) the library already gets right and add a system-library dependency; turning every reader
/// into a resumable push parser would make each of them a state machine. So a large entry is extracted on its own
/// thread, through its own `Archive` handle (no `FILE *` is shared between threads), into a queue of at most
/// `capacity` chunks: the producer waits while the queue is full, the consumer while it is empty. Memory stays at
/// `capacity + 1` chunks, and inflating overlaps with parsing on a second core. An entry that declares at most
/// one chunk is inflated synchronously, without a thread.
///
/// Ending early: `deinit` cancels the producer (its next handover throws, which stops `extract`) and waits for
/// the thread to end, so no thread outlives its stream. An entry that inflates past its declared size, or fails
/// its checksum, is `ImportError.corruptArchive` naming the archive and entry.
///
/// - Complexity: O(entry size) time; O(`capacity` × `chunkSize`) memory.
final class ZipEntryStream: Sendable {
  static let capacity = 2

  let chunkSize: Int
  private let channel: Channel

  /// Starts reading `entry` of the archive at `url` (shown as `archive`).
  init(url: URL, archive: String, entry: Entry, chunkSize: Int) {
    self.chunkSize = max(1, chunkSize)
    channel = Channel()
    let job = Job(url: url, archive: archive, entry: entry, chunkSize: self.chunkSize)
    if entry.uncompressedSize <= UInt64(self.chunkSize) {
      job.run(into: channel)
    } else {
      let channel = self.channel
      let thread = Thread { job.run(into: channel) }
      thread.stackSize = 1 << 20
      thread.start()
    }
  }

  deinit { channel.cancelAndWait() }

  /// The next chunk, `nil` at the end of the entry.
  /// - Throws: `ImportError.corruptArchive` when the entry cannot be inflated, is larger than declared or fails
  ///   its CRC-32 check.
  func next() throws(ImportError) -> [UInt8]? {
    try channel.take()
  }
}

/// The queue between the producer thread and the consumer; all state is guarded by `condition`.
private final class Channel: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [[UInt8]] = []
  private var finished = false
  private var failure: ImportError?
  private var cancelled = false

  /// Producer side: waits for room; throws `Cancelled` when the consumer has gone.
  func put(_ chunk: [UInt8]) throws {
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= ZipEntryStream.capacity, !cancelled { condition.wait() }
    if cancelled { throw Cancelled() }
    queue.append(chunk)
    condition.broadcast()
  }

  /// Producer side: the entry is done, with `failure` when it could not be read.
  func finish(_ failure: ImportError?) {
    condition.lock()
    self.failure = failure
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// Consumer side: the next chunk, `nil` at the end, or the producer's failure once the queue is drained.
  func take() throws(ImportError) -> [UInt8]? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty, !finished { condition.wait() }
    if !queue.isEmpty {
      condition.broadcast()
      return queue.removeFirst()
    }
    if let failure { throw failure }
    return nil
  }

  /// Consumer side, when the stream goes away: stops the producer and waits until it has finished.
  func cancelAndWait() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    while !finished { condition.wait() }
    condition.unlock()
  }
}

private struct Cancelled: Error {}
private struct OversizedEntry: Error {}

/// What the producer needs; `Entry` is a plain value read from the directory, used by this job only.
private struct Job: @unchecked Sendable {
  let url: URL
  let archive: String
  let entry: Entry
  let chunkSize: Int

  func run(into channel: Channel) {
    var pending: [UInt8] = []
    var total: UInt64 = 0
    let declared = entry.uncompressedSize
    let name = entry.path
    do {
      let handle = try Archive(url: url, accessMode: .read)
      _ = try handle.extract(entry, bufferSize: min(chunkSize, 1 << 16), skipCRC32: false) { data in
        total += UInt64(data.count)
        guard total <= declared else { throw OversizedEntry() }
        pending.append(contentsOf: data)
        if pending.count >= chunkSize {
          try channel.put(pending)
          pending = []
          pending.reserveCapacity(chunkSize)
        }
      }
      if !pending.isEmpty { try channel.put(pending) }
      channel.finish(nil)
    } catch is Cancelled {
      channel.finish(nil)
    } catch is OversizedEntry {
      channel.finish(.corruptArchive(
        archive: archive, detail: "entry '\(name)' holds more than its declared \(declared) bytes"))
    } catch {
      channel.finish(.corruptArchive(archive: archive, detail: "entry '\(name)' cannot be read (\(error))"))
    }
  }
}
