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

  /// The ids of `<@ID>` and `<@ID|label>` tokens in `text` (ID letters and digits).
  ///
  /// Choice: a scan of the UTF-8 bytes for `<@` and `>`; Foundation's `range(of:)` bridged every text to
  /// `NSString` and took a fifth of a whole Slack import.
  static func textMentions(_ text: String) -> [String] {
    var ids: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index + 1 < bytes.count {
        guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "@") else {
          index += 1
          continue
        }
        var close = index + 2
        while close < bytes.count, bytes[close] != UInt8(ascii: ">") { close += 1 }
        guard close < bytes.count else { return }
        var end = index + 2
        while end < close, bytes[end] != UInt8(ascii: "|") { end += 1 }
        if let id = mentionID(UnsafeBufferPointer(rebasing: bytes[index + 2..<end])) { ids.append(id) }
        index = close
      }
    }
    return ids
  }

  /// The id of `bytes` when it is not empty and all letters and digits, else `nil`.
  ///
  /// Choice: ASCII ids (all Slack ids) are checked by their bytes; only an id with other bytes is checked by
  /// `Character.isLetter`/`isNumber`, whose Unicode property look-ups were 4 % of a Slack import (`perf`).
  private static func mentionID(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard !bytes.isEmpty else { return nil }
    var isASCII = true
    for byte in bytes {
      guard byte < 0x80 else {
        isASCII = false
        break
      }
      let isDigit = byte &- UInt8(ascii: "0") < 10
      let isLetter = (byte | 0x20) &- UInt8(ascii: "a") < 26
      guard isDigit || isLetter else { return nil }
    }
    let id = String(decoding: bytes, as: UTF8.self)
    return isASCII || id.allSatisfy({ $0.isLetter || $0.isNumber }) ? id : nil
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
