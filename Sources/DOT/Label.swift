/// The text of a `label` or `xlabel`: literal text, explicit justified lines, or opt-in HTML-like markup.
///
/// Choices:
/// - `.text` is literal: backslashes are shown as backslashes (see `DOTQuoting`), and each newline in the text
///   becomes a centred line break `\n`;
/// - `.lines` asks for line breaks explicitly, each line ended by `\n` (centred), `\l` (left) or `\r` (right);
///   the text of each line is literal;
/// - `.html` is markup written between `<` and `>` unchanged; build it with `Label.html(_:)`, which checks the
///   brackets, and escape user text inside it with `DOTQuoting.escapedHTML(_:)`.
public struct Label: Sendable, Hashable {
  /// How each line of a multi-line label is aligned.
  public enum Justification: String, Sendable, Hashable, CaseIterable {
    case center, left, right
  }

  enum Content: Sendable, Hashable {
    case lines([String], Justification)
    case html(String)
  }

  let content: Content

  /// Literal text; newlines become centred line breaks.
  public static func text(_ text: String) -> Label { Label(content: .lines([text], .center)) }

  /// Several lines, each aligned as `justification` says. Newlines inside a line are centred breaks.
  public static func lines(_ lines: [String], justification: Justification = .center) -> Label {
    Label(content: .lines(lines, justification))
  }

  /// HTML-like markup, written as `<markup>`.
  ///
  /// - Throws: `DOTError.unbalancedHTMLLabel` when the angle brackets of `markup` do not nest.
  /// - Complexity: O(n) in the UTF-8 length of `markup`.
  public static func html(_ markup: String) throws(DOTError) -> Label {
    var depth = 0
    for (offset, byte) in markup.utf8.enumerated() {
      if byte == UInt8(ascii: "<") { depth += 1 }
      if byte == UInt8(ascii: ">") { depth -= 1 }
      if depth < 0 { throw .unbalancedHTMLLabel(markup: markup, offset: offset + 1) }
    }
    guard depth == 0 else { throw .unbalancedHTMLLabel(markup: markup, offset: markup.utf8.count) }
    return Label(content: .html(markup))
  }

  /// The label as a DOT attribute value.
  ///
  /// A single literal line goes through `DOTQuoting.id`; several lines are one quoted string whose line ends
  /// are the Graphviz escapes; HTML is `<…>`.
  /// - Complexity: O(n) in the total text length.
  public var dotValue: String {
    switch content {
    case let .html(markup):
      return "<" + markup + ">"
    case let .lines(lines, justification):
      if lines.count == 1, justification == .center { return DOTQuoting.id(lines[0]) }
      let lineEnd = switch justification {
      case .center: "\\n"
      case .left: "\\l"
      case .right: "\\r"
      }
      var result = "\""
      for (index, line) in lines.enumerated() {
        DOTQuoting.appendEscaped(line, to: &result)
        if justification != .center || index < lines.count - 1 { result.append(lineEnd) }
      }
      result.append("\"")
      return result
    }
  }
}
