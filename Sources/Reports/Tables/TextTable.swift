import Foundation

/// A small table of text cells, rendered either aligned for a terminal or as a Markdown pipe table.
struct TextTable {
  enum Alignment { case left, right }
  enum Style { case terminal, markdown }

  var headers: [String]
  var alignments: [Alignment]
  var rows: [[String]] = []

  init(_ columns: [(String, Alignment)]) {
    headers = columns.map(\.0)
    alignments = columns.map(\.1)
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  func rendered(_ style: Style, indent: String = "  ") -> String {
    switch style {
    case .terminal: terminal(indent: indent)
    case .markdown: markdown()
    }
  }

  private func terminal(indent: String) -> String {
    let widths = headers.indices.map { column in
      ([headers] + rows).map { $0[column].count }.max() ?? 0
    }
    let line = { (cells: [String]) in
      indent
        + cells.indices.map { column in
          let padding = String(repeating: " ", count: widths[column] - cells[column].count)
          return alignments[column] == .right ? padding + cells[column] : cells[column] + padding
        }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  private func markdown() -> String {
    let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
    let rule = alignments.map { $0 == .right ? "---:" : "---" }
    return ([headers.map(escape), rule] + rows.map { $0.map(escape) })
      .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
