import ConversationModel
import Foundation

/// Streams a Stack Exchange data dump: a folder or zip holding `Users.xml`, `Posts.xml` and `Comments.xml` of one
/// site (at its root) or of several (one folder per site), or one of those files alone.
///
/// Definition: for each site, every user first, then every post, then every comment, each file read row by row
/// with `XMLRowReader` and turned into records by `StackExchangeRows`. The site (the channel, and the prefix of
/// ids) is the folder holding the files: the folder inside a container (up to two deep), else the container's
/// own name without `.zip`, or for a lone file its parent folder. Other dump files (`Votes.xml`, `PostHistory.xml`,
/// `Badges.xml`, …) are not read. Which table a file holds is decided by its root element (`<users>`,
/// `<posts>`, `<comments>`), so a renamed file still reads right; any other root is an `unknown_xml_table`
/// warning and the file is passed over.
///
/// Counting: every post and comment row is one content record (`.message` or `.skipped`), a malformed one
/// `.skipped("malformed_row")`; user rows are directory entries, so a malformed user row is only its warning.
///
/// - Complexity: O(dump size) time; memory O(users + chunk + largest row): each file is streamed.
struct StackExchangeReader: RecordReader {
  static let tableFiles = ["users.xml", "posts.xml", "comments.xml"]

  private let input: InputSource
  /// (site, entry) in reading order.
  private let files: [(site: String, entry: String)]
  private var nextFile = 0
  private var rows: XMLRowReader?
  private var table = ""
  private var interpreter = StackExchangeRows(site: "")
  private var pending: [ImportRecord] = []

  init(input: InputSource) {
    self.input = input
    files = Self.files(of: input)
  }

  /// The dump's table files in reading order, with their site names.
  static func files(of input: InputSource) -> [(site: String, entry: String)] {
    let url = URL(fileURLWithPath: input.path)
    let ownName = input.kind == .file
      ? url.deletingLastPathComponent().lastPathComponent
      : (url.pathExtension.lowercased() == "zip" ? url.deletingPathExtension() : url).lastPathComponent
    if input.kind == .file { return input.entries.map { (ownName, $0) } }
    var found: [(site: String, entry: String, rank: Int)] = []
    for entry in input.entries {
      let parts = entry.split(separator: "/")
      guard parts.count <= 3, let rank = tableFiles.firstIndex(of: parts.last?.lowercased() ?? "") else { continue }
      found.append((parts.count >= 2 ? String(parts[parts.count - 2]) : ownName, entry, rank))
    }
    return found.sorted { ($0.site, $0.rank) < ($1.site, $1.rank) }.map { ($0.site, $0.entry) }
  }

  /// True when `entries` hold a dump's `Posts.xml` (at the root, or up to two folders down: a zip of a folder of
  /// site folders).
  static func isDump(_ entries: [String]) -> Bool {
    entries.contains { entry in
      let parts = entry.split(separator: "/")
      return parts.count <= 3 && parts.last?.lowercased() == "posts.xml"
    }
  }

  /// - Throws: `ImportError.invalidXML` for a table file that is not XML; read errors.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      guard let event = try nextEvent(diagnostics: &diagnostics), let reader = rows else { return nil }
      switch event {
      case .malformed(let location):
        if table != "users" { return .skipped(reason: "malformed_row", location: location) }
      case .row(let location):
        switch table {
        case "users":
          if let person = interpreter.person(reader, location: location, diagnostics: &diagnostics) {
            return .person(person)
          }
        case "posts": pending = interpreter.post(reader, location: location, diagnostics: &diagnostics)
        default: pending = interpreter.comment(reader, location: location, diagnostics: &diagnostics)
        }
      }
    }
  }

  /// The next row event of the current file, opening the next files as each one ends.
  private mutating func nextEvent(diagnostics: inout DiagnosticLog) throws(ImportError) -> XMLRowReader.Event? {
    while true {
      if rows != nil, let event = try rows?.next(diagnostics: &diagnostics) { return event }
      rows = nil
      guard nextFile < files.count else { return nil }
      try openNextFile(diagnostics: &diagnostics)
    }
  }

  private mutating func openNextFile(diagnostics: inout DiagnosticLog) throws(ImportError) {
    let (site, entry) = files[nextFile]
    nextFile += 1
    if site != interpreter.site { interpreter = StackExchangeRows(site: site) }
    let path = input.displayPath(of: entry)
    var reader = XMLRowReader(stream: try input.stream(of: entry), path: path)
    try reader.open(diagnostics: &diagnostics)
    let root = reader.rootName ?? ""
    guard ["users", "posts", "comments"].contains(root) else {
      diagnostics.emit(Diagnostic(
        .warning, kind: "unknown_xml_table", message: "root element is not users, posts or comments; file not read",
        location: SourceLocation(path: path), value: root))
      return
    }
    table = root
    rows = reader
  }
}
