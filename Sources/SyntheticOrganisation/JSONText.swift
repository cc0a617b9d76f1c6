/// A JSON value with ordered object keys, written byte-for-byte the same way every time.
///
/// Choices: object keys keep insertion order (Slack's own field order), numbers are integers only, strings
/// escape `"`, `\` and control characters; output is indented by four spaces like a real Slack export.
enum JSONText: Sendable {
  case string(String)
  case integer(Int)
  case bool(Bool)
  case null
  case array([JSONText])
  case object([(String, JSONText)])

  /// The pretty-printed UTF-8 bytes of the value.
  /// - Complexity: O(size of the output).
  func encoded() -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(into: &output, indent: 0)
    return output
  }

  private func write(into output: inout [UInt8], indent: Int) {
    switch self {
    case .string(let text): Self.writeString(text, into: &output)
    case .integer(let number): output.append(contentsOf: String(number).utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: output.append(contentsOf: "null".utf8)
    case .array(let items):
      writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, into: &output,
        indent: indent) { index, output in items[index].write(into: &output, indent: indent + 1) }
    case .object(let fields):
      writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: fields.count, into: &output,
        indent: indent) { index, output in
          Self.writeString(fields[index].0, into: &output)
          output.append(contentsOf: ": ".utf8)
          fields[index].1.write(into: &output, indent: indent + 1)
        }
    }
  }

  private func writeContainer(
    open: UInt8, close: UInt8, count: Int, into output: inout [UInt8], indent: Int,
    item: (Int, inout [UInt8]) -> Void
  ) {
    output.append(open)
    guard count > 0 else {
      output.append(close)
      return
    }
    for index in 0..<count {
      output.append(contentsOf: index == 0 ? [10] : [44, 10])
      output.append(contentsOf: repeatElement(32, count: 4 * (indent + 1)))
      item(index, &output)
    }
    output.append(10)
    output.append(contentsOf: repeatElement(32, count: 4 * indent))
    output.append(close)
  }

  private static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
      case 10: output.append(contentsOf: "\\n".utf8)
      case 0..<32:
        let hex = Array("0123456789abcdef".utf8)
        output.append(contentsOf: "\\u00".utf8)
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 15)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
