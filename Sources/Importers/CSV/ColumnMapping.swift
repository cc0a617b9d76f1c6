import Foundation

/// Which CSV header holds which field, as the user states it with `--columns` or `--org-columns`.
///
/// Parsed from `KEY=HEADER,...` (`source=Sender,target=Recipient,time=EventDate`). Keys are `ColumnKey` raw
/// values; headers are matched case-insensitively. A mapped key must be found in the header, or reading fails
/// with `ImportError.missingColumn`; unmapped keys fall back to the header synonyms.
public struct ColumnMapping: Sendable, Hashable {
  /// Which keys a mapping may use: the two conversation CSV formats share `--columns`, org charts have their own.
  public enum Scope: Sendable {
    /// `--columns`: the keys of messages-csv and interactions-csv together.
    case conversations
    /// `--org-columns`: `id, manager, name, email, title, department, level`.
    case orgChart

    var keys: [ColumnKey] {
      switch self {
      case .conversations:
        var keys = CSVSchema.messages.keys
        keys += CSVSchema.interactions.keys.filter { !keys.contains($0) }
        return keys
      case .orgChart: return CSVSchema.orgChart.keys
      }
    }
  }

  /// The header named for each mapped key, as the user wrote it.
  public private(set) var headers: [ColumnKey: String]

  /// A mapping from explicit pairs (no validation against a scope: readers ignore keys outside their schema).
  public init(_ headers: [ColumnKey: String] = [:]) {
    self.headers = headers
  }

  /// Parses `KEY=HEADER,...`; whitespace around keys and headers is ignored.
  /// - Throws: `ImportError.invalidColumnMapping` naming the bad item and listing the valid keys, for an item
  ///   without `=`, an empty header, a key outside `scope`, or a key given twice.
  /// - Complexity: O(length of `specification`).
  public init(parsing specification: String, scope: Scope) throws(ImportError) {
    let validKeys = scope.keys
    var headers: [ColumnKey: String] = [:]
    for rawItem in specification.split(separator: ",", omittingEmptySubsequences: false) {
      let item = rawItem.trimmingCharacters(in: .whitespaces)
      let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let invalid = ImportError.invalidColumnMapping(item: item, validKeys: validKeys.map(\.rawValue))
      guard parts.count == 2 else { throw invalid }
      let header = parts[1].trimmingCharacters(in: .whitespaces)
      guard let key = ColumnKey(rawValue: parts[0].trimmingCharacters(in: .whitespaces).lowercased()),
        validKeys.contains(key), headers[key] == nil, !header.isEmpty
      else { throw invalid }
      headers[key] = header
    }
    self.headers = headers
  }

  /// The header mapped to `key`, if any.
  public func header(for key: ColumnKey) -> String? { headers[key] }
}
