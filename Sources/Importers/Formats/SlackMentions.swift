import Foundation

/// Finds the people a Slack message mentions.
///
/// Sources, in order: the text tokens `<@U…>` and `<@U…|name>`, then `{"type":"user","user_id":…}` elements
/// anywhere inside `blocks` (rich text nests sections and lists, so the search is recursive). Broadcasts
/// (`<!here>`, `<!channel>`) are not people and are ignored. Each id is listed once, in order of first mention.
///
/// - Complexity: O(text length + block elements).
enum SlackMentions {
  static func ids(text: String?, blocks: Any?) -> [String] {
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

  private static func collectBlockMentions(_ value: Any?, into add: (String) -> Void) {
    if let array = value as? [Any] {
      for element in array { collectBlockMentions(element, into: add) }
    } else if let object = value as? [String: Any] {
      if object["type"] as? String == "user", let id = object["user_id"] as? String { add(id) }
      collectBlockMentions(object["elements"], into: add)
    }
  }
}
