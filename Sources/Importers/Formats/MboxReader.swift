import ConversationModel
import Foundation

/// Streams an mbox e-mail archive (RFC 4155 + RFC 5322 headers): one file, or a folder or zip of mbox files.
///
/// A file is an mbox when its first line starts with `From ` and its second line starts a header field
/// (`isMbox`). In a folder or zip every such entry is read, in entry name order; other entries get a
/// `not_mbox_file` note. Messages are split by `MboxSplitter` and turned into records by `MboxMessageParser`
/// (which documents every rule: ids, authors, dates, parents, recipients, list addresses).
///
/// Each message read is one content record (`.message`, or `.skipped` as `missing_author`), and so is each
/// distinct `To`/`Cc` recipient (a `message` interaction, or `.skipped` as `list_recipient`): records read =
/// messages + recipients = used + skipped. Locations name the file and the line of the message's `From `
/// separator.
///
/// Files are streamed in 1 MiB chunks (`StreamLineSource`): no file is held whole, and detection reads only the
/// first 4 KiB of each candidate (one chunk, so a zip entry is not inflated past it).
///
/// - Complexity: O(archive size) time; memory O(chunk + one header block + distinct addresses + message ids).
struct MboxReader: RecordReader {
  private let input: InputSource
  private let files: [String]
  private var nextFile = 0
  private var splitter: MboxSplitter<StreamLineSource>?
  private var parser = MboxMessageParser()
  private var queue: [ImportRecord] = []
  private var queueIndex = 0
  private var pendingDiagnostics: [Diagnostic] = []

  /// Lists the mbox files of `input`, reading only the first `probeSize` bytes of each.
  /// - Throws: `ImportError.formatMismatch` when no file of the input is an mbox; read errors.
  init(input: InputSource) throws(ImportError) {
    self.input = input
    guard input.kind != .file else {
      guard let entry = input.entries.first, Self.isMbox(try Self.leadingBytes(of: entry, in: input)) else {
        throw .formatMismatch(path: input.path, format: ExportFormat.mbox.rawValue, expected: Self.expected)
      }
      files = input.entries
      return
    }
    var found: [String] = []
    for entry in input.entries {
      if Self.isMbox(try Self.leadingBytes(of: entry, in: input)) {
        found.append(entry)
      } else {
        pendingDiagnostics.append(
          Diagnostic(.note, kind: "not_mbox_file",
                     message: "file does not start with a 'From ' line and headers; ignored",
                     location: SourceLocation(path: input.displayPath(of: entry)), value: entry))
      }
    }
    guard !found.isEmpty else {
      throw .formatMismatch(path: input.path, format: ExportFormat.mbox.rawValue, expected: Self.expected)
    }
    files = found
  }

  private static let expected = "an mbox file (a first line 'From ...' followed by header lines) or a folder of them"
  private static let probeSize = 4096

  /// True when `bytes` (the start of a file) begin with a `From ` line followed by a header field line.
  static func isMbox(_ bytes: some Collection<UInt8>) -> Bool {
    var lines = StreamLineSource(ByteStream(bytes: Array(bytes.prefix(probeSize)), path: ""))
    guard let first = try? lines.nextLine(), first.isFromLine, let second = try? lines.nextLine() else {
      return false
    }
    return second.headerNameLength != nil
  }

  /// True when some entry of a folder or zip input is an mbox file.
  static func containsMbox(_ input: InputSource) -> Bool {
    input.entries.contains { entry in (try? leadingBytes(of: entry, in: input)).map(isMbox) ?? false }
  }

  /// The first `probeSize` bytes of `entry`: one chunk of its stream, so a zip entry is not inflated whole.
  private static func leadingBytes(of entry: String, in input: InputSource) throws(ImportError) -> [UInt8] {
    var stream = try input.stream(of: entry, chunkSize: probeSize)
    return try stream.nextChunk() ?? []
  }

  /// - Throws: read errors of the next file.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
    pendingDiagnostics = []
    while true {
      if queueIndex < queue.count {
        queueIndex += 1
        return queue[queueIndex - 1]
      }
      if var current = splitter {
        splitter = nil
        if let raw = try current.next(diagnostics: &diagnostics) {
          queue = parser.records(raw, path: current.path, diagnostics: &diagnostics)
          queueIndex = 0
          splitter = current
        }
        continue
      }
      guard nextFile < files.count else { return nil }
      let entry = files[nextFile]
      nextFile += 1
      splitter = MboxSplitter(
        source: StreamLineSource(try input.stream(of: entry)), path: input.displayPath(of: entry))
    }
  }
}
