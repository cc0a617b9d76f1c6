import Foundation

/// Parses one JSON file of an export, turning parser failures into `ImportError.invalidJSON` with a position.
///
/// Foundation reports a failure as "… around character N." (a 0-based byte offset); that offset is turned into
/// the 1-based line and column of `SourceLocation`. Messages without an offset give no position.
enum JSONDocument {
  /// The top-level array of `data`.
  /// - Throws: `ImportError.invalidJSON` when `data` is not JSON or its top level is not an array.
  /// - Complexity: O(size of `data`).
  static func array(_ data: Data, path: String) throws(ImportError) -> [Any] {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
      let position = offset(in: detail).map { lineAndColumn(of: $0, in: data) }
      throw .invalidJSON(path: path, line: position?.line, column: position?.column, detail: detail)
    }
    guard let array = value as? [Any] else {
      throw .invalidJSON(path: path, line: nil, column: nil, detail: "expected an array at the top level")
    }
    return array
  }

  /// The number after "character " in a Foundation parser message.
  static func offset(in detail: String) -> Int? {
    guard let range = detail.range(of: "character ") else { return nil }
    return Int(detail[range.upperBound...].prefix { $0.isNumber })
  }

  /// 1-based line and column of the byte at `offset`.
  static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
