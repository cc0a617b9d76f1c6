/// Small builders of escaped, XHTML-compatible HTML markup for the report.
///
/// Choices: every text from the inputs goes through `text(_:)` (XML 1.0 escaping, which HTML reads the same),
/// and markup uses only XML's predefined entities, closes every element and quotes every attribute, so the
/// whole report also parses as XML. Numbers use `Readable`, as the terminal summary does.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped; safe in element text and attribute values.
  /// - Complexity: O(n).
  static func text(_ text: String) -> String { XMLEscaping.escape(text) }

  /// `<p>` with escaped `text`.
  static func paragraph(_ text: String, className: String? = nil) -> String {
    let attribute = className.map { " class=\"\($0)\"" } ?? ""
    return "<p\(attribute)>" + self.text(text) + "</p>"
  }

  /// A `<ul>` of escaped items.
  static func list(_ items: [String]) -> String {
    "<ul>" + items.map { "<li>" + text($0) + "</li>" }.joined() + "</ul>"
  }

  /// A `<dl>` of escaped terms and their definitions.
  static func definitions(_ entries: [(term: String, definition: String)]) -> String {
    "<dl>" + entries.map { "<dt>" + text($0.term) + "</dt><dd>" + text($0.definition) + "</dd>" }.joined() + "</dl>"
  }

  /// A table with escaped header cells and rows; `numeric` columns are right-aligned.
  /// - Complexity: O(rows × columns).
  static func table(caption: String, header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
    let cell = { (tag: String, column: Int, value: String) in
      "<\(tag)\(numeric.contains(column) ? " class=\"number\"" : "")>" + text(value) + "</\(tag)>"
    }
    let head = "<tr>" + header.enumerated().map { cell("th", $0.offset, $0.element) }.joined() + "</tr>"
    let body = rows.map { row in
      "<tr>" + row.enumerated().map { cell($0.offset == 0 ? "th" : "td", $0.offset, $0.element) }.joined() + "</tr>"
    }
    return "<div class=\"table\"><table><caption>" + text(caption) + "</caption><thead>" + head + "</thead><tbody>"
      + body.joined() + "</tbody></table></div>"
  }

  /// A table whose rows come in named groups: the group's name spans its rows in the first column, and each
  /// group's first row has a heavier top border. `header` names every column, the group's first; `numeric`
  /// counts columns the same way.
  /// - Complexity: O(rows × columns).
  static func groupedTable(
    caption: String, header: [String], groups: [(name: String, rows: [[String]])], numeric: Set<Int> = []
  ) -> String {
    let cell = { (column: Int, value: String) in
      "<td\(numeric.contains(column) ? " class=\"number\"" : "")>" + text(value) + "</td>"
    }
    let head = "<tr>" + header.enumerated().map {
      "<th\(numeric.contains($0.offset) ? " class=\"number\"" : "")>" + text($0.element) + "</th>"
    }.joined() + "</tr>"
    var body = ""
    for group in groups where !group.rows.isEmpty {
      for (index, row) in group.rows.enumerated() {
        body += index == 0
          ? "<tr class=\"group-start\"><th rowspan=\"\(group.rows.count)\">" + text(group.name) + "</th>" : "<tr>"
        body += row.enumerated().map { cell($0.offset + 1, $0.element) }.joined() + "</tr>"
      }
    }
    return "<div class=\"table\"><table><caption>" + text(caption) + "</caption><thead>" + head + "</thead><tbody>"
      + body + "</tbody></table></div>"
  }
}
