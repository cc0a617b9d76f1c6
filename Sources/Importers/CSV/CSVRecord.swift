import Foundation

/// One record of a delimited file, with where it starts.
struct CSVRecord: Sendable, Hashable {
  var fields: [String]
  /// 1-based physical line on which the record starts (a quoted field may span later lines).
  var line: Int
  /// 1-based column (in bytes) of each field's first character on its line.
  var columns: [Int]

  /// The field at `index` trimmed of surrounding whitespace, or `nil` when absent or blank.
  func value(at index: Int?) -> String? {
    guard let index, fields.indices.contains(index) else { return nil }
    let field = fields[index]
    // Fast path: most fields have no surrounding blanks, and Foundation trimming is costly per field.
    guard let first = field.utf8.first, let last = field.utf8.last else { return nil }
    if !Self.isBlank(first), !Self.isBlank(last) { return field }
    return Self.hasTrimmableEnd(field) ? Self.trimmed(field) : field
  }

  /// The value of a field as `value(at:)` gives it, from the field's bytes (a tokenizer's span): the same rule
  /// without a `String` for the whole record.
  /// - Complexity: O(field length).
  static func value(of bytes: UnsafeRawBufferPointer) -> String? {
    guard let first = bytes.first, let last = bytes.last else { return nil }
    let field = String(decoding: bytes, as: UTF8.self)
    if !isBlank(first), !isBlank(last) { return field }
    return hasTrimmableEnd(field) ? trimmed(field) : field
  }

  private static let trimmedCharacters = CharacterSet.whitespacesAndNewlines

  /// Whether `field`'s first or last Unicode scalar is one `trimmed` removes; when neither is, `trimmed` would
  /// give `field` itself. Choice: asked of an end byte that `isBlank` cannot clear (a blank, or not ASCII: `é`
  /// ends many names), so that such a field costs two set look-ups rather than Foundation's trimming.
  private static func hasTrimmableEnd(_ field: String) -> Bool {
    guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else { return true }
    return trimmedCharacters.contains(first) || trimmedCharacters.contains(last)
  }

  /// `field` trimmed of surrounding whitespace and line breaks, or `nil` when nothing is left.
  private static func trimmed(_ field: String) -> String? {
    let value = field.trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r") || byte >= 0x80
  }

  /// The column of the field at `index`, or of the record's end when the field is absent.
  func column(at index: Int?) -> Int? {
    guard let index, columns.indices.contains(index) else { return nil }
    return columns[index]
  }
}

/// A record whose quoting breaks RFC 4180; the tokenizer has already moved past it.
struct CSVMalformedRecord: Sendable, Hashable {
  var line: Int
  var column: Int
  var reason: String
}

/// What the tokenizer yields: a record, or the position and reason of a malformed one.
enum CSVToken: Sendable, Hashable {
  case record(CSVRecord)
  case malformed(CSVMalformedRecord)
}
