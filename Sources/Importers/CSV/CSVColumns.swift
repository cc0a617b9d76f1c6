import ConversationModel
import Foundation

/// Where each field of a CSV schema sits in a file's records: found from the header or, without one, by position.
///
/// Resolution order for each key: the user's `ColumnMapping` header (case-insensitive, must exist), else the
/// first header matching one of the schema's synonyms (`CSVSchema.synonyms`). In an org chart with no id column,
/// the e-mail column serves as the id.
struct CSVColumns: Sendable {
  /// The field index of each key, stored by `ColumnKey.ordinal`: `value(_:in:)` runs for every field of every
  /// row, and a dictionary lookup there (hashing the key) was a tenth of the time of reading an edge list.
  private let positions: [Int?]

  init(indices: [ColumnKey: Int]) {
    var positions = [Int?](repeating: nil, count: ColumnKey.allCases.count)
    for (key, index) in indices { positions[key.ordinal] = index }
    self.positions = positions
  }

  /// Resolves `headers` against `schema`.
  /// - Throws: `ImportError.missingColumn` for a required key, or a mapped key, that no header provides.
  /// - Complexity: O(keys × headers).
  init(headers: [String], schema: CSVSchema, mapping: ColumnMapping?, path: String) throws(ImportError) {
    let normalized = headers.map(CSVSchema.normalize)
    let lowered = headers.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var indices: [ColumnKey: Int] = [:]
    for key in schema.keys {
      if let mapped = mapping?.header(for: key) {
        guard let index = lowered.firstIndex(of: mapped.lowercased()) else {
          throw .missingColumn(path: path, column: key.rawValue, headersFound: headers)
        }
        indices[key] = index
      } else if let index = schema.synonyms(for: key).lazy.compactMap({ normalized.firstIndex(of: $0) }).first {
        indices[key] = index
      }
    }
    if schema == .orgChart, indices[.id] == nil { indices[.id] = indices[.email] }
    for key in schema.requiredKeys where indices[key] == nil {
      throw .missingColumn(path: path, column: key.rawValue, headersFound: headers)
    }
    self.init(indices: indices)
  }

  /// True when the header provides every required key of `schema` (for format detection).
  /// The columns of a file without a header line: the schema's keys in order (interactions: source, target,
  /// time, weight, kind), except where `mapping` gives a key a 1-based position (`weight=3`); a position a
  /// mapped key takes is no longer any other key's, so `source target weight` lists read with `weight=3`.
  init(positionsOf schema: CSVSchema, mapping: ColumnMapping?, path: String) throws(ImportError) {
    var indices = Dictionary(uniqueKeysWithValues: schema.keys.enumerated().map { ($1, $0) })
    for key in schema.keys {
      guard let text = mapping?.header(for: key) else { continue }
      guard let position = Int(text), position >= 1 else {
        throw .columnPositionExpected(path: path, item: "\(key.rawValue)=\(text)")
      }
      for (other, index) in indices where index == position - 1 && other != key { indices[other] = nil }
      indices[key] = position - 1
    }
    self.init(indices: indices)
  }

  static func matches(headers: [String], schema: CSVSchema, mapping: ColumnMapping?) -> Bool {
    (try? CSVColumns(headers: headers, schema: schema, mapping: mapping, path: "")) != nil
  }

  func index(of key: ColumnKey) -> Int? { positions[key.ordinal] }

  func contains(_ key: ColumnKey) -> Bool { positions[key.ordinal] != nil }

  /// The trimmed, non-blank value of `key` in `record`.
  func value(_ key: ColumnKey, in record: CSVRecord) -> String? { record.value(at: positions[key.ordinal]) }

  /// The value of `key` in `record` exactly as written (message text keeps its spacing), or `nil` when absent.
  func rawValue(_ key: ColumnKey, in record: CSVRecord) -> String? {
    guard let index = positions[key.ordinal], record.fields.indices.contains(index) else { return nil }
    return record.fields[index]
  }

  /// Where the value of `key` sits in `record`, for diagnostics.
  func location(_ key: ColumnKey, in record: CSVRecord, path: String) -> SourceLocation {
    SourceLocation(path: path, line: record.line, column: record.column(at: positions[key.ordinal]))
  }
}
