import Foundation

/// The lines of a Mattermost bulk export (JSONL, FORMATS.md §4): one JSON object per line, `{"type": X, X: {…}}`.
///
/// `parse(_:)` is the one place a line becomes a value, so a faster JSON reader can replace Foundation's
/// `JSONSerialization` here alone.
///
/// - Complexity: O(line length) per line.
enum MattermostLines {
  /// Why a line is not a usable object; `column` is 1-based within the line when the parser says.
  struct Failure: Error, Sendable, Hashable {
    var column: Int?
    var detail: String
  }

  /// Types of the bulk format that carry no talk: read past without being counted as content records.
  static let directoryTypes: Set<String> = ["version", "scheme", "emoji", "team", "channel", "direct_channel", "role"]
  /// Types that carry talk.
  static let contentTypes: Set<String> = ["post", "direct_post"]

  /// The JSON object on one line (without its line break).
  static func parse(_ line: Data) -> Result<[String: Any], Failure> {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: line, options: [])
    } catch {
      let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
      // Foundation names an offset for most errors; a line cut short fails at its end.
      let end = detail.lowercased().contains("end of file") ? line.count + 1 : nil
      return .failure(Failure(column: JSONDocument.offset(in: detail).map { $0 + 1 } ?? end, detail: detail))
    }
    guard let object = value as? [String: Any] else {
      return .failure(Failure(column: 1, detail: "expected a JSON object"))
    }
    return .success(object)
  }

  /// True when the first non-blank line of `data` is an object whose `type` is a Mattermost line type.
  static func isMattermost(firstLineOf data: Data) -> Bool {
    let bytes = data.prefix(64 * 1024)
    guard let start = bytes.firstIndex(where: { !isBlank($0) }), bytes[start] == UInt8(ascii: "{") else {
      return false
    }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    guard case .success(let object) = parse(Data(bytes[start..<end])), let type = object["type"] as? String else {
      return false
    }
    return directoryTypes.contains(type) || contentTypes.contains(type) || type == "user"
  }

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
