/// A DOT value that cannot be written without breaking the document.
///
/// The only case is an HTML-like label whose angle brackets do not nest: the DOT lexer ends an HTML string at
/// the `>` that balances its opening `<`, so unbalanced markup would swallow or expose the rest of the file.
public enum DOTError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The markup passed to `Label.html(_:)`, with the 1-based UTF-8 offset where nesting first fails.
  case unbalancedHTMLLabel(markup: String, offset: Int)

  public var description: String {
    switch self {
    case let .unbalancedHTMLLabel(markup, offset):
      "error: HTML label '\(markup)' has unbalanced '<' and '>' at offset \(offset)"
    }
  }
}
