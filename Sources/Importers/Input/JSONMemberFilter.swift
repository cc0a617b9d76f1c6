/// The members of an element's object that a reader uses, down to nested objects: the others are checked but not
/// built.
///
/// Definition: a member of the element's own object (depth 1) whose name is not in `names` is parsed in full,
/// so a syntax error, invalid UTF-8 or too deep nesting inside it is reported exactly as before, but no
/// `String`, array or object is made for it and it is left out of the element's `JSONObject`. A kept member
/// given a nested filter (`nested`) has that filter applied the same way to its value when it is an object, and
/// to every object inside its value when it is an array (at any array depth); a kept member without one is built
/// whole. Elements that are not objects are untouched.
///
/// Choice: names are compared as bytes before any `String` is made, against a short list (a reader names about
/// ten members); a name written with escapes is decoded first and compared as a string. A reader must name every
/// member it reads, including those it only passes on in a diagnostic, and must give a nested filter only to
/// members it reads field by field (never one it describes whole in a diagnostic).
///
/// - Complexity: O(names) per member of a filtered object.
struct JSONMemberFilter: Sendable, Hashable {
  let names: [String]
  private let bytes: [[UInt8]]
  /// The filter of each name's value, `nil` for a value built whole; same order as `names`.
  private let filters: [JSONMemberFilter?]

  /// A filter keeping `names`; `nested` gives the filter of a kept member's value (names not in `names` are
  /// added to them).
  init(_ names: [String], nested: [String: JSONMemberFilter] = [:]) {
    let all = names + nested.keys.sorted().filter { !names.contains($0) }
    self.names = all
    bytes = all.map { Array($0.utf8) }
    filters = all.map { nested[$0] }
  }

  /// The position of the member named by the raw (escape-free) bytes `name`, `nil` when it is left out.
  func position(of name: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = name.first else { return names.firstIndex(of: "") }
    for offset in bytes.indices {
      let found = bytes[offset].withUnsafeBufferPointer { candidate in
        candidate.count == name.count && candidate[0] == first && candidate.elementsEqual(name)
      }
      if found { return offset }
    }
    return nil
  }

  /// The position of the member named `name` (decoded), `nil` when it is left out.
  func position(of name: String) -> Int? { names.firstIndex(of: name) }

  /// The filter of the value of the member at `position`, `nil` when that value is built whole.
  func nested(at position: Int) -> JSONMemberFilter? { filters[position] }
}
