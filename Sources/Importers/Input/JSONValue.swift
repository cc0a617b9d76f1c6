/// One JSON value as the streaming reader yields it: a light tree built for one element at a time.
///
/// Definition: the JSON data model, with numbers as `Double` (JSON exports carry ids as strings; counts fit) and
/// objects as their members in file order (`JSONObject`). Choice: an enum of plain Swift values rather than
/// Foundation's `Any` tree, so readers switch over cases without bridging or casts, and an element is freed as
/// soon as the reader moves on.
///
/// - Complexity: member lookup O(members); objects in exports have a few dozen at most.
enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The member `key` of an object, `nil` for a missing key or a value that is not an object.
  subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { object[key] } else { nil }
  }

  var string: String? { if case .string(let text) = self { text } else { nil } }
  var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
  var number: Double? { if case .number(let value) = self { value } else { nil } }
  var array: [JSONValue]? { if case .array(let elements) = self { elements } else { nil } }
  var object: JSONObject? { if case .object(let object) = self { object } else { nil } }

  /// An integral number as `Int`, `nil` otherwise.
  var int: Int? {
    guard case .number(let value) = self, value.rounded() == value, abs(value) < 9.0e15 else { return nil }
    return Int(value)
  }
}

/// The members of a JSON object in file order; a repeated key is found at its first occurrence.
struct JSONObject: Sendable, Hashable {
  var keys: [String] = []
  var values: [JSONValue] = []

  subscript(key: String) -> JSONValue? {
    guard let index = keys.firstIndex(of: key) else { return nil }
    return values[index]
  }

  var count: Int { keys.count }
}
