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

  /// Distinct mentioned user ids in order of first mention (as text), and the number of wildcard mentions.
  static func fromHTML(_ html: String) -> (ids: [String], wildcards: Int) {
    var ids: [String] = []
    var wildcards = 0
    var rest = Substring(html)
    while let open = rest.range(of: "<span ") {
      let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
      let tag = rest[open.upperBound..<tagEnd]
      rest = rest[tagEnd...]
      guard let classes = attribute("class", in: tag), classes.split(separator: " ").contains("user-mention"),
        let id = attribute("data-user-id", in: tag)
      else { continue }
      if id == "*" {
        wildcards += 1
      } else if !id.isEmpty, id.allSatisfy(\.isASCIIDigit), !ids.contains(String(id)) {
        ids.append(String(id))
      }
    }
    return (ids, wildcards)
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

  /// The value of `name="…"` in a tag's attribute text.
  private static func attribute(_ name: String, in tag: Substring) -> Substring? {
    var rest = tag
    while let found = rest.range(of: name + "=\"") {
      let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
      rest = rest[found.upperBound...]
      guard before == " " else { continue }
      return rest.prefix { $0 != "\"" }
    }
    return nil
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
