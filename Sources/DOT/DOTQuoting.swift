/// The one quoting authority for DOT: turns any Swift string into a DOT `ID` that Graphviz reads back unchanged.
///
/// Follows the `ID` production of the DOT language (https://graphviz.org/doc/info/lang.html):
/// - a plain identifier (letters `A-Za-z`, `_`, any byte `0x80`–`0xFF`, and digits not in first place) is
///   written as is, unless it is a keyword;
/// - a numeral `[-]?(.[0-9]⁺ | [0-9]⁺(.[0-9]*)?)` is written as is;
/// - a keyword (`node`, `edge`, `graph`, `digraph`, `subgraph`, `strict`, compared case-insensitively) and
///   everything else, including the empty string, is double-quoted.
///
/// Choices inside double quotes:
/// - `"` becomes `\"`;
/// - `\` becomes `\\`. Graphviz turns `\\` back into one backslash when it draws a label, so backslashes are
///   always *literal*: a string can never smuggle in the label escapes `\n`, `\l`, `\r`, `\N`, `\G`…
///   Line breaks are asked for explicitly, with real newlines or `Label.lines(_:justification:)`;
/// - a line break (LF, CR or CRLF) becomes `\n`, the Graphviz escape for a centred line break;
/// - U+0000 becomes U+FFFD, because Graphviz reads C strings and would stop at a NUL;
/// - every other character, including non-ASCII, passes through as UTF-8.
///
/// HTML-like labels (`<…>`) are never produced here: they need the explicit `Label.html(_:)`.
public enum DOTQuoting {
  /// The DOT keywords, lower-case; matching is case-insensitive.
  public static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

  /// The DOT `ID` for `text`: as is when it is a plain identifier or numeral, double-quoted otherwise.
  ///
  /// Example: `id("Alice")` is `Alice`, `id("-4.2")` is `-4.2`, `id("graph")` is `"graph"`,
  /// `id("a b")` is `"a b"`, `id("")` is `""`.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func id(_ text: String) -> String {
    if isNumeral(text) || (isPlainIdentifier(text) && !isKeyword(text)) { return text }
    return quoted(text)
  }

  /// `text` always double-quoted, with the escapes described on `DOTQuoting`.
  /// - Complexity: O(n) in the length of `text`.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    appendEscaped(text, to: &result)
    result.append("\"")
    return result
  }

  /// Appends the body of a double-quoted DOT string for `text` (without the quotes) to `output`.
  /// - Complexity: O(n) in the length of `text`.
  public static func appendEscaped(_ text: String, to output: inout String) {
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\r": output.append("\\n")
      case "\n": if !previousWasCarriageReturn { output.append("\\n") }
      case "\u{0}": output.unicodeScalars.append("\u{FFFD}")
      default: output.unicodeScalars.append(scalar)
      }
    }
  }

  /// Whether `text` matches `[A-Za-z_\x80-\xFF][A-Za-z_0-9\x80-\xFF]*` on its UTF-8 bytes.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func isPlainIdentifier(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next(), isIdentifierStart(first) else { return false }
    while let byte = bytes.next() {
      guard isIdentifierStart(byte) || isDigit(byte) else { return false }
    }
    return true
  }

  /// Whether `text` is a DOT numeral: `[-]?(.[0-9]⁺ | [0-9]⁺(.[0-9]*)?)` (no exponent, no leading `+`).
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func isNumeral(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integerDigits = bytes.prefix(while: isDigit)
    bytes = bytes.dropFirst(integerDigits.count)
    guard let dot = bytes.first else { return !integerDigits.isEmpty }
    guard dot == UInt8(ascii: ".") else { return false }
    let fraction = bytes.dropFirst()
    guard fraction.allSatisfy(isDigit) else { return false }
    return !integerDigits.isEmpty || !fraction.isEmpty
  }

  /// Whether `text` is a DOT keyword, ignoring ASCII case.
  /// - Complexity: O(n) in the length of `text`.
  public static func isKeyword(_ text: String) -> Bool {
    text.utf8.count <= 8 && keywords.contains(text.lowercased())
  }

  /// `text` with the five XML special characters escaped, for literal text inside an HTML-like label.
  ///
  /// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`, `'` → `&#39;`.
  /// - Complexity: O(n) in the length of `text`.
  public static func escapedHTML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result.append("&amp;")
      case "<": result.append("&lt;")
      case ">": result.append("&gt;")
      case "\"": result.append("&quot;")
      case "'": result.append("&#39;")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
