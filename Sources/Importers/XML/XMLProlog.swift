import ConversationModel

/// Reads what comes before an XML file's root element and the root's start tag.
///
/// Accepted: a UTF-8 byte-order mark, the XML declaration and other processing instructions, comments,
/// whitespace, and one DOCTYPE. The DOCTYPE is skipped: its external id (`SYSTEM 'posts.dtd'`, or a
/// `file:///etc/passwd`) is never opened, and an internal subset in `[…]` is passed over without reading any
/// declaration in it, with an `xml_internal_subset_ignored` warning at the `[`; quoted strings and comments
/// inside it may hold `]` or `>`. The root start tag may carry attributes; they are not kept.
///
/// - Complexity: O(prolog length).
struct XMLProlog {
  let path: String
  private(set) var diagnostics: [Diagnostic] = []

  init(path: String) {
    self.path = path
  }

  /// The root element's name, nil for an empty root (`<posts/>`), or the reason the file is not XML.
  mutating func read(_ cursor: inout XMLCursor) -> Result<String?, XMLSyntaxIssue> {
    _ = cursor.skip("\u{FEFF}")
    var sawDoctype = false
    while true {
      cursor.skipWhitespace()
      if cursor.atEnd { return .failure(.init("no root element")) }
      if cursor.skip("<?") {
        guard cursor.skip(past: "?>") else { return .failure(.init("unterminated processing instruction")) }
      } else if cursor.skip("<!--") {
        guard cursor.skip(past: "-->") else { return .failure(.init("unterminated comment")) }
      } else if cursor.skip("<!DOCTYPE") {
        guard !sawDoctype else { return .failure(.init("a second DOCTYPE")) }
        sawDoctype = true
        if let issue = skipDoctype(&cursor) { return .failure(issue) }
      } else if cursor.skip("<") {
        return rootStartTag(&cursor)
      } else {
        return .failure(.init("expected '<' (the file does not start like XML)"))
      }
    }
  }

  private func rootStartTag(_ cursor: inout XMLCursor) -> Result<String?, XMLSyntaxIssue> {
    guard let name = cursor.name() else { return .failure(.init("expected the root element's name after '<'")) }
    let rootName = String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[name.range]), as: UTF8.self)
    while true {
      cursor.skipWhitespace()
      if cursor.skip("/>") { return .success(nil) }
      if cursor.skip(">") { return .success(rootName) }
      guard cursor.name() != nil else { return .failure(.init("malformed root start tag <\(rootName)>")) }
      cursor.skipWhitespace()
      let hasEquals = cursor.skip("=")
      cursor.skipWhitespace()
      guard hasEquals, let quote = cursor.byte(), quote == 0x22 || quote == 0x27 else {
        return .failure(.init("malformed attribute in the root start tag <\(rootName)>"))
      }
      cursor.position += 1
      if case .failure(let issue) = cursor.attributeValue(quote: quote) { return .failure(issue) }
      cursor.position += 1
    }
  }

  /// Moves past `<!DOCTYPE … >`; the cursor is just after `<!DOCTYPE`.
  private mutating func skipDoctype(_ cursor: inout XMLCursor) -> XMLSyntaxIssue? {
    var quote: UInt8?
    while let byte = cursor.byte() {
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == 0x5B {
        diagnostics.append(Diagnostic(
          .warning, kind: "xml_internal_subset_ignored",
          message: "DOCTYPE internal subset ignored: its declarations are not read and no entity is expanded",
          location: SourceLocation(path: path, line: cursor.line, column: cursor.column)))
        cursor.advance()
        if let issue = skipInternalSubset(&cursor) { return issue }
        continue
      } else if byte == 0x3E {
        cursor.advance()
        return nil
      }
      cursor.advance()
    }
    return XMLSyntaxIssue("unexpected end of file inside the DOCTYPE")
  }

  /// Moves past the `]` closing an internal subset, stepping over quoted strings and comments.
  private func skipInternalSubset(_ cursor: inout XMLCursor) -> XMLSyntaxIssue? {
    var quote: UInt8?
    while let byte = cursor.byte() {
      if let open = quote {
        if byte == open { quote = nil }
      } else if cursor.starts(with: "<!--") {
        guard cursor.skip(past: "-->") else { break }
        continue
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == 0x5D {
        cursor.advance()
        return nil
      }
      cursor.advance()
    }
    return XMLSyntaxIssue("unexpected end of file inside the DOCTYPE's internal subset")
  }
}
