import Foundation
import OrgAnalysis

/// Tables of one figure per department, level or channel (`Breakdown`), shared by the participation and
/// conversation-health sections.
///
/// Choices: a missing breakdown is one line saying why (nobody's group known, or every group too small to be
/// shown); groups the privacy rule left out are counted under the table in a note (not a missing-data line);
/// at most `maximumRows` groups are listed (the first in the breakdown's order are kept), so an export of
/// hundreds of channels stays readable.
enum GroupTables {
  static let maximumRows = 40

  /// An `<h3>` heading and the table of `groups` with `columns` (header, cell) after the group's name, or the
  /// reason there is none.
  /// - Complexity: O(G · C) for G groups and C columns.
  static func table<Value>(
    _ groups: [Breakdown<Value>.Group], noun: String, caption: String, analysis: Analysis,
    columns: [(header: String, cell: @Sendable (Value) -> String)]
  ) -> String {
    let heading = "<h3>By \(HTML.text(noun))</h3>"
    let suppressed = analysis.privacy?.suppressedGroups[noun] ?? 0
    let minimum = analysis.privacy?.minGroupSize ?? 1
    guard !groups.isEmpty else {
      return heading + HTML.paragraph(missing(noun, suppressed: suppressed, minimum: minimum), className: "missing")
    }
    let shown = groups.prefix(maximumRows)
    var html = heading + HTML.table(
      caption: caption, header: [noun] + columns.map(\.header),
      rows: shown.map { group in [group.name] + columns.map { $0.cell(group.value) } },
      numeric: Set(1...columns.count))
    if groups.count > shown.count {
      html += HTML.paragraph(
        "The first \(shown.count) of \(groups.count) \(noun)s are listed.", className: "note")
    }
    if suppressed > 0 {
      html += HTML.paragraph(
        "\(suppressed) \(noun)\(suppressed == 1 ? " is" : "s are") not shown: fewer than \(minimum) people.",
        className: "note")
    }
    return html
  }

  /// Why there is no table by `noun`.
  static func missing(_ noun: String, suppressed: Int, minimum: Int) -> String {
    if suppressed > 0 { return "No \(noun) is shown: every one has fewer than \(minimum) people." }
    switch noun {
    case "department": return "Nobody's department is known: give --org with an org chart that has departments."
    case "level": return "Nobody's level is known: give --org with an org chart that has levels or managers."
    default: return "No message names a \(noun)."
    }
  }

  /// `37.5%`, or `–` when undefined.
  static func share(_ value: Double?) -> String { value.map(Readable.percent) ?? "–" }
}
