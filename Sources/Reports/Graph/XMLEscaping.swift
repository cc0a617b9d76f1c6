/// XML 1.0 escaping for text and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entity references, so the result is safe in either quote style and in
/// element text. Tab, line feed and carriage return become character references, so attribute-value
/// normalisation keeps them. Characters XML 1.0 cannot hold at all (other C0 controls, U+FFFE, U+FFFF) become
/// U+FFFD. Everything else, non-ASCII included, is kept as is (the documents are UTF-8).
///
/// - Complexity: O(n) in the text's length.
enum XMLEscaping {
  static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\t": output += "&#9;"
      case "\n": output += "&#10;"
      case "\r": output += "&#13;"
      case _ where !isAllowed(scalar): output += "\u{FFFD}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "&", "<", ">", "\"", "'", "\t", "\n", "\r": true
    default: !isAllowed(scalar)
    }
  }

  /// Whether XML 1.0's `Char` production admits the scalar.
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value >= 0x20 && value != 0xFFFE && value != 0xFFFF || value == 0x9 || value == 0xA || value == 0xD
  }
}
