/// Counts of a JSON export file read by the streaming reader: the one public entry to `JSONElementReader`,
/// for benchmarks and for checking a file before an import.
public struct JSONFileStatistics: Sendable, Hashable {
  /// Elements parsed into values.
  public var values: Int
  /// Elements skipped as malformed (syntax error, invalid UTF-8, too deep, too large).
  public var malformed: Int
  /// Objects among the values, and their members in total (a figure that needs every element parsed).
  public var objects: Int
  public var members: Int

  /// Streams the file at `path` (an array, a `{"messages"|"value": [...]}` page, or JSON Lines when `lines`)
  /// and counts its elements.
  /// - Throws: `ImportError.invalidJSON` when the file cannot be framed; read errors.
  /// - Complexity: O(file size) time; O(largest element + 1 MiB) memory.
  public static func read(path: String, lines: Bool = false) throws(ImportError) -> JSONFileStatistics {
    let input = try InputSource.open(path)
    guard let entry = input.entries.first, input.kind == .file else {
      throw .formatMismatch(path: path, format: "json", expected: "one JSON file")
    }
    var reader = JSONElementReader(try input.stream(of: entry), shape: lines ? .lines : .exportPage)
    var result = JSONFileStatistics(values: 0, malformed: 0, objects: 0, members: 0)
    while let item = try reader.next() {
      switch item {
      case .value(let value):
        result.values += 1
        if let object = value.object {
          result.objects += 1
          result.members += object.count
        }
      case .malformed: result.malformed += 1
      }
    }
    return result
  }
}
