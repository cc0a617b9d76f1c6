import ConversationModel
import Foundation

/// Reads an organisation chart CSV into `OrgEntry` rows, faithfully and in file order.
///
/// Columns: `id` (required; an e-mail column stands in when there is none) and optional `manager`, `name`,
/// `email`, `title`, `department`, `level`, found by the synonyms of `CSVSchema.orgChart` (`employee_id`,
/// `person_id`, `manager_id`, `reports_to`, `ReportsToID`, `supervisor`, `job_title`, `position`, `note`, `dept`,
/// `grade`, …) or by `--org-columns`. A chart without a manager column is valid (levels must then come from the
/// level column). Values are kept as written: levels are interpreted, and the tree checked, by the analysis.
///
/// Rows are skipped with a warning when they have no id (`missing_id`), repeat an earlier id
/// (`duplicate_id`, the first row is kept) or have broken quoting (`malformed_row`).
///
/// - Complexity: O(bytes) time; memory O(rows).
struct OrgChartCSVReader {
  private var table: DelimitedTable
  private var seenIDs: Set<String> = []

  /// - Throws: see `DelimitedTable.init`.
  init(data: Data, path: String, columns: ColumnMapping?) throws(ImportError) {
    table = try DelimitedTable(
      data: data, path: path, schema: .orgChart, mapping: columns, header: .firstRow, delimiter: nil)
  }

  /// Reads every row.
  mutating func entries(diagnostics: inout DiagnosticLog) -> [OrgEntry] {
    var entries: [OrgEntry] = []
    while let row = table.nextRow(diagnostics: &diagnostics) {
      guard case .record(let record) = row, let entry = entry(from: record, diagnostics: &diagnostics) else {
        continue
      }
      entries.append(entry)
    }
    return entries
  }

  private mutating func entry(from record: CSVRecord, diagnostics: inout DiagnosticLog) -> OrgEntry? {
    let columns = table.columns
    guard let id = columns.value(.id, in: record) else {
      _ = table.skip(record, reason: "missing_id", key: .id, message: "org chart row has no id; skipped",
                     value: nil, diagnostics: &diagnostics)
      return nil
    }
    guard seenIDs.insert(id).inserted else {
      _ = table.skip(record, reason: "duplicate_id", key: .id,
                     message: "org chart id appears twice; the first row is kept", value: id,
                     diagnostics: &diagnostics)
      return nil
    }
    return OrgEntry(
      id: id, name: columns.value(.name, in: record), email: columns.value(.email, in: record),
      title: columns.value(.title, in: record), department: columns.value(.department, in: record),
      manager: columns.value(.manager, in: record), level: columns.value(.level, in: record),
      location: SourceLocation(path: table.path, line: record.line, column: record.column(at: 0)))
  }
}
