import ConversationModel
import Foundation

/// Reads an organisation chart CSV file: the one call the CLI makes for `--org`.
public enum OrgChartLoader {
  /// Reads the chart at `path`; row problems go to `diagnostics`, see `OrgChartCSVReader` for the rules.
  /// - Parameters:
  ///   - path: a CSV file (delimiter detected from the header line).
  ///   - columns: the `--org-columns` mapping, or `nil` to rely on header synonyms.
  /// - Throws: `ImportError.fileNotFound`, `.unreadable`, `.emptyInput` or `.missingColumn` (no id column).
  /// - Complexity: O(file size).
  public static func load(
    _ path: String, columns: ColumnMapping?, diagnostics: inout DiagnosticLog
  ) throws(ImportError) -> OrgChart {
    let input = try InputSource.open(path)
    guard case .file = input.kind, let entry = input.entries.first else {
      throw .formatMismatch(path: path, format: "org chart", expected: "a CSV file")
    }
    var reader = try OrgChartCSVReader(data: try input.data(of: entry), path: path, columns: columns)
    return OrgChart(entries: reader.entries(diagnostics: &diagnostics), path: path)
  }
}
