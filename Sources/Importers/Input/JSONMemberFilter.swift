#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// Every name's UTF-8, one after another; name k ends at `ends[k]` and starts where name k - 1 ends.
  private let bytes: [UInt8]
  private let ends: [Int]
  /// The filter of each name's value, `nil` for a value built whole; same order as `names`.
  private let filters: [JSONMemberFilter?]

  /// A filter keeping `names`; `nested` gives the filter of a kept member's value (names not in `names` are
  /// added to them).
  init(_ names: [String], nested: [String: JSONMemberFilter] = [:]) {
    let all = names + nested.keys.sorted().filter { !names.contains($0) }
    self.names = all
    bytes = all.flatMap(\.utf8)
    ends = all.reduce(into: []) { ends, name in ends.append((ends.last ?? 0) + name.utf8.count) }
    filters = all.map { nested[$0] }
  }

  /// The position of the member named by the raw (escape-free) bytes `name`, `nil` when it is left out.
  ///
  /// Choice: the names lie in one buffer, compared by length and then `memcmp`: one array of arrays cost a
  /// retain and a release per name tried (`perf`: 3 % of a Mattermost import for about 20 names a message).
  func position(of name: UnsafeBufferPointer<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { all in
      var start = 0
      for offset in ends.indices {
        let end = ends[offset]
        defer { start = end }
        guard end - start == name.count else { continue }
        guard let candidate = all.baseAddress, let target = name.baseAddress else { return offset }
        if memcmp(candidate + start, target, name.count) == 0 { return offset }
      }
      return nil
    }
  }

  /// The position of the member named `name` (decoded), `nil` when it is left out.
  func position(of name: String) -> Int? { names.firstIndex(of: name) }

  /// The filter of the value of the member at `position`, `nil` when that value is built whole.
  func nested(at position: Int) -> JSONMemberFilter? { filters[position] }
}
