/// A JSON value whose objects keep their key order, so output is deterministic and reads in the documented
/// order (Foundation's serializer sorts or scrambles keys).
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case integer(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  /// Pretty-printed JSON with 2-space indentation. Numbers use Swift's shortest round-trip form; NaN and
  /// infinities, which JSON cannot hold, become `null`.
  public func serialized(indent: Int = 0) -> String {
    var output = ""
    write(to: &output, indent: indent)
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .number(let value): output += Self.format(value)
    case .string(let value): Self.quote(value, into: &output)
    case .array(let values): writeContainer(values.map { (nil, $0) }, brackets: ("[", "]"), to: &output, indent: indent)
    case .object(let members):
      writeContainer(members.map { ($0, $1) }, brackets: ("{", "}"), to: &output, indent: indent)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], brackets: (String, String), to output: inout String,
    indent: Int
  ) {
    guard !items.isEmpty else {
      output += brackets.0 + brackets.1
      return
    }
    // Arrays of scalars stay on one line: matrices and small lists read better that way.
    if items.allSatisfy({ $0.0 == nil && $0.1.isScalar }) {
      output += brackets.0 + items.map { $0.1.serialized() }.joined(separator: ", ") + brackets.1
      return
    }
    let padding = String(repeating: " ", count: indent + 2)
    output += brackets.0 + "\n"
    for (position, (key, value)) in items.enumerated() {
      output += padding
      if let key {
        Self.quote(key, into: &output)
        output += ": "
      }
      value.write(to: &output, indent: indent + 2)
      output += position == items.count - 1 ? "\n" : ",\n"
    }
    output += String(repeating: " ", count: indent) + brackets.1
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  private static func quote(_ text: String, into output: inout String) {
    output += "\""
    // Fast path: most keys and values need no escape, and appending scalar by scalar was most of the time of
    // writing a 200,000-person document.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        output +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

extension JSONValue {
  /// `null` for `nil`, else the wrapped value.
  static func optional<T>(_ value: T?, _ wrap: (T) -> JSONValue) -> JSONValue { value.map(wrap) ?? .null }
  static func optional(_ value: String?) -> JSONValue { optional(value, JSONValue.string) }
  static func optional(_ value: Int?) -> JSONValue { optional(value, JSONValue.integer) }
  static func optional(_ value: Double?) -> JSONValue { optional(value, JSONValue.number) }
  static func matrix(_ rows: [[Double]]) -> JSONValue { .array(rows.map { .array($0.map(JSONValue.number)) }) }
  static func matrix(_ rows: [[Double?]]) -> JSONValue { .array(rows.map { .array($0.map { optional($0) }) }) }
}
