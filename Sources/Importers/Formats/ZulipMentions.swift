import Foundation

/// The people a Zulip message mentions, read from its HTML (`rendered_content`), else from its Markdown source.
///
/// Definitions (FORMATS.md §8): Zulip renders a mention as `<span class="user-mention" data-user-id="N">`; a
/// silent mention (`@_**Name**`, which notifies nobody) has the extra class `silent` and still names a person, so
/// it counts. `data-user-id="*"` is a wildcard (`@**all**`, `@**everyone**`, `@**channel**`, `@**stream**`) and
/// names nobody: it is counted in `wildcards`, never a mention. User-group mentions (`user-group-mention`) and
/// topic wildcards (`topic-mention`) are not person mentions. Without rendered HTML (an export whose rendering
/// failed leaves it null) the source is read: `@**Name|N**` names user N, `@**Name**` the one person with that
/// full name, both with an optional `_` for silent.
///
/// - Complexity: O(text length).
enum ZulipMentions {
  static let wildcardNames: Set<String> = ["all", "everyone", "stream", "channel", "topic"]
  private static let spanOpen = Array("<span ".utf8)
  private static let classKey = Array(" class=\"".utf8)
  private static let userIDKey = Array(" data-user-id=\"".utf8)

  /// Distinct mentioned user ids in order of first mention (as text), and the number of wildcard mentions.
  /// Scans UTF-8 bytes (`<span ` tags only): Foundation's `range(of:)` cost more than parsing the message.
  static func fromHTML(_ html: String) -> (ids: [String], wildcards: Int) {
    var html = html
    return html.withUTF8 { bytes in
      var ids: [String] = []
      var wildcards = 0
      var index = 0
      while let open = bytes.firstOffset(of: spanOpen, from: index) {
        let tagStart = open + 6
        var tagEnd = tagStart
        while tagEnd < bytes.count, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
        index = tagEnd
        let tag = UnsafeBufferPointer(rebasing: bytes[tagStart..<tagEnd])
        guard let classes = attribute(classKey, in: tag),
          classes.split(separator: UInt8(ascii: " ")).contains(where: { $0.elementsEqual("user-mention".utf8) }),
          let id = attribute(userIDKey, in: tag)
        else { continue }
        if id.elementsEqual("*".utf8) {
          wildcards += 1
        } else if !id.isEmpty, id.allSatisfy({ (48...57).contains($0) }) {
          let text = String(decoding: id, as: UTF8.self)
          if !ids.contains(text) { ids.append(text) }
        }
      }
      return (ids, wildcards)
    }
  }

  /// The value of an attribute in a tag's text (after `<span`), given `key` as ` name="`.
  private static func attribute(_ key: [UInt8], in tag: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
    // The tag text starts right after "<span ", so a leading space is put back for the first attribute.
    let padded = [UInt8(ascii: " ")] + Array(tag)
    guard let found = padded.withUnsafeBufferPointer({ $0.firstOffset(of: key, from: 0) }) else { return nil }
    let value = padded[(found + key.count)...]
    return value.prefix { $0 != UInt8(ascii: "\"") }
  }

  /// The same from Markdown source, resolving `@**Full Name**` through `idByName`.
  static func fromMarkdown(_ text: String, idByName: [String: Int]) -> (ids: [String], wildcards: Int) {
    var ids: [String] = []
    var wildcards = 0
    var rest = Substring(text)
    while let open = rest.range(of: "@") {
      rest = rest[open.upperBound...]
      if rest.hasPrefix("_") { rest = rest.dropFirst() }
      guard rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") else { continue }
      let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
      rest = rest[close.upperBound...]
      let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
      let id: String?
      if parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) {
        id = String(parts[1])
      } else if wildcardNames.contains(String(inner)) {
        wildcards += 1
        id = nil
      } else {
        id = idByName[String(inner)].map(String.init)
      }
      if let id, !ids.contains(id) { ids.append(id) }
    }
    return (ids, wildcards)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
