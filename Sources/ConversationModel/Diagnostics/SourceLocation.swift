/// Where in an input a record or a problem sits.
///
/// A location names the file (for a zip, `archive.zip!entry/path.json`) and, where the format has them, a 1-based
/// line and column; JSON formats that have no useful line give the entry index instead (`entry` is 1-based too).
/// The description follows the compiler convention, so terminals and editors can jump to it:
/// `export/general/2016-01-04.json:entry 3`, `people.csv:12:7`.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var column: Int?
  public var entry: Int?

  public init(path: String, line: Int? = nil, column: Int? = nil, entry: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
    self.entry = entry
  }

  public var description: String {
    var text = path
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    if let entry { text += ":entry \(entry)" }
    return text
  }
}
