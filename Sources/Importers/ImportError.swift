/// Why an input could not be read at all.
///
/// Only problems that stop a whole input are errors: a missing or unreadable file, a file that is not the format
/// it claims to be, an unsafe or damaged zip archive, a CSV without a required column, an invalid column mapping.
/// A bad record inside a good input is a `Diagnostic` and a `.skipped` record instead.
///
/// Every message is compiler style (`path:line: error: …`), names the file, quotes the offending value and,
/// for closed sets, lists the valid choices. The text lives in the one `description` switch below.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Nothing exists at `path`.
  case fileNotFound(path: String)
  /// `path` exists but could not be read (permissions, an I/O error, a folder where a file was expected).
  case unreadable(path: String, reason: String)
  /// A JSON file is not valid JSON or not the shape the format needs; `line`/`column` when the parser says.
  case invalidJSON(path: String, line: Int?, column: Int?, detail: String)
  /// An XML file is not XML at all (no root element, a broken prolog); rows that are malformed are diagnostics.
  case invalidXML(path: String, line: Int, column: Int, detail: String)
  /// A CSV header lacks a required column (`key`, a `ColumnKey` raw value); lists the headers found on line 1.
  case missingColumn(path: String, column: String, headersFound: [String])
  /// A CSV file has no header line at all.
  case emptyInput(path: String)
  /// Content detection found no known format; `supported` lists the format names `--from` accepts.
  case unrecognizedFormat(path: String, supported: [String])
  /// `--from` named a format whose layout the input does not have (a Slack export given as one CSV file).
  case formatMismatch(path: String, format: String, expected: String)
  /// A zip entry name contains `..` or is absolute; the archive is refused.
  case unsafeArchiveEntry(archive: String, entry: String)
  /// A zip archive declares sizes beyond the limits (total or compression ratio); refused before reading.
  case archiveTooLarge(archive: String, declaredBytes: UInt64, compressedBytes: UInt64, limit: String)
  /// A zip archive is truncated or damaged.
  case corruptArchive(archive: String, detail: String)
  /// A `.tar.gz` archive is truncated or damaged (bad gzip data, a bad tar header); `detail` names the place.
  case corruptTarball(archive: String, detail: String)
  /// A `--columns`/`--org-columns` item is not `KEY=HEADER` with a known key, or repeats a key.
  case invalidColumnMapping(item: String, validKeys: [String])
  /// The `--identities` file has a problem on `line` (a missing column, a blank field, a conflicting row).
  case invalidIdentities(path: String, line: Int, detail: String, value: String?)
  /// An `--identities` row names a source that is neither an input nor a format name.
  case unknownIdentitySource(path: String, line: Int, source: String, inputs: [String], formats: [String])
  /// A file read without a header line maps a column by a name instead of a 1-based position.
  case columnPositionExpected(path: String, item: String)

  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): error: no such file or folder"
    case .unreadable(let path, let reason):
      return "\(path): error: cannot read input: \(reason)"
    case .invalidJSON(let path, let line, let column, let detail):
      return "\(Self.position(path, line, column)): error: invalid JSON: \(detail)"
    case .invalidXML(let path, let line, let column, let detail):
      return "\(path):\(line):\(column): error: invalid XML: \(detail)"
    case .missingColumn(let path, let column, let headers):
      let found = headers.isEmpty ? "none" : headers.map { "'\($0)'" }.joined(separator: ", ")
      return "\(path):1: error: missing required column '\(column)' (headers found: \(found)); "
        + "map it with --columns \(column)=HEADER"
    case .emptyInput(let path):
      return "\(path):1: error: the file is empty; expected a header line"
    case .unrecognizedFormat(let path, let supported):
      return "\(path): error: cannot tell the export format from its content "
        + "(supported: \(supported.joined(separator: ", "))); name it with --from FORMAT"
    case .formatMismatch(let path, let format, let expected):
      return "\(path): error: cannot read as '\(format)': expected \(expected)"
    case .unsafeArchiveEntry(let archive, let entry):
      return "\(archive): error: refusing archive entry '\(entry)': names with '..' or absolute paths are unsafe"
    case .archiveTooLarge(let archive, let declared, let compressed, let limit):
      return "\(archive): error: refusing archive: it declares \(declared) bytes uncompressed from "
        + "\(compressed) compressed (limit: \(limit))"
    case .corruptArchive(let archive, let detail):
      return "\(archive): error: damaged or truncated zip archive: \(detail)"
    case .corruptTarball(let archive, let detail):
      return "\(archive): error: damaged or truncated tar.gz archive: \(detail)"
    case .invalidColumnMapping(let item, let keys):
      let expected = "expected one of: \(keys.joined(separator: ", "))"
      guard let equals = item.firstIndex(of: "="), !item[item.index(after: equals)...].isEmpty else {
        return "error: column mapping '\(item)' is not KEY=HEADER (\(expected))"
      }
      return "error: unknown or repeated column key '\(item[..<equals])' in '\(item)' (\(expected))"
    case .invalidIdentities(let path, let line, let detail, let value):
      return "\(path):\(line): error: invalid identities row: \(detail)" + (value.map { " ('\($0)')" } ?? "")
    case .unknownIdentitySource(let path, let line, let source, let inputs, let formats):
      return "\(path):\(line): error: unknown source '\(source)': expected an input as given on the command line "
        + "(\(inputs.joined(separator: ", "))) or a format name (\(formats.joined(separator: ", ")))"
    case .columnPositionExpected(let path, let item):
      return "\(path): error: the file has no header, so --columns must name column positions (1, 2, …), "
        + "not '\(item)' (e.g. --columns weight=3)"
    }
  }

  private static func position(_ path: String, _ line: Int?, _ column: Int?) -> String {
    guard let line else { return path }
    return column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
  }
}
