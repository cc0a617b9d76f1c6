/// What separates the fields of a delimited text file.
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
  case comma, semicolon, tab
  /// Any run of spaces and tabs (SNAP edge lists such as `email-Eu-core.txt`); no empty fields.
  case whitespace

  /// The separator byte, or `nil` for `.whitespace`.
  var byte: UInt8? {
    switch self {
    case .comma: UInt8(ascii: ",")
    case .semicolon: UInt8(ascii: ";")
    case .tab: UInt8(ascii: "\t")
    case .whitespace: nil
    }
  }

  /// Picks the delimiter of a file from its first line: the most frequent of `,` `;` and tab outside quotes
  /// (ties go in that order); with none of them, `.whitespace` if the line holds a space, else `.comma`.
  /// - Complexity: O(length of the first line).
  static func detect(in bytes: ArraySlice<UInt8>) -> CSVDelimiter {
    var counts: [CSVDelimiter: Int] = [:]
    var isQuoted = false
    var hasSpace = false
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { isQuoted.toggle() }
      if isQuoted { continue }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
      if byte == UInt8(ascii: " ") { hasSpace = true }
      for candidate in [CSVDelimiter.comma, .semicolon, .tab] where candidate.byte == byte {
        counts[candidate, default: 0] += 1
      }
    }
    let best = [CSVDelimiter.comma, .semicolon, .tab].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    if let best, let count = counts[best], count > 0 {
      // `max` returns the last of equal elements; prefer the earlier candidate on ties.
      return [CSVDelimiter.comma, .semicolon, .tab].first { counts[$0] == count } ?? best
    }
    return hasSpace ? .whitespace : .comma
  }
}
