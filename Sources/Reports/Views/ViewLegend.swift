import DOT

/// The title and legend of a picture, drawn as the graph's HTML-like label: a bold title, notes in smaller
/// type, and rows of coloured cells that explain the colours used.
///
/// Choices: a graph label rather than a legend cluster, because the force-directed engines ignore clusters or
/// pack them among the nodes; cells carry their text on the colour itself, so the legend needs no shapes.
/// Every text goes through `DOTQuoting.escapedHTML`, so the markup always nests.
struct ViewLegend {
  /// One coloured legend cell.
  struct Swatch {
    var text: String
    var fill: Color
    /// Text colour on the fill: white on dark fills, black on light ones.
    var ink: Color = .black
  }

  var title: String
  var notes: [String] = []
  var rows: [[Swatch]] = []

  /// The legend as a label.
  /// - Complexity: O(n) in the total text length.
  func label() -> Label {
    var markup = "<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
    markup += "<TR><TD><FONT POINT-SIZE=\"15\"><B>" + DOTQuoting.escapedHTML(title) + "</B></FONT></TD></TR>"
    for note in notes {
      markup += "<TR><TD><FONT POINT-SIZE=\"10\">" + DOTQuoting.escapedHTML(note) + "</FONT></TD></TR>"
    }
    for row in rows where !row.isEmpty {
      markup += "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>"
      for swatch in row {
        markup += "<TD BGCOLOR=\"" + DOTQuoting.escapedHTML(swatch.fill.text) + "\"><FONT POINT-SIZE=\"10\" COLOR=\""
          + DOTQuoting.escapedHTML(swatch.ink.text) + "\">" + DOTQuoting.escapedHTML(swatch.text) + "</FONT></TD>"
      }
      markup += "</TR></TABLE></TD></TR>"
    }
    markup += "</TABLE>"
    // Escaped text and fixed tags always nest, so this cannot fail; fall back to the plain title regardless.
    return (try? Label.html(markup)) ?? .text(title)
  }
}

/// The colours of talk between levels, from Okabe & Ito's colour-blind-safe palette: blue for upward (towards
/// a higher level), vermillion for downward, grey for lateral; blue and vermillion stay distinct under every
/// common colour-vision deficiency, and grey differs from both in lightness.
enum FlowColors {
  static let upward = Color(red: 0, green: 114, blue: 178)
  static let downward = Color(red: 213, green: 94, blue: 0)
  static let lateral = Color(red: 120, green: 120, blue: 120)

  /// The colour of talk from level position `from` to `to` (0 is the top level).
  static func color(from: Int, to: Int) -> Color {
    to < from ? upward : to > from ? downward : lateral
  }

  /// The legend row for the three directions.
  static let swatches: [ViewLegend.Swatch] = [
    .init(text: "upward: to a higher level", fill: upward, ink: .white),
    .init(text: "downward: to a lower level", fill: downward, ink: .white),
    .init(text: "lateral: within a level", fill: lateral, ink: .white),
  ]
}
