import Foundation
import InteractionGraph

/// The edges of a benchmark graph file, parsed straight into parallel arrays.
///
/// Format (written by `Scripts/generate_benchmark_graphs.py`): one edge per line, `source,target,,weight`,
/// node ids `0 ..< n` in decimal, the empty third field being the interactions CSV time column so that
/// `crosstalk analyze --no-header` takes the fourth as the weight. Lines separated by spaces or tabs are read
/// too (`source target weight`). This reader exists to time `GraphBuilder` on its own: it is not the CLI's.
///
/// - Complexity: O(bytes) time, O(|E|) space.
struct EdgeList {
  var sources: [Int] = []
  var targets: [Int] = []
  var weights: [Double] = []
  var nodeCount = 0

  enum ReadError: Error, CustomStringConvertible {
    case unreadable(path: String)
    case malformed(path: String, line: Int, text: String)

    var description: String {
      switch self {
      case .unreadable(let path): "error: \(path): cannot read the file"
      case .malformed(let path, let line, let text): "error: \(path):\(line): not `source,target,,weight`: '\(text)'"
      }
    }
  }

  /// Reads `path`; fails naming the first malformed line.
  /// No edges (for the tasks that read the file themselves).
  init() {}

  /// Reads `path`; fails naming the first malformed line.
  init(path: String) throws(ReadError) {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
    var lineNumber = 0
    var failure: ReadError?
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var start = 0
      while start < buffer.count, failure == nil {
        var end = start
        while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
        lineNumber += 1
        if end > start, !add(line: UnsafeRawBufferPointer(rebasing: buffer[start ..< end])) {
          let text = String(decoding: buffer[start ..< end], as: UTF8.self)
          failure = .malformed(path: path, line: lineNumber, text: text)
        }
        start = end + 1
      }
    }
    if let failure { throw failure }
  }

  /// Parses one line's fields and appends the edge; false when the line is not an edge.
  private mutating func add(line: UnsafeRawBufferPointer) -> Bool {
    let fields = line.split(omittingEmptySubsequences: false) { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
        || byte == UInt8(ascii: "\r")
    }.filter { !$0.isEmpty }
    guard fields.count >= 2, let source = Int(String(decoding: fields[0], as: UTF8.self)),
      let target = Int(String(decoding: fields[1], as: UTF8.self)), source >= 0, target >= 0
    else { return false }
    var weight = 1.0
    if fields.count >= 3 {
      guard let parsed = Double(String(decoding: fields[fields.count - 1], as: UTF8.self)) else { return false }
      weight = parsed
    }
    sources.append(source)
    targets.append(target)
    weights.append(weight)
    nodeCount = max(nodeCount, source + 1, target + 1)
    return true
  }

  /// The CSR graph of these edges (parallel edges summed, as `GraphBuilder` does).
  func build() -> InteractionGraph {
    var builder = GraphBuilder(nodeCount: nodeCount)
    builder.reserveCapacity(sources.count)
    for edge in sources.indices {
      builder.addEdge(from: sources[edge], to: targets[edge], weight: weights[edge])
    }
    return builder.build()
  }
}
