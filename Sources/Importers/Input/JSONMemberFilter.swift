/// The members of an element's top-level object that a reader uses: the others are checked but not built.
///
/// Definition: a member of the element's own object (depth 1) whose name is not in `names` is parsed in full,
/// so a syntax error, invalid UTF-8 or too deep nesting inside it is reported exactly as before, but no
/// `String`, array or object is made for it and it is left out of the element's `JSONObject`. Members of nested
/// objects and elements that are not objects are untouched.
///
/// Choice: names are compared as bytes before any `String` is made, against a short list (a reader names about
/// ten members); a name written with escapes is decoded first and compared as a string. A reader must name every
/// member it reads, including those it only passes on in a diagnostic.
///
/// - Complexity: O(names) per member of the top-level object.
struct JSONMemberFilter: Sendable, Hashable {
  let names: [String]
  private let bytes: [[UInt8]]

  init(_ names: [String]) {
    self.names = names
    bytes = names.map { Array($0.utf8) }
  }

  /// Whether the member named by the raw (escape-free) bytes `name` is kept.
  func keeps(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
    for candidate in bytes where candidate.count == name.count {
      if candidate.withUnsafeBufferPointer({ $0.elementsEqual(name) }) { return true }
    }
    return false
  }

  /// Whether the member named `name` (decoded) is kept.
  func keeps(_ name: String) -> Bool { names.contains(name) }
}
