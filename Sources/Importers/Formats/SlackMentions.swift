import Foundation

/// Finds the people a Slack message mentions.
///
/// Sources, in order: the text tokens `<@U…>` and `<@U…|name>`, then `{"type":"user","user_id":…}` elements
/// anywhere inside `blocks` (rich text nests sections and lists, so the search is recursive). Broadcasts
/// (`<!here>`, `<!channel>`) are not people and are ignored. Each id is listed once, in order of first mention.
///
/// - Complexity: O(text length + block elements).
enum SlackMentions {
  static func ids(text: String?, blocks: JSONValue?) -> [String] {
    var ids: [String] = []
    func add(_ id: String) {
      if !id.isEmpty, !ids.contains(id) { ids.append(id) }
    }
    if let text { textMentions(text).forEach(add) }
    collectBlockMentions(blocks, into: add)
    return ids
  }

  /// The ids of `<@ID>` and `<@ID|label>` tokens in `text`.
  static func textMentions(_ text: String) -> [String] {
    var ids: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "<@") {
      let after = rest[open.upperBound...]
      guard let close = after.firstIndex(of: ">") else { break }
      let token = after[..<close]
      let id = token.prefix { $0 != "|" }
      if !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber }) { ids.append(String(id)) }
      rest = after[close...]
    }
    return ids
  }

  private static func collectBlockMentions(_ value: JSONValue?, into add: (String) -> Void) {
    switch value {
    case .array(let elements)?:
      for element in elements { collectBlockMentions(element, into: add) }
    case .object(let object)?:
      if object["type"]?.string == "user", let id = object["user_id"]?.string { add(id) }
      collectBlockMentions(object["elements"], into: add)
    default: break
    }
  }
}
