import ConversationModel
import Foundation

/// Streams WhatsApp chat exports: one `.txt` file, or a folder or zip holding `_chat.txt` (iOS) or
/// `WhatsApp Chat with X.txt` files (Android), each chat read with `WhatsAppChat` in entry order.
///
/// Definition of the channel (the chat's name): `WhatsApp Chat with X.txt` → `X`; `_chat.txt` → the folder or
/// zip holding it (`WhatsApp Chat - X.zip` → `X`); any other `.txt` file → its name without the extension.
/// Media files in the container are not read. WhatsApp has no reply pointers (see `WhatsAppChat`).
///
/// - Complexity: O(total size) time (each chat streamed twice); memory O(chunk + longest message + participants).
struct WhatsAppReader: RecordReader {
  private let input: InputSource
  private let chats: [String]
  private var nextChat = 0
  private var current: WhatsAppChat?

  init(input: InputSource) {
    self.input = input
    chats = input.kind == .file ? input.entries : input.entries.filter(Self.isChatFile)
  }

  /// `_chat.txt` or `WhatsApp Chat with X.txt`, at any depth.
  static func isChatFile(_ entry: String) -> Bool {
    let name = entry.split(separator: "/").last.map(String.init) ?? entry
    return name == "_chat.txt" || (name.hasPrefix("WhatsApp Chat") && name.hasSuffix(".txt"))
  }

  /// True when the first non-blank line of `data` is a WhatsApp message header.
  static func looksLikeChat(_ data: Data) -> Bool {
    data.prefix(4096).withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      while start < bytes.count, XMLBytes.isWhitespace(bytes[start]) { start += 1 }
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      return WhatsAppHeader.parse(UnsafeBufferPointer(rebasing: bytes[start..<end])) != nil
    }
  }

  /// - Throws: read errors of the input.
  mutating func next(diagnostics: inout DiagnosticLog) throws(ImportError) -> ImportRecord? {
    while true {
      if let record = try current?.next(diagnostics: &diagnostics) { return record }
      current = nil
      guard nextChat < chats.count else { return nil }
      let entry = chats[nextChat]
      nextChat += 1
      current = try WhatsAppChat(
        firstPass: try input.stream(of: entry), stream: try input.stream(of: entry), path: input.displayPath(of: entry),
        channel: channel(of: entry))
    }
  }

  private func channel(of entry: String) -> String {
    let parts = entry.split(separator: "/").map(String.init)
    let name = parts.last ?? entry
    if name.hasPrefix("WhatsApp Chat with "), name.hasSuffix(".txt") {
      return String(name.dropFirst("WhatsApp Chat with ".count).dropLast(4))
    }
    guard name == "_chat.txt" else { return name.hasSuffix(".txt") ? String(name.dropLast(4)) : name }
    let url = URL(fileURLWithPath: input.path)
    var holder = parts.count > 1 ? parts[parts.count - 2]
      : input.kind == .file ? url.deletingLastPathComponent().lastPathComponent
      : (url.pathExtension.lowercased() == "zip" ? url.deletingPathExtension() : url).lastPathComponent
    if holder.hasPrefix("WhatsApp Chat - ") { holder = String(holder.dropFirst("WhatsApp Chat - ".count)) }
    return holder
  }
}
