import ConversationModel
import Foundation

/// Which per-source ids are one person (`--identities FILE`): a CSV with the header `source,id,person`.
///
/// Definitions: `source` is an input exactly as given on the command line (`exports/engage.zip`), or a format
/// name (`yammer`, `slack`, …) standing for every input of that format; `id` is the platform id in that source
/// (a Yammer number, a Slack `U…`, a Mattermost username); `person` is the one id every listed id becomes. Where
/// both an input's path and its format name map the same id, the path's row wins. People still merge by e-mail
/// as well (`CorpusBuilder`).
///
/// Choices: the file is small and hand-written, so every problem stops the run with its line: a missing
/// column, a blank field, broken quoting, the same (source, id) mapped to two persons, and (in `CorpusLoader`) a
/// source that is neither an input nor a format name. A format name with no input of that format is allowed
/// (one identities file can serve several runs).
///
/// - Complexity: O(file size) to read; O(rows) per input to resolve.
public struct IdentityMap: Sendable, Hashable {
  /// One row: `source`'s `id` is `person`, read on `line`.
  public struct Entry: Sendable, Hashable {
    public var source: String
    public var id: String
    public var person: String
    public var line: Int
  }

  public var path: String
  public var entries: [Entry]

  public init(path: String, entries: [Entry]) {
    self.path = path
    self.entries = entries
  }

  /// Reads the identities file at `path`.
  /// - Throws: `ImportError.fileNotFound`, `.unreadable`, `.emptyInput`, `.invalidIdentities` with the line.
  public static func load(_ path: String) throws(ImportError) -> IdentityMap {
    let input = try InputSource.open(path)
    guard case .file = input.kind, let entry = input.entries.first else {
      throw .formatMismatch(path: path, format: "identities", expected: "a CSV file with source,id,person")
    }
    var table = try HeaderTable(data: try input.data(of: entry), path: path, required: [])
    for column in ["source", "id", "person"] where !table.contains(column) {
      throw .invalidIdentities(path: path, line: 1, detail: "missing column '\(column)' (expected source,id,person)",
                               value: table.headers.joined(separator: ","))
    }
    var entries: [Entry] = []
    var personOf: [String: (person: String, line: Int)] = [:]
    var diagnostics = DiagnosticLog()
    while let row = table.next(diagnostics: &diagnostics) {
      guard case .record(let record) = row else {
        let example = diagnostics.kinds.first?.examples.last
        throw .invalidIdentities(path: path, line: example?.location?.line ?? 0,
                                 detail: example?.message ?? "malformed row", value: nil)
      }
      let fields = ["source", "id", "person"].map { table.value($0, in: record) }
      guard let source = fields[0], let id = fields[1], let person = fields[2] else {
        throw .invalidIdentities(path: path, line: record.line, detail: "every row needs a source, an id and a person",
                                 value: record.fields.joined(separator: ","))
      }
      let key = source + "\u{1F}" + id
      if let earlier = personOf[key], earlier.person != person {
        throw .invalidIdentities(
          path: path, line: record.line,
          detail: "\(source) id '\(id)' is already mapped to '\(earlier.person)' on line \(earlier.line)",
          value: person)
      }
      personOf[key] = (person, record.line)
      entries.append(Entry(source: source, id: id, person: person, line: record.line))
    }
    return IdentityMap(path: path, entries: entries)
  }

  /// The first row whose source is neither one of `inputs` nor a format name, if any.
  public func unknownSource(inputs: [String]) -> Entry? {
    let formats = Set(ExportFormat.allCases.map(\.rawValue))
    return entries.first { entry in
      !formats.contains(entry.source) && !inputs.contains { Self.same(entry.source, $0) }
    }
  }

  /// The renames for the input at `path` read as `format`: its format's rows, overridden by its path's rows.
  public func renames(forInput path: String, format: ExportFormat) -> [String: String] {
    var renames: [String: String] = [:]
    for entry in entries where entry.source == format.rawValue { renames[entry.id] = entry.person }
    for entry in entries where Self.same(entry.source, path) { renames[entry.id] = entry.person }
    return renames
  }

  /// The same input path, as written or once standardised (`./a.zip` and `a.zip`).
  private static func same(_ source: String, _ path: String) -> Bool {
    source == path || URL(fileURLWithPath: source).standardizedFileURL == URL(fileURLWithPath: path).standardizedFileURL
  }
}
