import ConversationModel
import Foundation

/// The members of a DiscordChatExporter JSON file that precede its `messages` array: which top-level names
/// appear, and the channel's name and id.
///
/// Definition: the top-level object's members are framed one by one with `JSONBuffer` (the same framing as
/// `JSONElementReader`) up to the member `messages`, which is not read. `guild` and `channel` are parsed;
/// other members are skipped without being kept. DCE writes `guild`, `channel`, `dateRange` and `exportedAt`
/// before `messages` (FORMATS.md §5), so this reads a few hundred bytes.
///
/// Choice: a second, short pass over the file's start rather than a hook in `JSONElementReader`, whose page
/// shape skips every member but the element array. Anything unexpected ends the scan quietly: the element
/// reader reports framing errors with their position when the messages are read.
///
/// - Complexity: O(bytes before `messages`); memory O(largest `guild` or `channel` member).
struct DiscordHeader: Sendable, Hashable {
  /// Top-level member names seen before `messages`, in file order.
  var memberNames: [String] = []
  /// Whether the `messages` member was reached.
  var hasMessages = false
  var channelName: String?
  var channelID: String?

  /// A DCE export: an object with `guild` and `channel` before its `messages` array.
  var isExport: Bool { hasMessages && memberNames.contains("guild") && memberNames.contains("channel") }

  private static let maximumDepth = 64
  private static let maximumMemberBytes = 1 << 20

  /// Scans the start of `stream`.
  init(_ stream: ByteStream) {
    var stream = stream
    var buffer = JSONBuffer()
    guard (try? buffer.peekNonSpace(from: &stream)) == UInt8(ascii: "{") else { return }
    buffer.position += 1
    while let name = Self.memberName(&buffer, &stream) {
      if name == "messages" {
        hasMessages = true
        return
      }
      memberNames.append(name)
      let keep = name == "channel" || name == "guild"
      guard let value = Self.value(&buffer, &stream, keep: keep) else { return }
      if name == "channel" {
        channelName = (value["name"]?.string).nonEmpty
        channelID = (value["id"]?.string).nonEmpty
      }
      guard let separator = try? buffer.peekNonSpace(from: &stream), separator == UInt8(ascii: ",") else { return }
      buffer.position += 1
    }
  }

  /// Reads `"name":`, leaving the buffer on the value; `nil` when the next bytes are not a member name.
  private static func memberName(_ buffer: inout JSONBuffer, _ stream: inout ByteStream) -> String? {
    guard (try? buffer.peekNonSpace(from: &stream)) == UInt8(ascii: "\""),
      let frame = try? buffer.frameValue(from: &stream, maximumDepth: maximumDepth, limit: maximumMemberBytes),
      case .success(.string(let name)) = buffer.parse(frame, maximumDepth: maximumDepth),
      (try? buffer.peekNonSpace(from: &stream)) == UInt8(ascii: ":")
    else { return nil }
    buffer.position += 1
    return name
  }

  /// Frames the value at the buffer's position; parses it when `keep` (`.null` otherwise).
  private static func value(_ buffer: inout JSONBuffer, _ stream: inout ByteStream, keep: Bool) -> JSONValue? {
    guard (try? buffer.peekNonSpace(from: &stream)) != nil,
      let frame = try? buffer.frameValue(
        from: &stream, maximumDepth: maximumDepth, limit: keep ? maximumMemberBytes : 0)
    else { return nil }
    guard keep, frame.problem == nil, case .success(let value) = buffer.parse(frame, maximumDepth: maximumDepth)
    else { return .null }
    return value
  }
}
