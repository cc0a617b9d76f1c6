import Foundation

/// A mixing matrix as an HTML table whose cells are coloured by lift, with the numbers printed in each cell.
///
/// Definition: the cell (row, column) shows the observed weight from the row's group to the column's group and
/// the lift (observed / expected under random mixing). Colour: t = log₂(lift) clamped to [−2, 2] and halved;
/// white at lift 1, orange towards lift 4 and above (more talk than chance), purple towards ¼ and below (less),
/// grey where the lift is undefined (nothing expected).
/// Choices: orange and purple come from ColorBrewer's PuOr scheme, which readers with the common colour-vision
/// deficiencies tell apart; the number is always printed, so the colour is never the only carrier; text turns
/// white on the darkest cells for contrast.
enum HeatMapTable {
  /// The table; `order` names the rows and columns.
  /// - Complexity: O(G²) for G groups.
  static func render(caption: String, corner: String, order: [String], matrix: [[Double]], lift: [[Double?]])
    -> String
  {
    let head = "<tr><th>" + HTML.text(corner) + "</th>"
      + order.map { "<th class=\"number\" scope=\"col\">" + HTML.text($0) + "</th>" }.joined() + "</tr>"
    let rows = order.indices.map { row in
      "<tr><th scope=\"row\">" + HTML.text(order[row]) + "</th>"
        + order.indices.map { cell(weight: matrix[row][$0], lift: lift[row][$0]) }.joined() + "</tr>"
    }
    return "<div class=\"table\"><table class=\"heatmap\"><caption>" + HTML.text(caption) + "</caption><thead>"
      + head + "</thead><tbody>" + rows.joined() + "</tbody></table></div>" + legend
  }

  private static func cell(weight: Double, lift: Double?) -> String {
    let (fill, ink) = colours(lift: lift)
    return "<td class=\"heat\" style=\"background:\(fill);color:\(ink)\">" + Readable.weight(weight)
      + "<small>" + Readable.lift(lift) + "</small></td>"
  }

  /// The cell's background and text colours for `lift`.
  static func colours(lift: Double?) -> (fill: String, ink: String) {
    guard let lift, lift > 0 else { return lift == nil ? ("#eeeeee", "#1a1a1a") : (mix(purple, 1), "#ffffff") }
    let t = min(max(log2(lift), -2), 2) / 2
    return (mix(t >= 0 ? orange : purple, abs(t)), abs(t) > 0.6 ? "#ffffff" : "#1a1a1a")
  }

  private static let orange = (179.0, 88.0, 6.0)
  private static let purple = (84.0, 39.0, 136.0)

  /// White blended towards `colour` by `amount` in 0…1, as `#rrggbb`.
  private static func mix(_ colour: (Double, Double, Double), _ amount: Double) -> String {
    let channel = { (value: Double) in Int((255 - (255 - value) * amount).rounded()) }
    return String(format: "#%02x%02x%02x", channel(colour.0), channel(colour.1), channel(colour.2))
  }

  private static let legend = "<p class=\"legend\">Each cell: talk from the row to the column (interactions), "
    + "and below it the lift over random mixing. Colour:<span class=\"key\" style=\"background:"
    + mix(orange, 1) + "\"></span>more than chance (lift 4× and above darkest)<span class=\"key\" "
    + "style=\"background:#ffffff\"></span>as chance (1×)<span class=\"key\" style=\"background:" + mix(purple, 1)
    + "\"></span>less than chance (¼× and below darkest).</p>"
}
